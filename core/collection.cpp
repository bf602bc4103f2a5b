// SPDX-License-Identifier: GPL-3.0-or-later
#include "collection.h"

#include "cards/deckmerger.h"
#include "storage/backups.h"
#include "storage/datadir.h"

#include <QCoreApplication>
#include <QDir>

std::unique_ptr<Collection> Collection::open(const QString &dataDir, QString *error)
{
    // A failed restore leaves the live file as it was: say so, and open that.
    QString restoreError;
    QString restoredFrom;
    QString restoreNotice;
    if (!Backups::applyPendingRestore(dataDir, &restoreError, &restoredFrom)) {
        restoreNotice = QCoreApplication::translate("Collection", "The backup was not restored: %1. Your data is as it was.").arg(restoreError);
    } else if (!restoredFrom.isEmpty()) {
        restoreNotice = QCoreApplication::translate("Collection", "Restored %1. The database it replaced was kept among the backups.")
                            .arg(QDir::toNativeSeparators(restoredFrom));
    }
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
    auto collection = std::unique_ptr<Collection>(new Collection(dataDir, std::move(database)));
    collection->m_restoreNotice = restoreNotice;
    return collection;
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

QString Collection::restoreNotice() const
{
    return m_restoreNotice;
}
