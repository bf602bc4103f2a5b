// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journalentry.h"
#include "storage/changes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

/// The decision journal's storage: entries, their full-text index (journal_fts, kept by triggers) and
/// their links to cards. Each change is one transaction. Deleting is soft (deleted_at) so that it can be
/// undone; a deleted entry leaves lists, search and export until it is restored.
class JournalStore final
{
public:
    struct Result {
        StoreChanges changes; ///< StoreChange::Journal on success
        QString error; ///< why nothing was written; empty on success
        qint64 id = 0; ///< the entry written

        [[nodiscard]] bool ok() const;
    };

    explicit JournalStore(QSqlDatabase db);

    /// Stores a new entry with its card links; its id is ignored. An invalid day means `today`.
    [[nodiscard]] Result create(const JournalEntry &entry, QDate today, qint64 nowMs);
    /// Rewrites a live entry's text and replaces its card links with entry.cardKeys.
    [[nodiscard]] Result update(const JournalEntry &entry, qint64 nowMs);
    [[nodiscard]] Result remove(qint64 id, qint64 nowMs);
    /// Brings back an entry remove() deleted: the undo of a delete.
    [[nodiscard]] Result restore(qint64 id);
    /// Links one card (by its stable key) to a live entry; linking twice is not an error.
    [[nodiscard]] Result linkCard(qint64 id, const QString &cardKey);
    [[nodiscard]] Result unlinkCard(qint64 id, const QString &cardKey);

    /// A live entry, or nullopt.
    [[nodiscard]] std::optional<JournalEntry> entry(qint64 id) const;
    /// Live entries matching `text` (every word, as a prefix, anywhere in the entry; empty: all),
    /// newest decision first. nullopt with `error` set on a database error.
    [[nodiscard]] std::optional<QList<JournalEntry>> search(const QString &text, QString *error) const;
    /// Live entries linked to one card, newest first.
    [[nodiscard]] std::optional<QList<JournalEntry>> entriesForCard(const QString &cardKey, QString *error) const;

    /// `text` as an FTS5 query: each word quoted (so user text is never FTS syntax) and matched as a prefix.
    [[nodiscard]] static QString ftsQuery(const QString &text);

private:
    [[nodiscard]] std::optional<QList<JournalEntry>> select(const QVariant &id, const QVariant &query, const QVariant &card, QString *error) const;
    [[nodiscard]] Result write(qint64 id, const std::function<bool(QString *error)> &change);
    [[nodiscard]] bool writeLinks(qint64 id, const QStringList &cardKeys, QString *error);
    [[nodiscard]] bool insertLink(qint64 id, const QString &cardKey, QString *error);

    QSqlDatabase m_db;
};
