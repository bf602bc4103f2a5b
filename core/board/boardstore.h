// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "element.h"
#include "storage/changes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Board
{

/// A board as the board list shows it.
struct BoardInfo {
    qint64 id = 0;
    QString name;
    qint64 createdAt = 0; ///< UTC epoch ms
    qint64 modifiedAt = 0; ///< UTC epoch ms
    friend bool operator==(const BoardInfo &, const BoardInfo &) = default;
};

/// The boards of the workspace in the `boards` table. Each board's document is stored whole as
/// .mlboard JSON and every write is one transaction, so the database always holds the last finished
/// edit of every board. Deleting only marks a board, which is what makes delete undoable.
class BoardStore final
{
public:
    explicit BoardStore(QSqlDatabase db);

    /// Boards not deleted, in the user's order (creation order unless reordered).
    [[nodiscard]] QList<BoardInfo> list() const;
    /// Creates a board at the end of the list; returns its id, or 0 on a database error.
    [[nodiscard]] qint64 create(const QString &name, const Document &doc = {});
    /// Copies a board (document included) under `name`; returns the new id, or 0.
    [[nodiscard]] qint64 duplicate(qint64 id, const QString &name);
    StoreChanges rename(qint64 id, const QString &name);
    /// Hides the board (undo with `restore`).
    StoreChanges remove(qint64 id);
    StoreChanges restore(qint64 id);
    /// The board's document; nullopt (and `error` set) for a missing board or an unreadable document.
    [[nodiscard]] std::optional<Document> load(qint64 id, QString *error = nullptr) const;
    /// Replaces the board's document in one transaction.
    StoreChanges save(qint64 id, const Document &doc);

private:
    StoreChanges run(const QString &statement, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace Board
