// SPDX-License-Identifier: GPL-3.0-or-later
#include "collection.h"

#include "storage/datadir.h"

std::unique_ptr<Collection> Collection::open(const QString &dataDir, QString *error)
{
    auto database = Database::open(DataDir::databasePath(dataDir), error);
    if (!database) {
        return nullptr;
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
