// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/reviewqueue.h"
#include "cards/reviewservice.h"
#include "generatedcollection.h"
#include "studyfixture.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using TestSupport::StudyFixture;
using Kind = ReviewQueue::Kind;

/// Lets QCOMPARE print counts that differ.
char *toString(const ReviewQueue::Counts &counts)
{
    return qstrdup(QByteArray("new " + QByteArray::number(counts.newCards) + ", learning " + QByteArray::number(counts.learning) + ", review "
                              + QByteArray::number(counts.review)));
}

namespace
{
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Noon = StudyFixture::NoonMs;

qint64 utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

/// Studies the queue at `nowMs` the way the review screen does, answering Easy so that every card leaves
/// today's queue, and returns the cards in the order they were shown.
QList<qint64> drain(ReviewQueue &queue, ReviewService &service, qint64 nowMs, int atMost = 1000)
{
    QList<qint64> shown;
    if (!queue.reload(nowMs)) {
        return shown;
    }
    while (shown.size() < atMost) {
        const auto entry = queue.next(nowMs);
        if (!entry) {
            break;
        }
        shown.append(entry->cardId);
        const auto preview = service.preview(entry->cardId, nowMs);
        if (!preview || !service.answer(entry->cardId, Fsrs::Rating::Easy, nowMs, 5000, preview->shown).ok() || !queue.reload(nowMs)) {
            break;
        }
    }
    return shown;
}

ReviewQueue::Counts countsOf(const QList<ReviewQueue::DeckCounts> &all, qint64 deckId)
{
    for (const auto &deck : all) {
        if (deck.deckId == deckId) {
            return deck.counts;
        }
    }
    return {-1, -1, -1};
}
}

class TestReviewQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newCardsFollowGlobalAndDeckLimits()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        QVERIFY(f.setSetting(StudySettings::NewPerDayKey, u"5"_s));
        const qint64 a = f.addDeck(u"a"_s);
        const qint64 b = f.addDeck(u"b"_s, 3);
        const qint64 untouched = f.addDeck(u"untouched"_s);
        QList<qint64> aCards;
        QList<qint64> bCards;
        for (int i = 0; i < 30; ++i) {
            aCards << f.addCard(a);
        }
        for (int i = 0; i < 10; ++i) {
            bCards << f.addCard(b);
        }
        StudySettings settings = StudySettings::load(f.db());
        settings.timeZone = QTimeZone::utc();
        settings.fuzz = false;
        QCOMPARE(settings.newPerDay, 5);

        QString error;
        const auto before = ReviewQueue::deckCounts(f.db(), settings, Noon, &error);
        QVERIFY2(before, qPrintable(error));
        QCOMPARE(before->size(), 3);
        QCOMPARE(countsOf(*before, a), (ReviewQueue::Counts {5, 0, 0}));
        QCOMPARE(countsOf(*before, b), (ReviewQueue::Counts {3, 0, 0}));
        QCOMPARE(countsOf(*before, untouched), (ReviewQueue::Counts {0, 0, 0}));

        // New cards come in deck-file order, each deck up to its own limit.
        ReviewQueue queue(f.db(), {a, b}, settings);
        ReviewService service(f.db(), settings);
        QVERIFY(queue.reload(Noon));
        QCOMPARE(queue.counts(Noon), (ReviewQueue::Counts {8, 0, 0}));
        QCOMPARE(drain(queue, service, Noon), aCards.mid(0, 5) + bCards.mid(0, 3));
        QCOMPARE(queue.counts(Noon), (ReviewQueue::Counts {0, 0, 0}));

        // The limit is per study day: the next day brings the next cards.
        const qint64 tomorrow = Noon + Fsrs::MsPerDay;
        const auto nextDay = ReviewQueue::deckCounts(f.db(), settings, tomorrow, &error);
        QCOMPARE(countsOf(*nextDay, a).newCards, 5);
        QVERIFY(queue.reload(tomorrow));
        QCOMPARE(queue.next(tomorrow)->cardId, aCards.at(5));
    }

    void reviewLimitCountsWhatWasStudiedToday()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s, std::nullopt, 6);
        QList<qint64> due;
        for (int i = 0; i < 10; ++i) {
            // Due yesterday and earlier, latest first: the queue must sort them.
            due << f.addCard(deck, StudyFixture::reviewRow(Noon - (i + 1) * Hour * 7));
        }
        const qint64 later = f.addCard(deck, StudyFixture::reviewRow(Noon + 3 * Fsrs::MsPerDay));
        // Two reviews today count; one before today's 4 am start, a relearning answer and a cram row do not.
        f.addLog(later, utc(3, 10, 4, 30), ReviewKind::Review, Fsrs::CardState::Review);
        f.addLog(later, utc(3, 10, 11), ReviewKind::Review, Fsrs::CardState::Review);
        f.addLog(later, utc(3, 10, 3, 30), ReviewKind::Review, Fsrs::CardState::Review);
        f.addLog(later, utc(3, 10, 9), ReviewKind::Relearn, Fsrs::CardState::Relearning);
        f.addLog(later, utc(3, 10, 10), ReviewKind::Cram, Fsrs::CardState::Review);
        // A new card answered today uses one of the 20 new cards of the day.
        const qint64 started = f.addCard(deck, StudyFixture::learningRow(Noon + 2 * Fsrs::MsPerDay));
        f.addLog(started, utc(3, 10, 8), ReviewKind::Learn, Fsrs::CardState::New);
        f.addLog(started, utc(3, 10, 8, 1), ReviewKind::Learn, Fsrs::CardState::Learning);
        for (int i = 0; i < 25; ++i) {
            f.addCard(deck);
        }

        const StudySettings settings = StudyFixture::settings();
        QString error;
        const auto counts = ReviewQueue::deckCounts(f.db(), settings, Noon, &error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(countsOf(*counts, deck), (ReviewQueue::Counts {19, 0, 4}));

        ReviewQueue queue(f.db(), {deck}, settings);
        QVERIFY(queue.reload(Noon));
        QCOMPARE(queue.counts(Noon), (ReviewQueue::Counts {19, 0, 4}));
        // The four most overdue reviews, earliest due first, mixed with the new cards.
        ReviewService service(f.db(), settings);
        QList<qint64> reviews = drain(queue, service, Noon);
        reviews.removeIf([&](qint64 card) {
            return !due.contains(card);
        });
        QCOMPARE(reviews, (QList<qint64> {due.at(9), due.at(8), due.at(7), due.at(6)}));
        QCOMPARE(countsOf(*ReviewQueue::deckCounts(f.db(), settings, Noon, &error), deck), (ReviewQueue::Counts {0, 0, 0}));
    }

    void studyDayStartsAtTheConfiguredHour()
    {
        StudySettings settings = StudyFixture::settings();
        QCOMPARE(settings.dayAt(utc(3, 10, 3, 59)), (StudyDay {utc(3, 9, 4), utc(3, 10, 4)}));
        QCOMPARE(settings.dayAt(utc(3, 10, 4)), (StudyDay {utc(3, 10, 4), utc(3, 11, 4)}));
        QCOMPARE(settings.dayAt(utc(3, 10, 23, 59)), (StudyDay {utc(3, 10, 4), utc(3, 11, 4)}));

        // Local time: across the switch to summer time the study day is 23 hours long.
        const QTimeZone berlin("Europe/Berlin");
        if (berlin.isValid()) {
            settings.timeZone = berlin;
            const StudyDay day = settings.dayAt(utc(3, 29, 11));
            QCOMPARE(day.startMs, utc(3, 29, 3)); // 04:00 CET
            QCOMPARE(day.endMs, utc(3, 30, 2)); // 04:00 CEST
        }

        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        QVERIFY(f.setSetting(StudySettings::DayStartsHourKey, u"6"_s));
        QCOMPARE(StudySettings::load(f.db()).dayStartsHour, 6);
    }

    void countsRollOverAtTheDayStart()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s, std::nullopt, 3);
        for (int i = 0; i < 5; ++i) {
            f.addCard(deck, StudyFixture::reviewRow(utc(3, 9, 12)));
        }
        // Due before the study day ends (04:00 tomorrow) is due today; after it is not.
        const qint64 beforeRollover = f.addCard(deck, StudyFixture::reviewRow(utc(3, 11, 3)));
        const qint64 afterRollover = f.addCard(deck, StudyFixture::reviewRow(utc(3, 11, 5)));
        f.addLog(beforeRollover, utc(3, 10, 3, 30), ReviewKind::Review, Fsrs::CardState::Review);

        StudySettings settings = StudyFixture::settings();
        settings.reviewsPerDay = 100;
        QString error;
        // 03:50 still belongs to the 9th, where one review was done at 03:30.
        QCOMPARE(countsOf(*ReviewQueue::deckCounts(f.db(), settings, utc(3, 10, 3, 50), &error), deck).review, 2);
        // 04:10 starts a new day: the full limit again.
        QCOMPARE(countsOf(*ReviewQueue::deckCounts(f.db(), settings, utc(3, 10, 4, 10), &error), deck).review, 3);

        f.exec(u"UPDATE decks SET reviews_per_day = NULL"_s);
        ReviewQueue queue(f.db(), {deck}, settings);
        QVERIFY(queue.reload(Noon));
        QCOMPARE(queue.counts(Noon).review, 6);
        ReviewService service(f.db(), settings);
        const QList<qint64> shown = drain(queue, service, Noon);
        QVERIFY(shown.contains(beforeRollover));
        QVERIFY(!shown.contains(afterRollover));
        QVERIFY(queue.reload(utc(3, 11, 4)));
        QCOMPARE(queue.next(utc(3, 11, 5))->cardId, afterRollover);
    }

    void hiddenCardsNeverAppear()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        CardStateRow flaggedNew;
        flaggedNew.flag = 2;
        CardStateRow suspendedNew;
        suspendedNew.suspended = true;
        CardStateRow buriedNew;
        buriedNew.buriedUntilMs = Noon + Hour;
        CardStateRow unburiedNew;
        unburiedNew.buriedUntilMs = Noon - Hour;
        CardStateRow suspendedReview = StudyFixture::reviewRow(Noon - Hour);
        suspendedReview.suspended = true;
        CardStateRow buriedReview = StudyFixture::reviewRow(Noon - Hour);
        buriedReview.buriedUntilMs = utc(3, 11, 4);
        CardStateRow suspendedLearning = StudyFixture::learningRow(Noon - Minute);
        suspendedLearning.suspended = true;

        const QList<qint64> visible {
            f.addCard(deck),
            f.addCard(deck, flaggedNew),
            f.addCard(deck, unburiedNew),
            f.addCard(deck, StudyFixture::reviewRow(Noon - Hour)),
        };
        const qint64 retired = f.addCard(deck);
        const qint64 deleted = f.addCard(deck, StudyFixture::reviewRow(Noon - Hour));
        f.addCard(deck, suspendedNew);
        f.addCard(deck, buriedNew);
        f.addCard(deck, suspendedReview);
        f.addCard(deck, buriedReview);
        f.addCard(deck, suspendedLearning);
        QVERIFY(f.exec(u"UPDATE cards SET retired = 1 WHERE id = %1"_s.arg(retired)));
        QVERIFY(f.exec(u"UPDATE cards SET deleted_at = 1 WHERE id = %1"_s.arg(deleted)));

        const StudySettings settings = StudyFixture::settings();
        QString error;
        QCOMPARE(countsOf(*ReviewQueue::deckCounts(f.db(), settings, Noon, &error), deck), (ReviewQueue::Counts {3, 0, 1}));
        ReviewQueue queue(f.db(), {deck}, settings);
        ReviewService service(f.db(), settings);
        QList<qint64> shown = drain(queue, service, Noon);
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, visible);
    }

    void learningFirstThenReviewsWithNewCardsSpreadEvenly()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        const qint64 learnLater = f.addCard(deck, StudyFixture::learningRow(Noon + 2 * Hour));
        const qint64 learnSoon = f.addCard(deck, StudyFixture::learningRow(Noon + 5 * Minute));
        const qint64 learn1 = f.addCard(deck, StudyFixture::learningRow(Noon - 5 * Minute));
        const qint64 learn2 = f.addCard(deck, StudyFixture::learningRow(Noon - 10 * Minute, 1));
        QList<qint64> reviews;
        for (int i = 0; i < 6; ++i) {
            reviews.prepend(f.addCard(deck, StudyFixture::reviewRow(Noon - (i + 1) * Hour)));
        }
        const qint64 new1 = f.addCard(deck);
        const qint64 new2 = f.addCard(deck);

        const StudySettings settings = StudyFixture::settings();
        ReviewQueue queue(f.db(), {deck}, settings);
        QVERIFY(queue.reload(Noon));
        // Learning counts what is due within the learn-ahead limit, as in Anki.
        QCOMPARE(queue.counts(Noon), (ReviewQueue::Counts {2, 3, 6}));

        ReviewService service(f.db(), settings);
        const QList<qint64> expected {
            learn2, learn1, reviews.at(0), reviews.at(1), new1, reviews.at(2), reviews.at(3), new2, reviews.at(4), reviews.at(5), learnSoon};
        QCOMPARE(drain(queue, service, Noon), expected);
        // Nothing within the learn-ahead limit: wait for the last learning card.
        QVERIFY(!queue.next(Noon));
        QCOMPARE(queue.nextLearningDueMs(), Noon + 2 * Hour);
        QCOMPARE(queue.next(Noon + 2 * Hour)->cardId, learnLater);
    }

    void learningCardsComeBackWhenDue()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        const qint64 deck = f.addDeck(u"d"_s);
        const qint64 review = f.addCard(deck, StudyFixture::reviewRow(Noon - Hour));
        const qint64 fresh = f.addCard(deck);
        StudySettings settings = StudyFixture::settings();
        ReviewQueue queue(f.db(), {deck}, settings);
        ReviewService service(f.db(), settings);
        auto answer = [&](qint64 card, Fsrs::Rating rating, qint64 at) {
            const auto preview = service.preview(card, at);
            return preview && service.answer(card, rating, at, 1000, preview->shown).ok() && queue.reload(at);
        };

        QVERIFY(queue.reload(Noon));
        QCOMPARE(queue.next(Noon)->cardId, review);
        QVERIFY(answer(review, Fsrs::Rating::Again, Noon)); // relearning, due in 10 minutes
        QCOMPARE(queue.next(Noon)->cardId, fresh);
        QCOMPARE(queue.counts(Noon), (ReviewQueue::Counts {1, 1, 0}));
        // Once due it comes before the new card.
        QCOMPARE(queue.next(Noon + 10 * Minute)->cardId, review);
        QCOMPARE(queue.next(Noon + 10 * Minute)->kind, Kind::Learning);
        QVERIFY(answer(review, Fsrs::Rating::Good, Noon + 10 * Minute)); // back to Review, days away
        QVERIFY(answer(fresh, Fsrs::Rating::Again, Noon + 10 * Minute)); // learning, due in 1 minute
        // Nothing else is left: learning ahead instead of waiting a minute.
        QCOMPARE(queue.next(Noon + 10 * Minute)->cardId, fresh);

        settings.learnAheadMs = 0;
        ReviewQueue strict(f.db(), {deck}, settings);
        QVERIFY(strict.reload(Noon + 10 * Minute));
        QVERIFY(!strict.next(Noon + 10 * Minute));
        QCOMPARE(strict.nextLearningDueMs(), Noon + 11 * Minute);
        QCOMPARE(strict.next(Noon + 11 * Minute)->cardId, fresh);
    }

    void deckCountsMatchADirectCountOnAGeneratedCollection()
    {
        StudyFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.errorText()));
        TestSupport::GeneratedCollectionSpec spec;
        spec.decks = 5;
        spec.cards = 3000;
        spec.reviews = 30'000;
        QString error;
        QVERIFY2(TestSupport::generateCollection(f.db(), spec, &error), qPrintable(error));
        QCOMPARE(f.scalar(u"SELECT count(*) FROM review_log"_s).toLongLong(), spec.reviews);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM cards"_s).toInt(), spec.cards);

        const StudySettings settings = StudyFixture::settings();
        const qint64 now = spec.nowMs;
        const StudyDay day = settings.dayAt(now);
        const auto counts = ReviewQueue::deckCounts(f.db(), settings, now, &error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(counts->size(), spec.decks);

        // The same numbers the slow, obvious way: every card looked at in C++.
        QSqlQuery query(f.db());
        QVERIFY(query.exec(u"SELECT c.deck_id, coalesce(d.new_per_day, %1), coalesce(d.reviews_per_day, %2), s.card_id IS NULL, s.state, s.due, "
                           "coalesce(s.suspended, 0), s.buried_until, "
                           "(SELECT count(*) FROM review_log r WHERE r.card_id = c.id AND r.kind = 1 AND r.reviewed_at >= %3 AND r.reviewed_at < %4), "
                           "(SELECT count(*) FROM review_log r WHERE r.card_id = c.id AND r.kind = 0 AND r.state_before = 0 "
                           " AND r.reviewed_at >= %3 AND r.reviewed_at < %4) "
                           "FROM cards c JOIN decks d ON d.id = c.deck_id LEFT JOIN card_state s ON s.card_id = c.id"_s.arg(settings.newPerDay)
                               .arg(settings.reviewsPerDay)
                               .arg(day.startMs)
                               .arg(day.endMs)));
        struct Tally {
            int newLimit = 0, reviewLimit = 0, newDone = 0, reviewsDone = 0, newAvailable = 0, reviewsDue = 0, learning = 0;
        };
        QHash<qint64, Tally> tallies;
        int totalReviewsDue = 0;
        while (query.next()) {
            Tally &tally = tallies[query.value(0).toLongLong()];
            tally.newLimit = query.value(1).toInt();
            tally.reviewLimit = query.value(2).toInt();
            tally.reviewsDone += query.value(8).toInt();
            tally.newDone += query.value(9).toInt() > 0 ? 1 : 0;
            const bool noRow = query.value(3).toBool();
            const int state = query.value(4).toInt();
            const qint64 due = query.value(5).toLongLong();
            const bool hidden = query.value(6).toInt() != 0 || (!query.value(7).isNull() && query.value(7).toLongLong() > now);
            if (hidden) {
                continue;
            }
            tally.newAvailable += noRow || state == 0 ? 1 : 0;
            tally.reviewsDue += state == 2 && due < day.endMs ? 1 : 0;
            tally.learning += (state == 1 || state == 3) && due <= now + settings.learnAheadMs ? 1 : 0;
        }
        for (const auto &deck : *counts) {
            const Tally tally = tallies.value(deck.deckId);
            totalReviewsDue += tally.reviewsDue;
            QCOMPARE(deck.counts.newCards, std::min(tally.newAvailable, std::max(0, tally.newLimit - tally.newDone)));
            QCOMPARE(deck.counts.review, std::min(tally.reviewsDue, std::max(0, tally.reviewLimit - tally.reviewsDone)));
            QCOMPARE(deck.counts.learning, tally.learning);
        }
        // The generated history is believable: some reviews are due today, some were done today.
        QVERIFY(totalReviewsDue > 0);
        QVERIFY(f.scalar(u"SELECT count(*) FROM review_log WHERE reviewed_at >= %1"_s.arg(day.startMs)).toInt() > 0);

        // A queue over every deck holds exactly what the deck picker promises.
        QList<qint64> all;
        ReviewQueue::Counts sum;
        for (const auto &deck : *counts) {
            all << deck.deckId;
            sum.newCards += deck.counts.newCards;
            sum.learning += deck.counts.learning;
            sum.review += deck.counts.review;
        }
        ReviewQueue queue(f.db(), all, settings);
        QVERIFY(queue.reload(now));
        QCOMPARE(queue.counts(now), sum);
    }
};

QTEST_GUILESS_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
