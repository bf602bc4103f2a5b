// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <vector>

/// The card browser's and the add dialog's changes to cards, each one transaction with one undo step.
///
/// Content edits never touch card_state or review_log, so a card keeps its schedule and history
/// through any edit; deleting is soft (cards.deleted_at) so that nothing a user studied is lost to a
/// misclick. Every card the editor writes is marked user_edited, which the built-in deck merge
/// respects: a corrected built-in card stays corrected after an upgrade.
///
/// The undo stack lives in memory, one entry per successful operation (at most UndoLimit), and an
/// entry puts back exactly the columns and rows its operation changed.
class CardEditor final
{
public:
    /// A card's content as the editor shows it. Text is Markdown.
    struct Fields {
        QString front; ///< must have more than whitespace
        QString back;
        QStringList tags; ///< split further on whitespace, duplicates (ignoring case) dropped
        QString source;
        /// A deck name, matched ignoring ASCII case; a name no deck has creates a user deck. Empty
        /// keeps the card's deck in editCard() and is an error in addCard().
        QString deck;
    };

    struct Result {
        StoreChanges changes; ///< what to refresh; none when nothing changed
        QString error; ///< why nothing was written; empty on success
        qint64 cardId = 0; ///< addCard(): the new card's id

        [[nodiscard]] bool ok() const;
    };

    static constexpr int UndoLimit = 30;

    /// `clock` gives "now" in UTC epoch ms for created_at, modified_at and deleted_at (empty: the system clock).
    explicit CardEditor(QSqlDatabase db, std::function<qint64()> clock = {});
    ~CardEditor();
    CardEditor(const CardEditor &) = delete;
    CardEditor &operator=(const CardEditor &) = delete;

    /// A new card with a generated key (`user-<uuid>`).
    [[nodiscard]] Result addCard(const Fields &fields);
    /// Front, back, tags, source and deck of one card; nothing else.
    [[nodiscard]] Result editCard(qint64 cardId, const Fields &fields);
    /// Soft delete: the cards leave every search but `is:deleted`, with their history intact.
    [[nodiscard]] Result deleteCards(const QList<qint64> &cardIds);
    /// Takes cards out of the trash.
    [[nodiscard]] Result restoreCards(const QList<qint64> &cardIds);
    [[nodiscard]] Result setSuspended(const QList<qint64> &cardIds, bool suspended);
    [[nodiscard]] Result moveCards(const QList<qint64> &cardIds, const QString &deck);
    /// Adds `add` to and removes `remove` from each card's tags (ignoring case).
    [[nodiscard]] Result retag(const QList<qint64> &cardIds, const QStringList &add, const QStringList &remove);

    [[nodiscard]] bool canUndo() const;
    /// What undo() would undo, e.g. "Delete 3 card(s)" (translated); empty when there is nothing.
    [[nodiscard]] QString undoLabel() const;
    /// Reverts the latest operation. A card added and reviewed since is deleted softly, never with its history.
    [[nodiscard]] Result undo();

private:
    struct UndoEntry;
    using Change = std::function<bool(qint64 cardId, QVariantList &values)>;
    using Operation = std::function<void(UndoEntry &entry, QString *error)>;

    [[nodiscard]] qint64 now() const;
    /// Runs `operation` in one transaction and keeps its undo entry, labelled with `label` (a
    /// QT_TRANSLATE_NOOP text whose %n is the number of cards changed).
    [[nodiscard]] Result transact(const char *label, const Operation &operation);
    /// Reads `select`'s columns of each card, lets `change` edit them (false: leave the card as it
    /// is) and writes them with `write`, which takes the same columns and then the card id.
    void change(const QString &select, const QString &write, const QList<qint64> &cardIds, const Change &change, UndoEntry &entry, QString *error);
    [[nodiscard]] qint64 deckId(const QString &name, UndoEntry &entry, QString *error);

    QSqlDatabase m_db;
    std::function<qint64()> m_clock;
    std::vector<UndoEntry> m_undo;
};
