// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/cardinfo.h"
#include "cards/cram.h"
#include "cards/reviewqueue.h"
#include "cards/reviewservice.h"
#include "cards/sessionsummary.h"
#include "studyfixture.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Fsrs::CardState;
using Fsrs::Rating;
using TestSupport::StudyFixture;
using Error = ReviewService::Error;

namespace
{
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Noon = StudyFixture::NoonMs;

/// Everything the review engine writes: equal snapshots mean byte-identical tables.
struct Snapshot {
    QList<QVariantList> cardState;
    QList<QVariantList> reviewLog;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshot(const StudyFixture &f)
{
    return {f.dump(u"card_state"_s), f.dump(u"review_log"_s)};
}

int logRows(const StudyFixture &f)
{
    return f.scalar(u"SELECT count(*) FROM review_log"_s).toInt();
}

/// Shows a card and answers it, as the review screen does.
ReviewService::AnswerResult answer(ReviewService &service, qint64 cardId, Rating rating, qint64 nowMs, qint64 durationMs = 4000)
{
    const auto preview = service.preview(cardId, nowMs);
    if (!preview) {
        ReviewService::AnswerResult missing;
        missing.error = Error::NotFound;
        return missing;
    }
    return service.answer(cardId, rating, nowMs, durationMs, preview->shown);
}

bool inQueue(const StudyFixture &f, qint64 deckId, qint64 cardId, qint64 nowMs)
{
    ReviewQueue queue(f.db(), {deckId}, StudyFixture::settings());
    if (!queue.reload(nowMs)) {
        return false;
    }
    ReviewService service(f.db(), StudyFixture::settings());
    // Walk the queue without writing: bury in a throw-away service, then undo everything.
    bool found = false;
    int steps = 0; // a bound, so that a queue that never empties fails instead of hanging
    for (auto entry = queue.next(nowMs); entry && !found && ++steps < 100; entry = queue.next(nowMs)) {
        found = entry->cardId == cardId;
        if (!service.buryUntilTomorrow(entry->cardId, nowMs).ok() || !queue.reload(nowMs)) {
            break;
        }
    }
    while (service.undoDepth() > 0) {
        service.undo();
    }
    return found;
}
}

class TestReviewService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewGivesTheFourOutcomesWithLabels()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 card = f.addCard(f.addDeck(u"d"_s), Noon - Fsrs::MsPerDay);
        ReviewService service(f.db(), StudyFixture::settings());
        const auto preview = service.preview(card, Noon);
        QVERIFY(preview);
        QCOMPARE(preview->shown.state, CardState::New);
        QCOMPARE(preview->shown.dueMs, Noon - Fsrs::MsPerDay);
        QStringList labels;
        for (const auto &button : preview->buttons) {
            labels << button.label;
        }
        // Spec §6 for a new card: 1 min, 5.5 min, 10 min, and Easy graduates at 8 days.
        QCOMPARE(labels, (QStringList {u"1m"_s, u"6m"_s, u"10m"_s, u"8d"_s}));
        const auto expected = Fsrs::previewAll(preview->shown, Noon, Fsrs::FsrsParameters::defaults());
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(preview->buttons[i].rating, Rating(i + 1));
            QCOMPARE(preview->buttons[i].outcome.intervalMs, expected[i].intervalMs);
            QCOMPARE(preview->buttons[i].outcome.card.stability, expected[i].card.stability);
        }
        QVERIFY(!service.preview(card + 1000, Noon));
    }

    void answerWritesTheFsrsTransitionAndExactlyOneLogRow()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        const CardStateRow start = StudyFixture::reviewRow(Noon - Hour, 10.0);
        const qint64 card = f.addCard(deck, start);
        ReviewService service(f.db(), StudyFixture::settings());

        const auto preview = service.preview(card, Noon);
        QVERIFY(preview);
        const auto result = service.answer(card, Rating::Good, Noon, 90'000, preview->shown);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.changes, StoreChange::Cards | StoreChange::Reviews);
        QCOMPARE(logRows(f), 1);

        const auto expected = Fsrs::review(preview->shown, Rating::Good, Noon, Fsrs::FsrsParameters::defaults());
        QString error;
        const auto stored = CardStateRepository(f.db()).load(card, &error);
        QVERIFY(stored && stored->row);
        QCOMPARE(stored->row->state, CardState::Review);
        QCOMPARE(stored->row->stability, expected.card.stability);
        QCOMPARE(stored->row->difficulty, expected.card.difficulty);
        QCOMPARE(stored->row->dueMs, std::optional<qint64>(expected.card.dueMs));
        QCOMPARE(stored->row->lastReviewMs, std::optional<qint64>(Noon));
        QCOMPARE(stored->row->step, std::optional<int>());
        QCOMPARE(stored->row->reps, start.reps + 1);
        QCOMPARE(stored->row->lapses, 0);

        const auto history = ReviewLogRepository(f.db()).history(card, &error);
        QVERIFY(history && history->size() == 1);
        const ReviewLogEntry &entry = history->constFirst();
        QCOMPARE(entry.id, result.logId);
        QCOMPARE(entry.reviewedAtMs, Noon);
        QCOMPARE(entry.rating, 3);
        QCOMPARE(entry.kind, ReviewKind::Review);
        QCOMPARE(entry.stateBefore, CardState::Review);
        QCOMPARE(entry.stateAfter, CardState::Review);
        QCOMPARE(entry.stability, expected.card.stability);
        QCOMPARE(entry.difficulty, expected.card.difficulty);
        QCOMPARE(entry.intervalSeconds, expected.intervalMs / 1000);
        QCOMPARE(entry.lastIntervalSeconds, qint64(10 * 86'400));
        QCOMPARE(entry.elapsedDays, std::optional<qint64>(10));
        QCOMPARE(entry.durationMs, ReviewLogRepository::MaxDurationMs); // 90 s capped at a minute

        // Again on a Review card is a lapse and starts relearning; answers there are logged as relearn, and
        // Again while relearning is no second lapse.
        QVERIFY(answer(service, card, Rating::Again, expected.card.dueMs).ok());
        QVERIFY(answer(service, card, Rating::Again, expected.card.dueMs + 10 * Minute).ok());
        QVERIFY(answer(service, card, Rating::Good, expected.card.dueMs + 20 * Minute).ok());
        const auto after = CardStateRepository(f.db()).load(card, &error);
        QCOMPARE(after->row->lapses, 1);
        QCOMPARE(after->row->reps, start.reps + 4);
        QCOMPARE(after->row->state, CardState::Review);
        const auto kinds = ReviewLogRepository(f.db()).history(card, &error);
        QCOMPARE(kinds->size(), 4);
        QCOMPARE(kinds->at(1).kind, ReviewKind::Review);
        QCOMPARE(kinds->at(1).stateAfter, CardState::Relearning);
        QCOMPARE(kinds->at(2).kind, ReviewKind::Relearn);
        QCOMPARE(kinds->at(2).stateAfter, CardState::Relearning);
        QCOMPARE(kinds->at(3).kind, ReviewKind::Relearn);
        QCOMPARE(kinds->at(3).lastIntervalSeconds, qint64(600));
    }

    void firstAnswerOfANewCardIsLearn()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 card = f.addCard(f.addDeck(u"d"_s));
        ReviewService service(f.db(), StudyFixture::settings());
        const auto result = answer(service, card, Rating::Good, Noon, -5);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.outcome.card.state, CardState::Learning);
        QCOMPARE(result.outcome.card.step, std::optional<int>(1));
        QString error;
        const ReviewLogEntry entry = ReviewLogRepository(f.db()).history(card, &error)->constFirst();
        QCOMPARE(entry.kind, ReviewKind::Learn);
        QCOMPARE(entry.stateBefore, CardState::New);
        QCOMPARE(entry.lastIntervalSeconds, qint64(0));
        QCOMPARE(entry.elapsedDays, std::optional<qint64>());
        QCOMPARE(entry.intervalSeconds, qint64(600));
        QCOMPARE(entry.durationMs, qint64(0));

        // Forgetting a card still in learning is not a lapse.
        QVERIFY(answer(service, card, Rating::Again, Noon + 10 * Minute).ok());
        const auto stored = CardStateRepository(f.db()).load(card, &error);
        QCOMPARE(stored->row->reps, 2);
        QCOMPARE(stored->row->lapses, 0);
    }

    void fuzzedAnswerSchedulesWhatThePreviewShowed()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        StudySettings settings = StudyFixture::settings();
        settings.fuzz = true;
        ReviewService service(f.db(), settings);
        int fuzzed = 0;
        for (int i = 0; i < 20; ++i) {
            const qint64 card = f.addCard(deck, StudyFixture::reviewRow(Noon, 30.0));
            const auto preview = service.preview(card, Noon);
            QVERIFY(preview);
            const auto unfuzzed = Fsrs::review(preview->shown, Rating::Good, Noon, settings.fsrs);
            const auto expected = Fsrs::review(preview->shown, Rating::Good, Noon, settings.fsrs, ReviewService::fuzzFactor(card, 3));
            QCOMPARE(preview->buttons[2].outcome.intervalMs, expected.intervalMs);
            const auto result = service.answer(card, Rating::Good, Noon, 1000, preview->shown);
            QVERIFY(result.ok());
            QCOMPARE(result.outcome.intervalMs, expected.intervalMs);
            fuzzed += expected.intervalMs != unfuzzed.intervalMs ? 1 : 0;
        }
        QVERIFY2(fuzzed > 5, "fuzz must actually spread intervals");
        QCOMPARE(ReviewService::fuzzFactor(42, 7), ReviewService::fuzzFactor(42, 7));
        QVERIFY(ReviewService::fuzzFactor(42, 7) != ReviewService::fuzzFactor(42, 8));
    }

    void staleAnswerIsRefused()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 card = f.addCard(f.addDeck(u"d"_s), StudyFixture::reviewRow(Noon - Hour));
        ReviewService service(f.db(), StudyFixture::settings());
        const auto preview = service.preview(card, Noon);
        QVERIFY(service.answer(card, Rating::Good, Noon, 1000, preview->shown).ok());
        const Snapshot answered = snapshot(f);

        // The same answer again (a double click, a second window) must not apply twice.
        const auto again = service.answer(card, Rating::Good, Noon + 1000, 1000, preview->shown);
        QCOMPARE(again.error, Error::Stale);
        QCOMPARE(again.changes, StoreChanges());
        QCOMPARE(snapshot(f), answered);
        QCOMPARE(service.undoDepth(), 1);

        // A card suspended or buried since it was shown is stale too, though its schedule is the same.
        const auto fresh = service.preview(card, Noon + Minute);
        QVERIFY(service.setSuspended(card, true).ok());
        QCOMPARE(service.answer(card, Rating::Good, Noon + Minute, 1000, fresh->shown).error, Error::Stale);
        QVERIFY(service.setSuspended(card, false).ok());
        QVERIFY(service.buryUntilTomorrow(card, Noon + Minute).ok());
        QCOMPARE(service.answer(card, Rating::Good, Noon + Minute, 1000, fresh->shown).error, Error::Stale);
        QCOMPARE(logRows(f), 1);

        QCOMPARE(service.answer(card + 99, Rating::Good, Noon, 1000, fresh->shown).error, Error::NotFound);
        QCOMPARE(service.answer(card, Rating(7), Noon, 1000, fresh->shown).error, Error::InvalidArgument);
    }

    void failedWriteLeavesNothing()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        const qint64 reviewed = f.addCard(deck, StudyFixture::reviewRow(Noon - Hour));
        const qint64 untouched = f.addCard(deck);
        ReviewService service(f.db(), StudyFixture::settings());
        const auto reviewedPreview = service.preview(reviewed, Noon);
        const auto untouchedPreview = service.preview(untouched, Noon);
        // card_state is written first, then the log row fails: both must be rolled back.
        QVERIFY(f.exec(u"CREATE TRIGGER fail_log BEFORE INSERT ON review_log BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        const Snapshot before = snapshot(f);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot log the answer to card \\d+: disk full"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot log the answer to card \\d+: disk full"_s));
        const auto result = service.answer(reviewed, Rating::Good, Noon, 1000, reviewedPreview->shown);
        QCOMPARE(result.error, Error::Database);
        QVERIFY(result.message.contains(u"disk full"_s));
        QCOMPARE(result.changes, StoreChanges());
        QCOMPARE(service.answer(untouched, Rating::Easy, Noon, 1000, untouchedPreview->shown).error, Error::Database);
        QCOMPARE(snapshot(f), before);
        QCOMPARE(service.undoDepth(), 0);

        // Nothing half-done is left behind either: the same answers go through once the fault is gone.
        QVERIFY(f.exec(u"DROP TRIGGER fail_log"_s));
        QVERIFY(service.answer(reviewed, Rating::Good, Noon, 1000, reviewedPreview->shown).ok());
        QVERIFY(service.answer(untouched, Rating::Easy, Noon, 1000, untouchedPreview->shown).ok());
        QCOMPARE(logRows(f), 2);
    }

    void undoRestoresEveryStepExactly()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        const qint64 review = f.addCard(deck, StudyFixture::reviewRow(Noon - Hour, 7.3));
        const qint64 learning = f.addCard(deck, StudyFixture::learningRow(Noon - Minute, 1));
        const qint64 fresh = f.addCard(deck);
        f.addLog(review, Noon - 8 * Fsrs::MsPerDay, ReviewKind::Review, CardState::Review);
        ReviewService service(f.db(), StudyFixture::settings());

        QList<Snapshot> states {snapshot(f)};
        auto step = [&](const ReviewService::Result &result) {
            states.append(snapshot(f));
            return result.ok();
        };
        QVERIFY(step(answer(service, fresh, Rating::Hard, Noon)));
        QVERIFY(step(answer(service, review, Rating::Again, Noon + Minute)));
        QVERIFY(step(service.setFlag(review, 3)));
        QVERIFY(step(service.setSuspended(learning, true)));
        QVERIFY(step(answer(service, fresh, Rating::Good, Noon + 6 * Minute)));
        QVERIFY(step(service.buryUntilTomorrow(fresh, Noon + 7 * Minute)));
        QCOMPARE(service.undoDepth(), 6);
        QCOMPARE(logRows(f), 4);

        const QList<ReviewService::UndoKind> kinds {ReviewService::UndoKind::Bury,
                                                    ReviewService::UndoKind::Answer,
                                                    ReviewService::UndoKind::Suspend,
                                                    ReviewService::UndoKind::Flag,
                                                    ReviewService::UndoKind::Answer,
                                                    ReviewService::UndoKind::Answer};
        const QList<qint64> cards {fresh, fresh, learning, review, review, fresh};
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            QCOMPARE(service.nextUndo(), std::optional(kinds.at(i)));
            const auto undone = service.undo();
            QVERIFY2(undone.ok(), qPrintable(undone.message));
            QCOMPARE(undone.kind, kinds.at(i));
            QCOMPARE(undone.cardId, cards.at(i));
            QCOMPARE(undone.changes,
                     kinds.at(i) == ReviewService::UndoKind::Answer ? StoreChange::Cards | StoreChange::Reviews : StoreChanges(StoreChange::Cards));
            states.removeLast();
            QCOMPARE(snapshot(f), states.constLast());
        }
        // The untouched card has no card_state row again, not a row that merely looks New.
        QCOMPARE(f.scalar(u"SELECT count(*) FROM card_state WHERE card_id = %1"_s.arg(fresh)).toInt(), 0);
        QCOMPARE(service.undo().error, Error::NothingToUndo);
        QVERIFY(!service.nextUndo());
    }

    void undoRefusesACardChangedElsewhere()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        const qint64 first = f.addCard(deck, StudyFixture::reviewRow(Noon - Hour));
        const qint64 second = f.addCard(deck, StudyFixture::reviewRow(Noon - Hour));
        ReviewService service(f.db(), StudyFixture::settings());
        QVERIFY(answer(service, first, Rating::Good, Noon).ok());
        QVERIFY(answer(service, second, Rating::Good, Noon).ok());
        QVERIFY(f.exec(u"UPDATE card_state SET due = due + 1 WHERE card_id = %1"_s.arg(second)));
        const Snapshot changed = snapshot(f);

        const auto refused = service.undo();
        QCOMPARE(refused.error, Error::Stale);
        QCOMPARE(refused.cardId, second);
        QCOMPARE(snapshot(f), changed);
        // The stale step is dropped; the one below it still undoes.
        QCOMPARE(service.undoDepth(), 1);
        QVERIFY(service.undo().ok());
        QCOMPARE(logRows(f), 1);
    }

    void suspendBuryAndFlagHideAndShowCards()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        const qint64 review = f.addCard(deck, StudyFixture::reviewRow(Noon - Hour));
        const qint64 fresh = f.addCard(deck);
        ReviewService service(f.db(), StudyFixture::settings());
        QVERIFY(inQueue(f, deck, review, Noon) && inQueue(f, deck, fresh, Noon));

        const auto suspended = service.setSuspended(review, true);
        QVERIFY(suspended.ok());
        QCOMPARE(suspended.changes, StoreChanges(StoreChange::Cards));
        QVERIFY(!inQueue(f, deck, review, Noon));
        QVERIFY(!inQueue(f, deck, review, Noon + 30 * Fsrs::MsPerDay));
        // Suspending again changes nothing and leaves nothing to undo.
        QCOMPARE(service.setSuspended(review, true).changes, StoreChanges());
        QCOMPARE(service.undoDepth(), 1);
        QVERIFY(service.setSuspended(review, false).ok());
        QVERIFY(inQueue(f, deck, review, Noon));
        QVERIFY(service.undo().ok());
        QVERIFY(!inQueue(f, deck, review, Noon));
        QVERIFY(service.undo().ok());
        QVERIFY(inQueue(f, deck, review, Noon));

        // Buried until the next study day starts at 04:00, whatever its due.
        QVERIFY(service.buryUntilTomorrow(fresh, Noon).ok());
        QVERIFY(!inQueue(f, deck, fresh, Noon));
        QVERIFY(!inQueue(f, deck, fresh, Noon + 15 * Hour + 59 * Minute));
        QVERIFY(inQueue(f, deck, fresh, Noon + 16 * Hour));
        QVERIFY(service.undo().ok());
        QVERIFY(inQueue(f, deck, fresh, Noon));

        // A flag marks the card without hiding it.
        for (int flag : {1, 4, 0}) {
            QVERIFY(service.setFlag(review, flag).ok());
            QString error;
            QCOMPARE(CardStateRepository(f.db()).load(review, &error)->row->flag, flag);
            QVERIFY(inQueue(f, deck, review, Noon));
        }
        QCOMPARE(service.setFlag(review, 8).error, Error::InvalidArgument);
        QCOMPARE(service.setFlag(review + 99, 1).error, Error::NotFound);
    }

    void cramLeavesTheScheduleUntouched()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        const qint64 other = f.addDeck(u"other"_s);
        // Retrievability falls with time since the last review and rises with stability.
        const qint64 fresh = f.addCard(deck);
        const qint64 solid = f.addCard(deck, StudyFixture::reviewRow(Noon + 20 * Fsrs::MsPerDay, 30.0));
        const qint64 shaky = f.addCard(deck, StudyFixture::reviewRow(Noon - 2 * Fsrs::MsPerDay, 3.0));
        const qint64 middling = f.addCard(deck, StudyFixture::reviewRow(Noon + 2 * Fsrs::MsPerDay, 8.0));
        CardStateRow suspendedRow = StudyFixture::reviewRow(Noon - 9 * Fsrs::MsPerDay, 2.0);
        suspendedRow.suspended = true;
        f.addCard(deck, suspendedRow);
        f.addCard(other, StudyFixture::reviewRow(Noon - 9 * Fsrs::MsPerDay, 2.0));
        const Snapshot before = snapshot(f);
        const Fsrs::FsrsParameters params;

        QString error;
        const auto byRetrievability = Cram::draw(f.db(), {deck}, Cram::Order::LowestRetrievability, 10, Noon, params, 0, &error);
        QVERIFY2(byRetrievability, qPrintable(error));
        QCOMPARE(*byRetrievability, (QList<qint64> {shaky, middling, solid, fresh}));
        QCOMPARE(*Cram::draw(f.db(), {deck}, Cram::Order::LowestRetrievability, 2, Noon, params, 0, &error), (QList<qint64> {shaky, middling}));

        const auto shuffled = Cram::draw(f.db(), {deck, other}, Cram::Order::Random, 10, Noon, params, 7, &error);
        QCOMPARE(shuffled->size(), 5);
        QCOMPARE(*Cram::draw(f.db(), {deck, other}, Cram::Order::Random, 10, Noon, params, 7, &error), *shuffled);
        QList<qint64> sorted = *shuffled;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY(sorted.contains(fresh) && sorted.contains(shaky));

        QCOMPARE(snapshot(f), before);
    }

    void cardInfoShowsStateAndHistory()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        const qint64 card = f.addCard(deck, Noon - Fsrs::MsPerDay);
        const StudySettings settings = StudyFixture::settings();
        ReviewService service(f.db(), settings);
        QString error;
        const auto untouched = CardInfo::load(f.db(), card, Noon, settings.fsrs, &error);
        QVERIFY2(untouched, qPrintable(error));
        QCOMPARE(untouched->state, CardState::New);
        QVERIFY(!untouched->retrievability && !untouched->dueMs && untouched->history.isEmpty());

        QVERIFY(answer(service, card, Rating::Again, Noon, 3000).ok());
        QVERIFY(answer(service, card, Rating::Easy, Noon + Minute, 8000).ok());
        QVERIFY(service.setFlag(card, 2).ok());
        const qint64 later = Noon + 5 * Fsrs::MsPerDay;
        const auto info = CardInfo::load(f.db(), card, later, settings.fsrs, &error);
        QVERIFY(info);
        QCOMPARE(info->deckId, deck);
        QCOMPARE(info->state, CardState::Review);
        QCOMPARE(info->reps, 2);
        QCOMPARE(info->flag, 2);
        QCOMPARE(info->history.size(), 2);
        QCOMPARE(info->history.at(0).rating, 1);
        QCOMPARE(info->history.at(0).durationMs, qint64(3000));
        QCOMPARE(info->history.at(1).rating, 4);
        QCOMPARE(info->history.at(1).reviewedAtMs, Noon + Minute);
        QCOMPARE(info->stability, info->history.at(1).stability);
        Fsrs::FsrsCard memory;
        memory.stability = info->stability;
        memory.lastReviewMs = Noon + Minute;
        QCOMPARE(info->retrievability, std::optional<double>(Fsrs::retrievability(memory, later, settings.fsrs)));
        QVERIFY(*info->retrievability < 1.0);

        // Retired cards keep their info and history.
        QVERIFY(f.exec(u"UPDATE cards SET retired = 1"_s));
        const auto retired = CardInfo::load(f.db(), card, later, settings.fsrs, &error);
        QVERIFY(retired && !retired->live);
        QCOMPARE(retired->history.size(), 2);
        QVERIFY(!CardInfo::load(f.db(), card + 50, later, settings.fsrs, &error));
        QVERIFY(error.isEmpty());
    }

    void sessionSummaryCountsTheSessionsAnswers()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        const qint64 other = f.addDeck(u"other"_s);
        const qint64 a = f.addCard(deck, StudyFixture::reviewRow(Noon - Hour));
        const qint64 b = f.addCard(deck);
        const qint64 elsewhere = f.addCard(other, StudyFixture::reviewRow(Noon - Hour));
        const qint64 upcoming = f.addCard(deck, StudyFixture::reviewRow(Noon + 3 * Hour));
        Q_UNUSED(upcoming)
        f.addLog(a, Noon - 2 * Hour, ReviewKind::Review, CardState::Review, 1); // before the session
        ReviewService service(f.db(), StudyFixture::settings());

        const qint64 start = Noon;
        QVERIFY(answer(service, a, Rating::Again, Noon, 5000).ok()); // relearning, due at 12:10
        QVERIFY(answer(service, b, Rating::Good, Noon + Minute, 7000).ok()); // learning step 1, due at 12:11
        QVERIFY(answer(service, elsewhere, Rating::Again, Noon + Minute, 9000).ok());
        QVERIFY(answer(service, b, Rating::Again, Noon + 2 * Minute, 90'000).ok()); // back to step 0, due at 12:03
        const qint64 end = Noon + 2 * Minute + 30'000;
        QString error;
        const auto summary = SessionSummary::load(f.db(), {deck}, start, end, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->answers, 3);
        QCOMPARE(summary->cards, 2);
        QCOMPARE(summary->timeMs, qint64(5000 + 7000 + 60'000));
        QCOMPARE(summary->again, 2);
        QCOMPARE(summary->againRate(), 2.0 / 3.0);
        QCOMPARE(summary->nextDueMs, std::optional<qint64>(Noon + 3 * Minute));

        QVERIFY(service.undo().ok());
        const auto afterUndo = SessionSummary::load(f.db(), {deck}, start, end, &error);
        QCOMPARE(afterUndo->answers, 2);
        QCOMPARE(afterUndo->timeMs, qint64(12'000));
        QCOMPARE(afterUndo->nextDueMs, std::optional<qint64>(Noon + 10 * Minute));

        const auto nothing = SessionSummary::load(f.db(), {deck}, Noon + Hour, Noon + 2 * Hour, &error);
        QCOMPARE(nothing->answers, 0);
        QCOMPARE(nothing->againRate(), 0.0);
        QCOMPARE(nothing->nextDueMs, std::optional<qint64>(Noon + 3 * Hour));
    }

    void settingsAreReadFromTheSettingsTable()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const StudySettings defaults = StudySettings::load(f.db());
        QCOMPARE(defaults.newPerDay, 20);
        QCOMPARE(defaults.reviewsPerDay, 200);
        QCOMPARE(defaults.dayStartsHour, 4);
        QCOMPARE(defaults.fsrs.learningStepsSeconds, (std::vector<double> {60, 600}));
        QCOMPARE(defaults.learnAheadMs, 20 * Minute);

        QVERIFY(f.setSetting(StudySettings::NewPerDayKey, u"7"_s));
        QVERIFY(f.setSetting(StudySettings::ReviewsPerDayKey, u"-3"_s));
        QVERIFY(f.setSetting(StudySettings::DesiredRetentionKey, u"0.85"_s));
        QVERIFY(f.setSetting(StudySettings::LearningStepsKey, u"30s 5 1h"_s));
        QVERIFY(f.setSetting(StudySettings::RelearningStepsKey, u""_s));
        QVERIFY(f.setSetting(StudySettings::DayStartsHourKey, u"24"_s));
        const QRegularExpression outOfRange(u"ignoring setting \"study/(reviews_per_day|day_starts_hour)\""_s);
        QTest::ignoreMessage(QtWarningMsg, outOfRange);
        QTest::ignoreMessage(QtWarningMsg, outOfRange);
        const StudySettings stored = StudySettings::load(f.db());
        QCOMPARE(stored.newPerDay, 7);
        QCOMPARE(stored.reviewsPerDay, 200); // out of range: the default stays
        QCOMPARE(stored.dayStartsHour, 4);
        QCOMPARE(stored.fsrs.desiredRetention, 0.85);
        QCOMPARE(stored.fsrs.learningStepsSeconds, (std::vector<double> {30, 300, 3600}));
        QVERIFY(stored.fsrs.relearningStepsSeconds.empty());

        // One bad value rejects the scheduler settings as a whole rather than half of them.
        QVERIFY(f.setSetting(StudySettings::DesiredRetentionKey, u"1.5"_s));
        QTest::ignoreMessage(QtWarningMsg, outOfRange);
        QTest::ignoreMessage(QtWarningMsg, outOfRange);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"desired retention = 1.5 is out of range"_s));
        const StudySettings rejected = StudySettings::load(f.db());
        QCOMPARE(rejected.fsrs.desiredRetention, 0.9);
        QCOMPARE(rejected.fsrs.learningStepsSeconds, (std::vector<double> {60, 600}));
        QVERIFY(!StudySettings::parseSteps(u"1m ten"_s));
        QVERIFY(!StudySettings::parseSteps(u"0m"_s));
        QCOMPARE(*StudySettings::parseSteps(u" 1d  2.5m "_s), (std::vector<double> {86400, 150}));
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
