// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalcards.h"

#include "storage/sqlfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace
{
QList<JournalCards::CardRef> read(QSqlQuery &query)
{
    QList<JournalCards::CardRef> result;
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString()});
    }
    return result;
}
}

namespace JournalCards
{
QList<CardRef> matching(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    QString escaped = trimmed;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    QSqlQuery query = SqlFile::prepare(db, u"journal/cards_matching"_s);
    query.bindValue(u":text"_s, trimmed);
    query.bindValue(u":pattern"_s, QString(u'%' + escaped + u'%'));
    query.bindValue(u":limit"_s, limit);
    return read(query);
}

QList<CardRef> byKeys(const QSqlDatabase &db, const QStringList &keys)
{
    QSqlQuery query = SqlFile::prepare(db, u"journal/cards_by_key"_s);
    query.bindValue(u":keys"_s, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact)));
    return read(query);
}
}
