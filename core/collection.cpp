// SPDX-License-Identifier: GPL-3.0-or-later
#include "collection.h"

#include "cards/deckmerger.h"
#include "storage/datadir.h"

std::unique_ptr<Collection> Collection::open(const QString &dataDir, QString *error)
{
    auto database = Database::open(DataDir::databasePath(dataDir), error);
    if (!database) {
        return nullptr;
    }
    // Built-in decks by stable id; unchanged files cost one hash and one settings read. A problem
    // here is a packaging bug, never a reason to refuse the user's data.
    const DeckMerger::Report merge = DeckMerger(database->connection()).mergeBuiltin();
    for (const auto &problem : merge.problems) {
        qCWarning(lcDeckMerge).noquote() << "built-in deck:" << problem.toString();
    }
    return std::unique_ptr<Collection>(new Collection(dataDir, std::move(database)));
}

Collection::Collection(QString dataDir, std::unique_ptr<Database> database) : m_dataDir(std::move(dataDir)), m_database(std::move(database))
{
}

QString Collection::dataDir() const
{
    return m_dataDir;
}

Database &Collection::database()
{
    return *m_database;
}

QSqlDatabase Collection::connection() const
{
    return m_database->connection();
}
