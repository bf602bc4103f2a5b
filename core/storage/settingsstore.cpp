// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsstore.h"

#include "sqlfile.h"
#include "storagelog.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

SettingsStore::SettingsStore(QSqlDatabase db) : m_db(std::move(db))
{
}

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query = SqlFile::prepare(m_db, u"settings/select"_s);
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return fallback;
}

int SettingsStore::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int result = value(key).toInt(&ok);
    return ok ? result : fallback;
}

bool SettingsStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery query = SqlFile::prepare(m_db, u"settings/upsert"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStorage) << "cannot save setting" << key << query.lastError().text();
        return false;
    }
    return true;
}
