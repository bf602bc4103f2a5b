// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewqueue.h"

#include "reviewlogging.h"
#include "sqlvalues.h"
#include "storage/sqlfile.h"
#include "studylimits.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
using Entry = ReviewQueue::Entry;

struct TodaysCards {
    QList<Entry> learning;
    QList<Entry> reviews;
    QList<Entry> newCards;
};

/// Learning and Review cards due today in the decks of `allowances`, each deck's reviews cut at its allowance.
bool loadDue(const QSqlDatabase &db, const QList<DeckAllowance> &allowances, const StudyDay &day, qint64 nowMs, TodaysCards *cards, QString *error)
{
    QHash<qint64, int> reviewsLeft;
    QList<qint64> deckIds;
    for (const DeckAllowance &allowance : allowances) {
        reviewsLeft.insert(allowance.deckId, allowance.reviewsLeft);
        deckIds.append(allowance.deckId);
    }
    QSqlQuery query = SqlFile::prepare(db, u"review/due_cards"_s);
    query.setForwardOnly(true);
    query.bindValue(u":decks"_s, SqlValues::jsonIds(deckIds));
    query.bindValue(u":day_end"_s, day.endMs);
    query.bindValue(u":now"_s, nowMs);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    // Rows come by state, then due: each deck takes its earliest reviews until its allowance is used up.
    while (query.next()) {
        const qint64 deckId = query.value(1).toLongLong();
        if (query.value(2).toInt() != static_cast<int>(Fsrs::CardState::Review)) {
            cards->learning.append({query.value(0).toLongLong(), deckId, ReviewQueue::Kind::Learning, query.value(3).toLongLong()});
        } else if (int &left = reviewsLeft[deckId]; left > 0) {
            --left;
            cards->reviews.append({query.value(0).toLongLong(), deckId, ReviewQueue::Kind::Review, query.value(3).toLongLong()});
        }
    }
    // Learning and relearning cards come as two runs: one queue, by due.
    std::sort(cards->learning.begin(), cards->learning.end(), [](const Entry &a, const Entry &b) {
        return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.cardId < b.cardId;
    });
    return true;
}

/// Each deck's first new cards, as many as its allowance, merged in card order.
bool loadNew(const QSqlDatabase &db, const QList<DeckAllowance> &allowances, qint64 nowMs, TodaysCards *cards, QString *error)
{
    QSqlQuery query = SqlFile::prepare(db, u"review/new_cards"_s);
    query.setForwardOnly(true);
    for (const DeckAllowance &allowance : allowances) {
        if (allowance.newLeft <= 0) {
            continue;
        }
        query.bindValue(u":deck"_s, allowance.deckId);
        query.bindValue(u":now"_s, nowMs);
        query.bindValue(u":limit"_s, allowance.newLeft);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            cards->newCards.append({query.value(0).toLongLong(), allowance.deckId, ReviewQueue::Kind::New, 0});
        }
    }
    std::sort(cards->newCards.begin(), cards->newCards.end(), [](const Entry &a, const Entry &b) {
        return a.cardId < b.cardId;
    });
    return true;
}

/// Today's cards of the decks in `allowances`.
std::optional<TodaysCards> loadToday(const QSqlDatabase &db, const QList<DeckAllowance> &allowances, const StudyDay &day, qint64 nowMs, QString *error)
{
    TodaysCards cards;
    if (!allowances.isEmpty() && (!loadDue(db, allowances, day, nowMs, &cards, error) || !loadNew(db, allowances, nowMs, &cards, error))) {
        return std::nullopt;
    }
    return cards;
}

int learningWithin(const QList<Entry> &learning, qint64 cutoffMs)
{
    return int(std::count_if(learning.cbegin(), learning.cend(), [cutoffMs](const Entry &entry) {
        return entry.dueMs <= cutoffMs;
    }));
}
}

ReviewQueue::ReviewQueue(QSqlDatabase db, QList<qint64> deckIds, StudySettings settings)
    : m_db(std::move(db)), m_deckIds(std::move(deckIds)), m_settings(std::move(settings))
{
}

bool ReviewQueue::reload(qint64 nowMs)
{
    m_learning.clear();
    m_reviews.clear();
    m_new.clear();
    m_error.clear();
    const StudyDay day = m_settings.dayAt(nowMs);
    auto allowances = StudyLimits::remaining(m_db, m_settings, day, &m_error);
    if (allowances) {
        allowances->removeIf([this](const DeckAllowance &allowance) {
            return !m_deckIds.contains(allowance.deckId);
        });
    }
    auto today = allowances ? loadToday(m_db, *allowances, day, nowMs, &m_error) : std::nullopt;
    if (!today) {
        qCWarning(lcReview) << "cannot load today's cards:" << m_error;
        return false;
    }
    m_learning = std::move(today->learning);
    m_reviews = std::move(today->reviews);
    m_new = std::move(today->newCards);

    if (m_mixDayStart != day.startMs) {
        m_mixDayStart = day.startMs;
        m_reviewsAtStart = m_reviews.size();
        m_newAtStart = m_new.size();
    } else {
        // An undo or unsuspend can bring cards back: never count more done than there were.
        m_reviewsAtStart = std::max(m_reviewsAtStart, m_reviews.size());
        m_newAtStart = std::max(m_newAtStart, m_new.size());
    }
    return true;
}

QString ReviewQueue::errorText() const
{
    return m_error;
}

std::optional<ReviewQueue::Entry> ReviewQueue::next(qint64 nowMs) const
{
    if (!m_learning.isEmpty() && m_learning.constFirst().dueMs <= nowMs) {
        return m_learning.constFirst();
    }
    if (auto entry = nextReviewOrNew()) {
        return entry;
    }
    if (!m_learning.isEmpty() && m_learning.constFirst().dueMs <= nowMs + m_settings.learnAheadMs) {
        return m_learning.constFirst();
    }
    return std::nullopt;
}

std::optional<ReviewQueue::Entry> ReviewQueue::nextReviewOrNew() const
{
    if (m_reviews.isEmpty() || m_new.isEmpty()) {
        if (!m_reviews.isEmpty()) {
            return m_reviews.constFirst();
        }
        return m_new.isEmpty() ? std::nullopt : std::optional<Entry>(m_new.constFirst());
    }
    // Anki's intersperser: with R reviews and N new cards at the start of the day, new card k (from 1) comes
    // once more than k·(R+1)/(N+1) - 1 reviews are done, which spreads them evenly with reviews at both ends.
    const double reviewsDone = double(m_reviewsAtStart - m_reviews.size());
    const double newDone = double(m_newAtStart - m_new.size());
    const double reviewsPerNew = double(m_reviewsAtStart + 1) / double(m_newAtStart + 1);
    return (newDone + 1.0) * reviewsPerNew < reviewsDone + 1.0 ? m_new.constFirst() : m_reviews.constFirst();
}

ReviewQueue::Counts ReviewQueue::counts(qint64 nowMs) const
{
    return {int(m_new.size()), learningWithin(m_learning, nowMs + m_settings.learnAheadMs), int(m_reviews.size())};
}

std::optional<qint64> ReviewQueue::nextLearningDueMs() const
{
    return m_learning.isEmpty() ? std::nullopt : std::optional<qint64>(m_learning.constFirst().dueMs);
}

std::optional<QList<ReviewQueue::DeckCounts>> ReviewQueue::deckCounts(const QSqlDatabase &db, const StudySettings &settings, qint64 nowMs, QString *error)
{
    const StudyDay day = settings.dayAt(nowMs);
    const auto allowances = StudyLimits::remaining(db, settings, day, error);
    const auto today = allowances ? loadToday(db, *allowances, day, nowMs, error) : std::nullopt;
    if (!today) {
        return std::nullopt;
    }
    QList<DeckCounts> result;
    QHash<qint64, qsizetype> indexOf;
    for (const DeckAllowance &allowance : *allowances) {
        indexOf.insert(allowance.deckId, result.size());
        result.append(DeckCounts {allowance.deckId, {}});
    }
    const qint64 learnCutoff = nowMs + settings.learnAheadMs;
    for (const Entry &entry : today->learning) {
        result[indexOf.value(entry.deckId)].counts.learning += entry.dueMs <= learnCutoff ? 1 : 0;
    }
    for (const Entry &entry : today->reviews) {
        ++result[indexOf.value(entry.deckId)].counts.review;
    }
    for (const Entry &entry : today->newCards) {
        ++result[indexOf.value(entry.deckId)].counts.newCards;
    }
    return result;
}
