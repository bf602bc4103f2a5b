// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardstore.h"

#include "io/mlboard.h"
#include "storage/sqlfile.h"
#include "storage/storagelog.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Board
{

BoardStore::BoardStore(QSqlDatabase db) : m_db(std::move(db))
{
}

QList<BoardInfo> BoardStore::list() const
{
    QList<BoardInfo> boards;
    QSqlQuery query = SqlFile::prepare(m_db, u"board/list"_s);
    if (!query.exec()) {
        qCWarning(lcStorage) << "cannot list boards" << query.lastError().text();
        return boards;
    }
    while (query.next()) {
        boards.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(3).toLongLong(), query.value(4).toLongLong()});
    }
    return boards;
}

qint64 BoardStore::create(const QString &name, const Document &doc)
{
    Transaction tx(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query = SqlFile::prepare(m_db, u"board/insert"_s);
    query.addBindValue(name);
    query.addBindValue(Io::toMlboard(doc));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!tx.isActive() || !query.exec() || !tx.commit()) {
        qCWarning(lcStorage) << "cannot create board" << query.lastError().text() << tx.errorText();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

qint64 BoardStore::duplicate(qint64 id, const QString &name)
{
    const std::optional<Document> doc = load(id);
    return doc ? create(name, *doc) : 0;
}

StoreChanges BoardStore::run(const QString &statement, const QVariantList &values)
{
    Transaction tx(m_db);
    QSqlQuery query = SqlFile::prepare(m_db, statement);
    for (const QVariant &v : values) {
        query.addBindValue(v);
    }
    if (!tx.isActive() || !query.exec()) {
        qCWarning(lcStorage) << "board write failed" << statement << query.lastError().text() << tx.errorText();
        return StoreChange::None;
    }
    const bool changed = query.numRowsAffected() > 0;
    if (!tx.commit()) {
        qCWarning(lcStorage) << "board commit failed" << statement << tx.errorText();
        return StoreChange::None;
    }
    return changed ? StoreChanges(StoreChange::Boards) : StoreChanges(StoreChange::None);
}

StoreChanges BoardStore::rename(qint64 id, const QString &name)
{
    return run(u"board/rename"_s, {name, QDateTime::currentMSecsSinceEpoch(), id});
}

StoreChanges BoardStore::remove(qint64 id)
{
    return run(u"board/delete"_s, {QDateTime::currentMSecsSinceEpoch(), id});
}

StoreChanges BoardStore::restore(qint64 id)
{
    return run(u"board/restore"_s, {id});
}

std::optional<Document> BoardStore::load(qint64 id, QString *error) const
{
    QSqlQuery query = SqlFile::prepare(m_db, u"board/load"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        if (error) {
            *error = QCoreApplication::translate("Board::BoardStore", "Board %1 does not exist.").arg(id);
        }
        return std::nullopt;
    }
    QString parseError;
    Document doc = Io::fromMlboard(query.value(1).toByteArray(), &parseError);
    if (!parseError.isEmpty()) {
        if (error) {
            *error = parseError;
        }
        return std::nullopt;
    }
    return doc;
}

StoreChanges BoardStore::save(qint64 id, const Document &doc)
{
    return run(u"board/save"_s, {Io::toMlboard(doc), QDateTime::currentMSecsSinceEpoch(), id});
}

} // namespace Board
