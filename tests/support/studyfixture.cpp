// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyfixture.h"

#include "storage/datadir.h"
#include "storage/settingsstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

TestSupport::StudyFixture::StudyFixture()
{
    m_database = Database::open(DataDir::databasePath(m_dir.path()), &m_error);
}

bool TestSupport::StudyFixture::isValid() const
{
    return m_database != nullptr;
}

QString TestSupport::StudyFixture::errorText() const
{
    return m_error;
}

QSqlDatabase TestSupport::StudyFixture::db() const
{
    return m_database->connection();
}

StudySettings TestSupport::StudyFixture::settings()
{
    StudySettings settings;
    settings.timeZone = QTimeZone::utc();
    settings.fuzz = false;
    return settings;
}

CardStateRow TestSupport::StudyFixture::reviewRow(qint64 dueMs, double intervalDays)
{
    CardStateRow row;
    row.state = Fsrs::CardState::Review;
    row.stability = intervalDays;
    row.difficulty = 5.0;
    row.dueMs = dueMs;
    row.lastReviewMs = dueMs - qint64(intervalDays * double(Fsrs::MsPerDay));
    row.reps = 3;
    return row;
}

CardStateRow TestSupport::StudyFixture::learningRow(qint64 dueMs, int step)
{
    CardStateRow row;
    row.state = Fsrs::CardState::Learning;
    row.step = step;
    row.stability = 1.2;
    row.difficulty = 6.0;
    row.dueMs = dueMs;
    row.lastReviewMs = dueMs - 60'000;
    row.reps = 1;
    return row;
}

qint64 TestSupport::StudyFixture::addDeck(const QString &key, std::optional<int> newPerDay, std::optional<int> reviewsPerDay)
{
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO decks (key, name, new_per_day, reviews_per_day, created_at) VALUES (?, ?, ?, ?, 0)"_s);
    query.addBindValue(key);
    query.addBindValue(key);
    query.addBindValue(newPerDay ? QVariant(*newPerDay) : QVariant());
    query.addBindValue(reviewsPerDay ? QVariant(*reviewsPerDay) : QVariant());
    if (!query.exec()) {
        m_error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

qint64 TestSupport::StudyFixture::addCard(qint64 deckId, qint64 createdMs)
{
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO cards (key, deck_id, front, back, created_at, modified_at) VALUES (?, ?, 'front', 'back', ?, ?)"_s);
    query.addBindValue(u"card-%1"_s.arg(++m_nextKey));
    query.addBindValue(deckId);
    query.addBindValue(createdMs);
    query.addBindValue(createdMs);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

qint64 TestSupport::StudyFixture::addCard(qint64 deckId, const CardStateRow &row)
{
    const qint64 cardId = addCard(deckId);
    return cardId != 0 && setState(cardId, row) ? cardId : 0;
}

bool TestSupport::StudyFixture::setState(qint64 cardId, const CardStateRow &row)
{
    return CardStateRepository(db()).save(cardId, row, &m_error);
}

qint64 TestSupport::StudyFixture::addLog(qint64 cardId, qint64 reviewedAtMs, ReviewKind kind, Fsrs::CardState before, int rating)
{
    ReviewLogEntry entry;
    entry.cardId = cardId;
    entry.reviewedAtMs = reviewedAtMs;
    entry.rating = rating;
    entry.kind = kind;
    entry.stateBefore = before;
    entry.stateAfter = Fsrs::CardState::Review;
    return ReviewLogRepository(db()).insert(entry, &m_error);
}

bool TestSupport::StudyFixture::setSetting(const QString &key, const QString &value)
{
    return SettingsStore(db()).setValue(key, value);
}

bool TestSupport::StudyFixture::exec(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QVariant TestSupport::StudyFixture::scalar(const QString &sql) const
{
    return TestSupport::scalar(db(), sql);
}

QList<QVariantList> TestSupport::StudyFixture::dump(const QString &table) const
{
    QSqlQuery query(db());
    // typeof() per column: a REAL written back as an INTEGER (or a NULL as 0) must show up as a change.
    QSqlQuery columns(db());
    columns.exec(u"SELECT name FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table));
    QStringList selected;
    while (columns.next()) {
        const QString name = columns.value(0).toString();
        selected << name << u"typeof(%1)"_s.arg(name);
    }
    QList<QVariantList> rows;
    if (!query.exec(u"SELECT %1 FROM %2 ORDER BY rowid"_s.arg(selected.join(u", "_s), table))) {
        return rows;
    }
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < query.record().count(); ++column) {
            row.append(query.value(column));
        }
        rows.append(row);
    }
    return rows;
}
