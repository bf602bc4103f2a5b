// SPDX-License-Identifier: GPL-3.0-or-later
#include "designroundstore.h"

#include "storage/sqlfile.h"
#include "storage/storagelog.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Board
{

namespace
{
DesignAttempt attemptFrom(const QSqlQuery &q)
{
    DesignAttempt a;
    a.id = q.value(0).toLongLong();
    a.promptKey = q.value(1).toString();
    a.boardId = q.value(2).toLongLong();
    a.startedAt = q.value(3).toLongLong();
    a.endedAt = q.value(4).toLongLong();
    a.timeUsedMs = q.value(5).toLongLong();
    a.rubricChecked = q.value(6).toInt();
    a.rubricTotal = q.value(7).toInt();
    const QJsonObject json = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    for (const QJsonValue id : json.value("checked"_L1).toArray()) {
        a.checkedIds.append(id.toString());
    }
    return a;
}
} // namespace

DesignRoundStore::DesignRoundStore(QSqlDatabase db) : m_db(std::move(db))
{
}

qint64 DesignRoundStore::start(const QString &promptKey, qint64 boardId, qint64 startedAt, int rubricTotal)
{
    Transaction tx(m_db);
    QSqlQuery q = SqlFile::prepare(m_db, u"practice/round_insert"_s);
    q.addBindValue(promptKey);
    q.addBindValue(boardId > 0 ? QVariant(boardId) : QVariant());
    q.addBindValue(startedAt);
    q.addBindValue(rubricTotal);
    if (!tx.isActive() || !q.exec() || !tx.commit()) {
        qCWarning(lcStorage) << "cannot start design round" << q.lastError().text() << tx.errorText();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

StoreChanges DesignRoundStore::finish(qint64 id, const DesignRound &round, qint64 endedAt)
{
    const QJsonObject json {
        {"checked"_L1, QJsonArray::fromStringList(round.checkedIds())},
        {"limitMs"_L1, double(round.limitMs())},
    };
    Transaction tx(m_db);
    QSqlQuery q = SqlFile::prepare(m_db, u"practice/round_finish"_s);
    q.addBindValue(endedAt);
    q.addBindValue(round.elapsedMs(endedAt));
    q.addBindValue(round.checkedCount());
    q.addBindValue(round.total());
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    if (!tx.isActive() || !q.exec()) {
        qCWarning(lcStorage) << "cannot finish design round" << q.lastError().text() << tx.errorText();
        return StoreChange::None;
    }
    const bool changed = q.numRowsAffected() > 0;
    if (!tx.commit()) {
        return StoreChange::None;
    }
    return changed ? StoreChanges(StoreChange::Boards) : StoreChanges(StoreChange::None);
}

StoreChanges DesignRoundStore::discard(qint64 id)
{
    Transaction tx(m_db);
    QSqlQuery q = SqlFile::prepare(m_db, u"practice/round_discard"_s);
    q.addBindValue(id);
    if (!tx.isActive() || !q.exec()) {
        return StoreChange::None;
    }
    const bool changed = q.numRowsAffected() > 0;
    return tx.commit() && changed ? StoreChanges(StoreChange::Boards) : StoreChanges(StoreChange::None);
}

std::optional<DesignAttempt> DesignRoundStore::find(qint64 id) const
{
    QSqlQuery q = SqlFile::prepare(m_db, u"practice/round_find"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return attemptFrom(q);
}

QList<DesignAttempt> DesignRoundStore::attempts(const QString &promptKey) const
{
    QList<DesignAttempt> out;
    QSqlQuery q = SqlFile::prepare(m_db, u"practice/round_list"_s);
    q.addBindValue(promptKey);
    if (!q.exec()) {
        qCWarning(lcStorage) << "cannot list design rounds" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        out.append(attemptFrom(q));
    }
    return out;
}

} // namespace Board
