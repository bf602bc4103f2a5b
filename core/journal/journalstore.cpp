// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalstore.h"

#include "storage/sqlfile.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("JournalStore", text);
}

const QVariant &null()
{
    static const QVariant value(QMetaType::fromType<QString>());
    return value;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

void bindText(QSqlQuery &query, const JournalEntry &entry, qint64 nowMs)
{
    query.bindValue(u":title"_s, entry.title.trimmed());
    query.bindValue(u":context"_s, entry.context.trimmed());
    query.bindValue(u":constraints"_s, entry.constraints.trimmed());
    query.bindValue(u":options"_s, entry.options.trimmed());
    query.bindValue(u":decision"_s, entry.decision.trimmed());
    query.bindValue(u":result"_s, entry.result.trimmed());
    query.bindValue(u":tags"_s, JournalEntry::normalizedTags(entry.tags).join(u' '));
    query.bindValue(u":day"_s, entry.day.toString(Qt::ISODate));
    query.bindValue(u":now"_s, nowMs);
}
}

bool JournalStore::Result::ok() const
{
    return error.isEmpty();
}

JournalStore::JournalStore(QSqlDatabase db) : m_db(std::move(db))
{
}

QString JournalStore::ftsQuery(const QString &text)
{
    static const QRegularExpression words(u"[\\s\"]+"_s);
    QStringList terms;
    for (const QString &word : text.split(words, Qt::SkipEmptyParts)) {
        terms.append(u'"' + word + u"\"*"_s);
    }
    return terms.join(u' ');
}

JournalStore::Result JournalStore::write(qint64 id, const std::function<bool(QString *error)> &change)
{
    Result result;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        result.error = transaction.errorText();
        return result;
    }
    if (!change(&result.error)) {
        return result;
    }
    if (!transaction.commit()) {
        result.error = transaction.errorText();
        return result;
    }
    result.id = id;
    result.changes = StoreChange::Journal;
    return result;
}

JournalStore::Result JournalStore::create(const JournalEntry &entry, QDate today, qint64 nowMs)
{
    if (entry.title.trimmed().isEmpty()) {
        Result result;
        result.error = tr("A journal entry needs a title.");
        return result;
    }
    JournalEntry stored = entry;
    if (!stored.day.isValid()) {
        stored.day = today;
    }
    qint64 id = 0;
    Result result = write(0, [&](QString *error) {
        QSqlQuery insert = SqlFile::prepare(m_db, u"journal/insert"_s);
        bindText(insert, stored, nowMs);
        if (!exec(insert, error)) {
            return false;
        }
        id = insert.lastInsertId().toLongLong();
        return writeLinks(id, stored.cardKeys, error);
    });
    if (result.ok()) {
        result.id = id;
    }
    return result;
}

JournalStore::Result JournalStore::update(const JournalEntry &entry, qint64 nowMs)
{
    if (entry.title.trimmed().isEmpty()) {
        Result result;
        result.error = tr("A journal entry needs a title.");
        return result;
    }
    if (!entry.day.isValid()) {
        Result result;
        result.error = tr("The entry's date is not a valid date.");
        return result;
    }
    return write(entry.id, [&](QString *error) {
        QSqlQuery update = SqlFile::prepare(m_db, u"journal/update"_s);
        bindText(update, entry, nowMs);
        update.bindValue(u":id"_s, entry.id);
        if (!exec(update, error)) {
            return false;
        }
        if (update.numRowsAffected() != 1) {
            *error = tr("The journal entry no longer exists.");
            return false;
        }
        return writeLinks(entry.id, entry.cardKeys, error);
    });
}

JournalStore::Result JournalStore::remove(qint64 id, qint64 nowMs)
{
    return write(id, [&](QString *error) {
        QSqlQuery query = SqlFile::prepare(m_db, u"journal/set_deleted"_s);
        query.bindValue(u":id"_s, id);
        query.bindValue(u":deleted_at"_s, nowMs);
        if (!exec(query, error)) {
            return false;
        }
        if (query.numRowsAffected() != 1) {
            *error = tr("The journal entry no longer exists.");
            return false;
        }
        return true;
    });
}

JournalStore::Result JournalStore::restore(qint64 id)
{
    return write(id, [&](QString *error) {
        QSqlQuery query = SqlFile::prepare(m_db, u"journal/set_deleted"_s);
        query.bindValue(u":id"_s, id);
        query.bindValue(u":deleted_at"_s, QVariant(QMetaType::fromType<qint64>()));
        if (!exec(query, error)) {
            return false;
        }
        if (query.numRowsAffected() != 1) {
            *error = tr("There is no deleted journal entry to restore.");
            return false;
        }
        return true;
    });
}

JournalStore::Result JournalStore::linkCard(qint64 id, const QString &cardKey)
{
    return write(id, [&](QString *error) {
        if (!entry(id)) {
            *error = tr("The journal entry no longer exists.");
            return false;
        }
        return insertLink(id, cardKey, error);
    });
}

JournalStore::Result JournalStore::unlinkCard(qint64 id, const QString &cardKey)
{
    return write(id, [&](QString *error) {
        QSqlQuery query = SqlFile::prepare(m_db, u"journal/link_delete"_s);
        query.bindValue(u":entry"_s, id);
        query.bindValue(u":card"_s, cardKey);
        return exec(query, error);
    });
}

bool JournalStore::writeLinks(qint64 id, const QStringList &cardKeys, QString *error)
{
    QSqlQuery clear = SqlFile::prepare(m_db, u"journal/links_clear"_s);
    clear.bindValue(u":entry"_s, id);
    if (!exec(clear, error)) {
        return false;
    }
    for (const QString &key : cardKeys) {
        if (!insertLink(id, key, error)) {
            return false;
        }
    }
    return true;
}

bool JournalStore::insertLink(qint64 id, const QString &cardKey, QString *error)
{
    QSqlQuery exists = SqlFile::prepare(m_db, u"journal/card_exists"_s);
    exists.bindValue(u":card"_s, cardKey.trimmed());
    if (!exec(exists, error) || !exists.next()) {
        return false;
    }
    if (exists.value(0).toInt() == 0) {
        *error = tr("There is no card with the key “%1”.").arg(cardKey.trimmed());
        return false;
    }
    QSqlQuery insert = SqlFile::prepare(m_db, u"journal/link_insert"_s);
    insert.bindValue(u":entry"_s, id);
    insert.bindValue(u":card"_s, cardKey.trimmed());
    return exec(insert, error);
}

std::optional<JournalEntry> JournalStore::entry(qint64 id) const
{
    QString error;
    const auto entries = select(id, null(), null(), &error);
    if (!entries || entries->isEmpty()) {
        return std::nullopt;
    }
    return entries->first();
}

std::optional<QList<JournalEntry>> JournalStore::search(const QString &text, QString *error) const
{
    const QString query = ftsQuery(text);
    return select(null(), query.isEmpty() ? null() : QVariant(query), null(), error);
}

std::optional<QList<JournalEntry>> JournalStore::entriesForCard(const QString &cardKey, QString *error) const
{
    return select(null(), null(), cardKey, error);
}

std::optional<QList<JournalEntry>> JournalStore::select(const QVariant &id, const QVariant &query, const QVariant &card, QString *error) const
{
    QSqlQuery select = SqlFile::prepare(m_db, u"journal/entries"_s);
    select.bindValue(u":id"_s, id);
    select.bindValue(u":query"_s, query);
    select.bindValue(u":card"_s, card);
    if (!exec(select, error)) {
        return std::nullopt;
    }
    QList<JournalEntry> result;
    while (select.next()) {
        JournalEntry entry;
        entry.id = select.value(0).toLongLong();
        entry.title = select.value(1).toString();
        entry.context = select.value(2).toString();
        entry.constraints = select.value(3).toString();
        entry.options = select.value(4).toString();
        entry.decision = select.value(5).toString();
        entry.result = select.value(6).toString();
        entry.tags = select.value(7).toString().split(u' ', Qt::SkipEmptyParts);
        entry.day = QDate::fromString(select.value(8).toString(), Qt::ISODate);
        entry.createdAt = select.value(9).toLongLong();
        entry.modifiedAt = select.value(10).toLongLong();
        entry.cardKeys = select.value(11).toString().split(u'\n', Qt::SkipEmptyParts);
        result.append(entry);
    }
    return result;
}
