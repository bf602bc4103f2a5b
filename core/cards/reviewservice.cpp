// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewservice.h"

#include "reviewlogging.h"
#include "storage/transaction.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
using Error = ReviewService::Error;

template<typename R = ReviewService::Result> R failure(Error error, const QString &message)
{
    // A stale answer or a missing card is the view being out of date, not a fault.
    if (error == Error::Database) {
        qCWarning(lcReview).noquote() << message;
    } else {
        qCInfo(lcReview).noquote() << message;
    }
    R result;
    result.error = error;
    result.message = message;
    return result;
}

qint64 roundedSeconds(qint64 ms)
{
    return std::llround(static_cast<double>(ms) / 1000.0);
}

ReviewKind kindOf(Fsrs::CardState before)
{
    switch (before) {
    case Fsrs::CardState::New:
    case Fsrs::CardState::Learning:
        return ReviewKind::Learn;
    case Fsrs::CardState::Review:
        return ReviewKind::Review;
    case Fsrs::CardState::Relearning:
        return ReviewKind::Relearn;
    }
    return ReviewKind::Learn;
}

ReviewLogEntry logEntryFor(const StoredCard &card, Fsrs::Rating rating, qint64 nowMs, qint64 durationMs, const Fsrs::ReviewOutcome &outcome)
{
    const CardStateRow before = card.rowOrNew();
    ReviewLogEntry entry;
    entry.cardId = card.cardId;
    entry.reviewedAtMs = nowMs;
    entry.rating = static_cast<int>(rating);
    entry.kind = kindOf(before.state);
    entry.stateBefore = before.state;
    entry.stateAfter = outcome.card.state;
    entry.stability = outcome.card.stability;
    entry.difficulty = outcome.card.difficulty;
    entry.intervalSeconds = roundedSeconds(outcome.intervalMs);
    entry.lastIntervalSeconds = before.dueMs && before.lastReviewMs ? roundedSeconds(*before.dueMs - *before.lastReviewMs) : 0;
    entry.elapsedDays = outcome.elapsedDays;
    entry.durationMs = std::clamp<qint64>(durationMs, 0, ReviewLogRepository::MaxDurationMs);
    return entry;
}

CardStateRow rowAfter(const CardStateRow &before, Fsrs::Rating rating, const Fsrs::ReviewOutcome &outcome)
{
    CardStateRow after = before;
    after.state = outcome.card.state;
    after.step = outcome.card.step;
    after.stability = outcome.card.stability;
    after.difficulty = outcome.card.difficulty;
    after.dueMs = outcome.card.dueMs;
    after.lastReviewMs = outcome.card.lastReviewMs;
    after.reps = before.reps + 1;
    after.lapses = before.lapses + (before.state == Fsrs::CardState::Review && rating == Fsrs::Rating::Again ? 1 : 0);
    return after;
}
}

bool ReviewService::Result::ok() const
{
    return error == Error::None;
}

ReviewService::ReviewService(QSqlDatabase db, StudySettings settings) : m_db(db), m_settings(std::move(settings)), m_states(db), m_log(db)
{
}

std::optional<StoredCard> ReviewService::loadLive(qint64 cardId, Result *result) const
{
    QString error;
    auto card = m_states.load(cardId, &error);
    if (!error.isEmpty()) {
        *result = failure(Error::Database, u"cannot read card %1: %2"_s.arg(cardId).arg(error));
        return std::nullopt;
    }
    if (!card || !card->live) {
        *result = failure(Error::NotFound, u"card %1 does not exist or was retired or deleted"_s.arg(cardId));
        return std::nullopt;
    }
    return card;
}

std::optional<double> ReviewService::fuzzFor(const StoredCard &card) const
{
    return m_settings.fuzz ? std::optional<double>(fuzzFactor(card.cardId, card.rowOrNew().reps)) : std::nullopt;
}

std::optional<ReviewService::Preview> ReviewService::preview(qint64 cardId, qint64 nowMs) const
{
    Result result;
    const auto card = loadLive(cardId, &result);
    if (!card) {
        return std::nullopt;
    }
    Preview preview;
    preview.shown = card->fsrsCard();
    const auto outcomes = Fsrs::previewAll(preview.shown, nowMs, m_settings.fsrs, fuzzFor(*card));
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        preview.buttons[i] = {static_cast<Fsrs::Rating>(i + 1), outcomes[i], Fsrs::formatInterval(outcomes[i].intervalMs)};
    }
    return preview;
}

ReviewService::AnswerResult ReviewService::answer(qint64 cardId, Fsrs::Rating rating, qint64 nowMs, qint64 answerDurationMs, const Fsrs::FsrsCard &shownState)
{
    const int grade = static_cast<int>(rating);
    if (grade < 1 || grade > 4) {
        return failure<AnswerResult>(Error::InvalidArgument, u"rating %1 is not 1 to 4"_s.arg(grade));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return failure<AnswerResult>(Error::Database, transaction.errorText());
    }
    AnswerResult result;
    const auto card = loadLive(cardId, &result);
    if (!card) {
        return result;
    }
    const CardStateRow before = card->rowOrNew();
    const bool buried = before.buriedUntilMs && *before.buriedUntilMs > nowMs;
    if (!sameSchedule(card->fsrsCard(), shownState) || before.suspended || buried) {
        return failure<AnswerResult>(Error::Stale, u"card %1 changed since it was shown; the answer was not recorded"_s.arg(cardId));
    }

    const Fsrs::ReviewOutcome outcome = Fsrs::review(card->fsrsCard(), rating, nowMs, m_settings.fsrs, fuzzFor(*card));
    const CardStateRow after = rowAfter(before, rating, outcome);
    QString error;
    if (!m_states.save(cardId, after, &error)) {
        return failure<AnswerResult>(Error::Database, u"cannot save card %1: %2"_s.arg(cardId).arg(error));
    }
    const qint64 logId = m_log.insert(logEntryFor(*card, rating, nowMs, answerDurationMs, outcome), &error);
    if (logId == 0) {
        return failure<AnswerResult>(Error::Database, u"cannot log the answer to card %1: %2"_s.arg(cardId).arg(error));
    }
    if (!transaction.commit()) {
        return failure<AnswerResult>(Error::Database, transaction.errorText());
    }
    m_undo.append({UndoKind::Answer, cardId, card->row, after, logId});
    result.changes = StoreChange::Cards | StoreChange::Reviews;
    result.outcome = outcome;
    result.logId = logId;
    return result;
}

ReviewService::Result ReviewService::mark(qint64 cardId, UndoKind kind, const std::function<void(CardStateRow &)> &change)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return failure(Error::Database, transaction.errorText());
    }
    Result result;
    const auto card = loadLive(cardId, &result);
    if (!card) {
        return result;
    }
    CardStateRow after = card->rowOrNew();
    change(after);
    if (after == card->rowOrNew()) {
        return result; // already so: nothing written, nothing to undo
    }
    QString error;
    if (!m_states.save(cardId, after, &error) || !transaction.commit()) {
        return failure(Error::Database, u"cannot save card %1: %2"_s.arg(cardId).arg(error.isEmpty() ? transaction.errorText() : error));
    }
    m_undo.append({kind, cardId, card->row, after, 0});
    result.changes = StoreChange::Cards;
    return result;
}

ReviewService::Result ReviewService::setSuspended(qint64 cardId, bool suspended)
{
    return mark(cardId, suspended ? UndoKind::Suspend : UndoKind::Unsuspend, [suspended](CardStateRow &row) {
        row.suspended = suspended;
    });
}

ReviewService::Result ReviewService::buryUntilTomorrow(qint64 cardId, qint64 nowMs)
{
    const qint64 until = m_settings.dayAt(nowMs).endMs;
    return mark(cardId, UndoKind::Bury, [until](CardStateRow &row) {
        row.buriedUntilMs = until;
    });
}

ReviewService::Result ReviewService::setFlag(qint64 cardId, int flag)
{
    if (flag < 0 || flag > 7) {
        return failure(Error::InvalidArgument, u"flag %1 is not 0 to 7"_s.arg(flag));
    }
    return mark(cardId, UndoKind::Flag, [flag](CardStateRow &row) {
        row.flag = flag;
    });
}

ReviewService::UndoResult ReviewService::undo()
{
    if (m_undo.isEmpty()) {
        UndoResult result;
        result.error = Error::NothingToUndo;
        result.message = u"nothing to undo"_s;
        return result;
    }
    const UndoStep step = m_undo.takeLast();
    auto fail = [&](Error error, const QString &message) {
        if (error == Error::Database) {
            m_undo.append(step); // a database hiccup: the step can be tried again
        }
        UndoResult result = failure<UndoResult>(error, message);
        result.kind = step.kind;
        result.cardId = step.cardId;
        return result;
    };
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(Error::Database, transaction.errorText());
    }
    QString error;
    const auto card = m_states.load(step.cardId, &error);
    if (!error.isEmpty()) {
        return fail(Error::Database, u"cannot read card %1: %2"_s.arg(step.cardId).arg(error));
    }
    if (!card) {
        return fail(Error::NotFound, u"card %1 no longer exists; its step was dropped from the undo stack"_s.arg(step.cardId));
    }
    if (card->row != step.after) {
        return fail(Error::Stale, u"card %1 changed since; its step was dropped from the undo stack"_s.arg(step.cardId));
    }
    const bool restored = step.before ? m_states.save(step.cardId, *step.before, &error) : m_states.remove(step.cardId, &error);
    if (!restored || (step.logId != 0 && !m_log.remove(step.logId, step.cardId, &error))) {
        return fail(Error::Database, u"cannot undo on card %1: %2"_s.arg(step.cardId).arg(error));
    }
    if (!transaction.commit()) {
        return fail(Error::Database, transaction.errorText());
    }
    UndoResult result;
    result.kind = step.kind;
    result.cardId = step.cardId;
    result.changes = step.logId != 0 ? StoreChange::Cards | StoreChange::Reviews : StoreChanges(StoreChange::Cards);
    return result;
}

std::optional<ReviewService::UndoKind> ReviewService::nextUndo() const
{
    return m_undo.isEmpty() ? std::nullopt : std::optional<UndoKind>(m_undo.constLast().kind);
}

qsizetype ReviewService::undoDepth() const
{
    return m_undo.size();
}

double ReviewService::fuzzFactor(qint64 cardId, int reps)
{
    // SplitMix64's finaliser over (id, reps): well spread, and the same on every platform and run.
    quint64 x = static_cast<quint64>(cardId) * 0x9E3779B97F4A7C15ULL + static_cast<quint64>(reps);
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return static_cast<double>(x >> 11) * 0x1.0p-53;
}
