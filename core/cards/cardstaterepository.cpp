// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstaterepository.h"

#include "sqlvalues.h"
#include "storage/sqlfile.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

CardStateRow StoredCard::rowOrNew() const
{
    return row.value_or(CardStateRow {});
}

Fsrs::FsrsCard StoredCard::fsrsCard() const
{
    const CardStateRow state = rowOrNew();
    Fsrs::FsrsCard card;
    card.state = state.state;
    card.step = state.step;
    card.stability = state.stability;
    card.difficulty = state.difficulty;
    card.dueMs = state.dueMs.value_or(createdMs);
    card.lastReviewMs = state.lastReviewMs;
    return card;
}

bool sameSchedule(const Fsrs::FsrsCard &a, const Fsrs::FsrsCard &b)
{
    return a.state == b.state && a.step == b.step && a.stability == b.stability && a.difficulty == b.difficulty && a.dueMs == b.dueMs
        && a.lastReviewMs == b.lastReviewMs;
}

CardStateRepository::CardStateRepository(QSqlDatabase db) : m_db(std::move(db))
{
}

std::optional<StoredCard> CardStateRepository::load(qint64 cardId, QString *error) const
{
    QSqlQuery query = SqlFile::prepare(m_db, u"review/card_state_select"_s);
    query.bindValue(u":card"_s, cardId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    StoredCard card;
    card.cardId = cardId;
    card.deckId = query.value(0).toLongLong();
    card.createdMs = query.value(1).toLongLong();
    card.live = query.value(2).toBool();
    if (query.value(3).toBool()) {
        CardStateRow row;
        row.state = static_cast<Fsrs::CardState>(query.value(4).toInt());
        row.step = SqlValues::optionalInt(query.value(5));
        row.stability = SqlValues::optionalDouble(query.value(6));
        row.difficulty = SqlValues::optionalDouble(query.value(7));
        row.dueMs = SqlValues::optionalInt64(query.value(8));
        row.lastReviewMs = SqlValues::optionalInt64(query.value(9));
        row.reps = query.value(10).toInt();
        row.lapses = query.value(11).toInt();
        row.suspended = query.value(12).toBool();
        row.buriedUntilMs = SqlValues::optionalInt64(query.value(13));
        row.flag = query.value(14).toInt();
        card.row = row;
    }
    return card;
}

bool CardStateRepository::save(qint64 cardId, const CardStateRow &row, QString *error)
{
    QSqlQuery query = SqlFile::prepare(m_db, u"review/card_state_upsert"_s);
    query.bindValue(u":card"_s, cardId);
    query.bindValue(u":state"_s, static_cast<int>(row.state));
    query.bindValue(u":step"_s, SqlValues::bindable(row.step));
    query.bindValue(u":stability"_s, SqlValues::bindable(row.stability));
    query.bindValue(u":difficulty"_s, SqlValues::bindable(row.difficulty));
    query.bindValue(u":due"_s, SqlValues::bindable(row.dueMs));
    query.bindValue(u":last_review"_s, SqlValues::bindable(row.lastReviewMs));
    query.bindValue(u":reps"_s, row.reps);
    query.bindValue(u":lapses"_s, row.lapses);
    query.bindValue(u":suspended"_s, row.suspended ? 1 : 0);
    query.bindValue(u":buried_until"_s, SqlValues::bindable(row.buriedUntilMs));
    query.bindValue(u":flag"_s, row.flag);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool CardStateRepository::remove(qint64 cardId, QString *error)
{
    QSqlQuery query = SqlFile::prepare(m_db, u"review/card_state_delete"_s);
    query.bindValue(u":card"_s, cardId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}
