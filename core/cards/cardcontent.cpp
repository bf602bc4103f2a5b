// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardcontent.h"

#include "storage/sqlfile.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

std::optional<CardContent> CardContent::load(const QSqlDatabase &db, qint64 cardId)
{
    QSqlQuery query = SqlFile::prepare(db, u"cards/content"_s);
    query.addBindValue(cardId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    CardContent content;
    content.cardId = cardId;
    content.key = query.value(0).toString();
    content.deckName = query.value(1).toString();
    content.kind = query.value(2).toString();
    content.front = query.value(3).toString();
    content.back = query.value(4).toString();
    content.tags = query.value(5).toString().split(u' ', Qt::SkipEmptyParts);
    content.source = query.value(6).toString();
    content.followUps = query.value(7).toString().split(u' ', Qt::SkipEmptyParts);
    content.derive = query.value(8).toString();
    return content;
}

std::optional<CardContent> CardContent::loadByKey(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query = SqlFile::prepare(db, u"cards/id_by_key"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return load(db, query.value(0).toLongLong());
}
