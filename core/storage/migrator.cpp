// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "sqlfile.h"
#include "storagelog.h"
#include "transaction.h"

#include <QDir>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace
{
/// Migration resource names in order; the name of migration N starts with its number.
const QStringList &migrationNames()
{
    static const QStringList names = [] {
        QStringList files = QDir(u":/mlprep/storage/sql/migrations"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        QStringList result;
        for (qsizetype i = 0; i < files.size(); ++i) {
            // Numbering gaps would make user_version lie about what ran: refuse them loudly.
            const int number = files.at(i).section(u'_', 0, 0).toInt();
            Q_ASSERT_X(number == i + 1, "Migrator", "migrations must be numbered 0001, 0002, … without gaps");
            if (number != i + 1) {
                qCCritical(lcStorage) << "migration numbering gap at" << files.at(i);
                break;
            }
            result.append(u"migrations/"_s + files.at(i).chopped(4));
        }
        return result;
    }();
    return names;
}
}

int Migrator::latestVersion()
{
    return int(migrationNames().size());
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(u"PRAGMA user_version"_s) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

bool Migrator::migrate(QSqlDatabase &db, int target, QString *error)
{
    const int from = currentVersion(db);
    if (from < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    for (int version = from + 1; version <= target; ++version) {
        Transaction transaction(db);
        if (!transaction.isActive()) {
            *error = transaction.errorText();
            return false;
        }
        QString stepError;
        const QString script = SqlFile::load(migrationNames().at(version - 1));
        if (!SqlFile::execScript(db, script, &stepError)) {
            *error = u"migration %1 failed: %2"_s.arg(version).arg(stepError);
            return false;
        }
        QSqlQuery bump(db);
        if (!bump.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !transaction.commit()) {
            *error = u"migration %1 could not be committed"_s.arg(version);
            return false;
        }
        qCInfo(lcStorage) << "migrated schema to version" << version;
    }
    return true;
}
