// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QString>

#include <memory>

/// A user's whole collection in one data directory: the database, opened and migrated, with the
/// built-in decks merged in. The GUI and every subcommand open their data through this class, so
/// both see the same cards.
class Collection final
{
public:
    /// Opens the collection in `dataDir` (created if needed). Returns nullptr and sets `error`
    /// (naming the file and the reason) when the database cannot be used.
    [[nodiscard]] static std::unique_ptr<Collection> open(const QString &dataDir, QString *error);

    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] Database &database();
    [[nodiscard]] QSqlDatabase connection() const;
    /// What happened to a restore scheduled from Settings, for the app to tell the user; empty
    /// when none was scheduled.
    [[nodiscard]] QString restoreNotice() const;

private:
    Collection(QString dataDir, std::unique_ptr<Database> database);

    QString m_dataDir;
    QString m_restoreNotice;
    std::unique_ptr<Database> m_database;
};
