// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/cardeditor.h"
#include "cards/cardquery.h"
#include "cards/cardsearch.h"

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>

class Collection;

/// The Browse page's table: the cards a query matches, one page at a time as the view scrolls, and
/// the verbs that change them. Every change goes through one CardEditor, so Ctrl+Z undoes browser
/// changes in order; after each the rows are reread in place (the current row stays put) and
/// cardsChanged() tells the rest of the app (the review deck counts) to refresh.
///
/// Rows are addressed by their position in the model, as the view knows them. The model stays
/// empty until the first refresh() or query, so opening the app costs no search.
class CardBrowserModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.browser")

    /// The search text (CardQuery syntax); setting it runs the search, even when unchanged.
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /// Why the query cannot run ("unknown search key 'tga' at 1"); empty when it ran.
    Q_PROPERTY(QString queryError READ queryError NOTIFY queryErrorChanged)
    /// How many cards match, all of them, not just the rows fetched so far.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// A Column, or -1 for the default order (most recently modified first).
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(Qt::SortOrder sortOrder READ sortOrder NOTIFY sortChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    /// What undo() would undo, e.g. "Delete 3 cards".
    Q_PROPERTY(QString undoLabel READ undoLabel NOTIFY undoChanged)
    /// Why the last change was refused; cleared by the next one that succeeds.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum Roles {
        CardIdRole = Qt::UserRole + 1, ///< qint64 cards.id
        KeyRole, ///< the card's stable key
        FrontRole, ///< the front as one line of plain text (CardSearch::Row::front)
        DeckRole, ///< the deck's name
        TagsRole, ///< space-separated
        StateRole, ///< cardState: "New", "Learning", "Review" or "Relearning"
        SuspendedRole, ///< bool
        DueRole, ///< the due date as short local text; empty for a card never scheduled
        StabilityRole, ///< e.g. "12.5 d"; empty before the first review
        LapsesRole, ///< int
    };
    Q_ENUM(Roles)

    /// The sortable columns of the Browse table, for sort().
    enum Column { FrontColumn, DeckColumn, TagsColumn, StateColumn, DueColumn, StabilityColumn, LapsesColumn };
    Q_ENUM(Column)

    /// Rows fetched per fetchMore(): a few screens' worth.
    static constexpr int PageSize = 100;

    using Clock = std::function<qint64()>;

    /// `clock` gives now in UTC epoch ms for is:due, rated: and the editor's timestamps (empty: the
    /// system clock).
    explicit CardBrowserModel(Collection &collection, Clock clock = {}, QObject *parent = nullptr);
    ~CardBrowserModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// `column` is a Column; the rows are searched again in that order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    [[nodiscard]] QString query() const;
    void setQuery(const QString &text);
    [[nodiscard]] QString queryError() const;
    [[nodiscard]] int count() const;
    [[nodiscard]] int sortColumn() const;
    [[nodiscard]] Qt::SortOrder sortOrder() const;
    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] QString undoLabel() const;
    [[nodiscard]] QString message() const;

    /// Searches again and rereads the rows fetched so far, in place.
    Q_INVOKABLE void refresh();

    /// The card at `row` for the editor and the preview: id, key, front, back (Markdown), tags
    /// (space-separated), source and deck. Empty for a row out of range.
    Q_INVOKABLE QVariantMap card(int row) const;
    /// Adds a card from the editor's fields (front, back, tags, source, deck). False, with message
    /// set, when the editor refuses them.
    Q_INVOKABLE bool addCard(const QVariantMap &fields);
    /// Saves the editor's fields to the card at `row`; its schedule is untouched.
    Q_INVOKABLE bool editCard(int row, const QVariantMap &fields);
    /// Soft delete: the cards leave every search but `is:deleted`, undoable.
    Q_INVOKABLE bool remove(const QList<int> &rows);
    /// Takes cards out of the trash (rows of an `is:deleted` search).
    Q_INVOKABLE bool restore(const QList<int> &rows);
    Q_INVOKABLE bool suspend(const QList<int> &rows);
    Q_INVOKABLE bool unsuspend(const QList<int> &rows);
    /// Anki's Ctrl+J: suspends the rows unless all of them are suspended already, then unsuspends.
    Q_INVOKABLE bool toggleSuspended(const QList<int> &rows);
    /// Moves the cards to the deck named `deck`, creating a user deck for a new name.
    Q_INVOKABLE bool move(const QList<int> &rows, const QString &deck);
    /// Adds the tags in `add` and removes those in `remove` (each a space-separated list).
    Q_INVOKABLE bool retag(const QList<int> &rows, const QString &add, const QString &remove);
    Q_INVOKABLE bool undo();

Q_SIGNALS:
    void queryChanged();
    void queryErrorChanged();
    void countChanged();
    void sortChanged();
    void undoChanged();
    void messageChanged();
    /// Cards were added, edited, deleted, suspended, moved or retagged (or such a change undone).
    void cardsChanged();

private:
    [[nodiscard]] QList<qint64> cardIds(const QList<int> &rows) const;
    /// Runs the search; a reset replaces the rows, otherwise the fetched rows are reread in place.
    void search(bool reset);
    void replaceRows(QList<CardSearch::Row> rows);
    /// Reports a refusal, or rereads the rows and announces the change.
    bool apply(const CardEditor::Result &result);
    void setMessage(const QString &message);

    Collection &m_collection;
    CardSearch m_search;
    std::unique_ptr<CardEditor> m_editor;
    QString m_queryText;
    CardQuery m_query;
    QString m_queryError;
    CardSearch::Sort m_sort;
    int m_sortColumn = -1;
    int m_count = 0;
    bool m_replacing = false; ///< rows are changing: no fetchMore() until done
    QString m_message;
    QList<CardSearch::Row> m_rows;
};
