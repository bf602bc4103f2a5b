// SPDX-License-Identifier: GPL-3.0-or-later
#include "postingstore.h"

#include "cards/sqlvalues.h"
#include "storage/sqlfile.h"
#include "storage/storagelog.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
/// Runs a prepared statement; on failure sets `error` to the statement's name and the reason.
bool execute(QSqlQuery &query, const QString &name, QString *error)
{
    if (query.exec()) {
        return true;
    }
    *error = u"%1: %2"_s.arg(name, query.lastError().text());
    return false;
}

PostingStore::Result failure(const QString &error)
{
    qCWarning(lcStorage) << "job postings:" << error;
    PostingStore::Result result;
    result.error = error;
    return result;
}

/// Text columns are NOT NULL: an absent value is bound as '' (a null QString binds as NULL).
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QString topicsJson(const QStringList &topics)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(topics)).toJson(QJsonDocument::Compact));
}

QStringList topicsFromJson(const QByteArray &json)
{
    QStringList topics;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        topics.append(value.toString());
    }
    return topics;
}

/// The columns posting_rows.sql and posting_select.sql share, in that order.
PostingSummary summaryFrom(const QSqlQuery &query)
{
    PostingSummary row;
    row.id = query.value(0).toLongLong();
    row.fileName = query.value(1).toString();
    row.title = query.value(2).toString();
    row.company = query.value(3).toString();
    row.mlSystems = query.value(4).toBool();
    row.pMlSystems = query.value(5).toDouble();
    row.ambiguous = query.value(6).toBool();
    row.addedAt = query.value(7).toLongLong();
    if (!query.value(8).isNull()) {
        row.userLabel = query.value(8).toBool();
    }
    return row;
}

/// Binds the result columns in the order posting_insert.sql and posting_update_result.sql list them.
void bindResult(QSqlQuery &query, const Classification &result)
{
    query.addBindValue(text(result.plainText));
    query.addBindValue(text(result.title));
    query.addBindValue(text(result.company));
    query.addBindValue(result.mlSystems ? 1 : 0);
    query.addBindValue(std::clamp(result.pMlSystems, 0.0, 1.0));
    query.addBindValue(result.ambiguous ? 1 : 0);
    query.addBindValue(QString::fromUtf8(PostingStore::evidenceToJson(result.evidence)));
    query.addBindValue(topicsJson(result.topics));
}
}

bool PostingSummary::effectiveMlSystems() const
{
    return userLabel.value_or(mlSystems);
}

double PostingSummary::effectiveP() const
{
    if (userLabel) {
        return *userLabel ? 1.0 : 0.0;
    }
    return pMlSystems;
}

bool PostingStore::Result::ok() const
{
    return error.isEmpty();
}

PostingStore::PostingStore(QSqlDatabase db, std::function<qint64()> clock) : m_db(std::move(db)), m_clock(std::move(clock))
{
}

qint64 PostingStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

PostingStore::Result PostingStore::add(const QList<NewPosting> &postings)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return failure(transaction.errorText());
    }
    Result result;
    QString error;
    QSet<QString> seen;
    const qint64 addedAt = now();
    QSqlQuery find = SqlFile::prepare(m_db, u"jobs/posting_find_hash"_s);
    QSqlQuery insert = SqlFile::prepare(m_db, u"jobs/posting_insert"_s);
    for (const NewPosting &posting : postings) {
        if (!posting.result.problem.isEmpty()) {
            continue;
        }
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(posting.raw, QCryptographicHash::Sha1).toHex());
        find.addBindValue(hash);
        if (!execute(find, u"jobs/posting_find_hash"_s, &error)) {
            return failure(error);
        }
        const bool duplicate = find.next() || seen.contains(hash);
        find.finish();
        if (duplicate) {
            ++result.duplicates;
            continue;
        }
        seen.insert(hash);
        insert.addBindValue(text(posting.fileName));
        insert.addBindValue(posting.raw.isNull() ? QByteArray("") : posting.raw);
        insert.addBindValue(hash);
        bindResult(insert, posting.result);
        insert.addBindValue(addedAt);
        if (!execute(insert, u"jobs/posting_insert"_s, &error)) {
            return failure(error);
        }
        result.ids.append(insert.lastInsertId().toLongLong());
    }
    if (!transaction.commit()) {
        return failure(transaction.errorText());
    }
    if (!result.ids.isEmpty()) {
        result.changes = StoreChange::Jobs;
    }
    return result;
}

QList<PostingSummary> PostingStore::rows() const
{
    QList<PostingSummary> rows;
    QSqlQuery query = SqlFile::prepare(m_db, u"jobs/posting_rows"_s);
    query.setForwardOnly(true);
    QString error;
    if (!execute(query, u"jobs/posting_rows"_s, &error)) {
        qCWarning(lcStorage) << error;
        return rows;
    }
    while (query.next()) {
        rows.append(summaryFrom(query));
    }
    return rows;
}

std::optional<PostingDetail> PostingStore::posting(qint64 id) const
{
    QSqlQuery query = SqlFile::prepare(m_db, u"jobs/posting_select"_s);
    query.addBindValue(id);
    QString error;
    if (!execute(query, u"jobs/posting_select"_s, &error)) {
        qCWarning(lcStorage) << error;
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    PostingDetail detail;
    detail.summary = summaryFrom(query);
    detail.plainText = query.value(9).toString();
    detail.evidence = evidenceFromJson(query.value(10).toString().toUtf8());
    detail.topics = topicsFromJson(query.value(11).toString().toUtf8());
    detail.deleted = !query.value(12).isNull();
    return detail;
}

int PostingStore::count() const
{
    QSqlQuery query = SqlFile::prepare(m_db, u"jobs/posting_count"_s);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

PostingStore::Result PostingStore::remove(const QList<qint64> &ids)
{
    return setDeleted(ids, true);
}

PostingStore::Result PostingStore::restore(const QList<qint64> &ids)
{
    return setDeleted(ids, false);
}

PostingStore::Result PostingStore::setDeleted(const QList<qint64> &ids, bool deleted)
{
    if (ids.isEmpty()) {
        return {};
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return failure(transaction.errorText());
    }
    const QString statement = deleted ? u"jobs/posting_delete"_s : u"jobs/posting_restore"_s;
    QSqlQuery query = SqlFile::prepare(m_db, statement);
    if (deleted) {
        query.addBindValue(now());
    }
    query.addBindValue(SqlValues::jsonIds(ids));
    QString error;
    if (!execute(query, statement, &error)) {
        return failure(error);
    }
    const bool changed = query.numRowsAffected() > 0;
    if (!transaction.commit()) {
        return failure(transaction.errorText());
    }
    Result result;
    if (changed) {
        result.changes = StoreChange::Jobs;
    }
    return result;
}

int PostingStore::purgeDeleted()
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        qCWarning(lcStorage) << "job postings:" << transaction.errorText();
        return -1;
    }
    QSqlQuery query = SqlFile::prepare(m_db, u"jobs/posting_purge"_s);
    QString error;
    if (!execute(query, u"jobs/posting_purge"_s, &error)) {
        qCWarning(lcStorage) << error;
        return -1;
    }
    const int purged = query.numRowsAffected();
    if (!transaction.commit()) {
        qCWarning(lcStorage) << "job postings:" << transaction.errorText();
        return -1;
    }
    return purged;
}

QList<qint64> PostingStore::allIds() const
{
    QList<qint64> ids;
    QSqlQuery query = SqlFile::prepare(m_db, u"jobs/posting_ids"_s);
    query.setForwardOnly(true);
    if (query.exec()) {
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    return ids;
}

std::optional<std::pair<QByteArray, QString>> PostingStore::raw(qint64 id) const
{
    QSqlQuery query = SqlFile::prepare(m_db, u"jobs/posting_raw"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return std::pair {query.value(0).toByteArray(), query.value(1).toString()};
}

PostingStore::Result PostingStore::updateResults(const QList<std::pair<qint64, Classification>> &results)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return failure(transaction.errorText());
    }
    QString error;
    bool changed = false;
    for (const auto &[id, classification] : results) {
        if (!classification.problem.isEmpty()) {
            continue;
        }
        QSqlQuery query = SqlFile::prepare(m_db, u"jobs/posting_update_result"_s);
        bindResult(query, classification);
        query.addBindValue(id);
        if (!execute(query, u"jobs/posting_update_result"_s, &error)) {
            return failure(error);
        }
        changed = changed || query.numRowsAffected() > 0;
    }
    if (!transaction.commit()) {
        return failure(transaction.errorText());
    }
    Result result;
    if (changed) {
        result.changes = StoreChange::Jobs;
    }
    return result;
}

QByteArray PostingStore::evidenceToJson(const QList<Evidence> &evidence)
{
    QJsonArray array;
    for (const Evidence &item : evidence) {
        array.append(QJsonObject {
            {u"text"_s, item.text}, {u"weight"_s, item.weight}, {u"start"_s, qint64(item.start)}, {u"end"_s, qint64(item.end)}, {u"term"_s, item.term}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<Evidence> PostingStore::evidenceFromJson(const QByteArray &json)
{
    QList<Evidence> evidence;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Evidence item;
        item.text = object.value(u"text"_s).toString();
        item.weight = object.value(u"weight"_s).toDouble();
        item.start = qsizetype(object.value(u"start"_s).toInteger());
        item.end = qsizetype(object.value(u"end"_s).toInteger());
        item.term = object.value(u"term"_s).toString();
        evidence.append(item);
    }
    return evidence;
}
