// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/drill/drillcards.h"
#include "cards/drill/threelevelpractice.h"
#include "collection.h"
#include "testsupport.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
QStringList keys(const QList<InterviewDrill::Card> &cards)
{
    QStringList result;
    for (const InterviewDrill::Card &card : cards) {
        result.append(card.key);
    }
    return result;
}
}

class TestDrillCards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chainFromKeepsWhatTheRootReaches()
    {
        const QList<InterviewDrill::Card> cards {
            {u"a"_s, {u"b"_s}, 0},
            {u"x"_s, {u"b"_s}, 0}, // another root sharing b: not reachable from a
            {u"b"_s, {u"c"_s, u"a"_s}, 0}, // the link back to a would make a no root
            {u"c"_s, {u"gone"_s}, 0},
        };
        const auto reached = DrillCards::chainFrom(cards, u"a"_s);
        QCOMPARE(keys(reached), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(reached.at(1).followUps, QStringList {u"c"_s});
        const auto chains = InterviewDrill::buildChains(reached);
        QCOMPARE(chains.size(), 1);
        QCOMPARE(chains.constFirst().root, u"a"_s);
        QCOMPARE(chains.constFirst().length, 3);

        QVERIFY(DrillCards::chainFrom(cards, u"nope"_s).isEmpty());
        QVERIFY2(InterviewDrill::buildChains(DrillCards::chainFrom(cards, u"c"_s)).isEmpty(), "a card without live follow-ups starts no chain");
    }

    void loadReadsDecksLinksAndReviewCounts()
    {
        TestSupport::TempDataDir dir;
        QString error;
        const auto collection = Collection::open(dir.path(), &error);
        QVERIFY2(collection, qPrintable(error));
        const QSqlDatabase db = collection->connection();
        const qint64 kernels = TestSupport::scalar(db, u"SELECT id FROM decks WHERE key = 'kernels'"_s).toLongLong();
        const qint64 all = TestSupport::scalar(db, u"SELECT count(*) FROM cards WHERE retired = 0 AND deleted_at IS NULL"_s).toLongLong();

        const auto everything = DrillCards::load(db, {}, true, &error);
        QVERIFY2(everything, qPrintable(error));
        QCOMPARE(everything->size(), all);
        const auto deck = DrillCards::load(db, {kernels}, false, &error);
        QVERIFY(deck && !deck->isEmpty() && deck->size() < all);
        for (const InterviewDrill::Card &card : *deck) {
            QVERIFY2(card.key.startsWith(u"kernels-"_s), qPrintable(card.key));
            QCOMPARE(card.reviews, 0);
        }
        QVERIFY(std::any_of(deck->cbegin(), deck->cend(), [](const InterviewDrill::Card &card) {
            return card.key == u"kernels-memory-hierarchy"_s && card.followUps == QStringList {u"kernels-roofline-model"_s};
        }));

        const qint64 cardId = TestSupport::scalar(db, u"SELECT id FROM cards WHERE key = 'kernels-roofline-model'"_s).toLongLong();
        QVERIFY(TestSupport::scalar(db, u"INSERT INTO card_state (card_id, reps) VALUES (?, 4) RETURNING reps"_s, {cardId}).isValid());
        const auto withReps = DrillCards::load(db, {kernels}, false, &error);
        QVERIFY(std::any_of(withReps->cbegin(), withReps->cend(), [](const InterviewDrill::Card &card) {
            return card.key == u"kernels-roofline-model"_s && card.reviews == 4;
        }));
        QVERIFY(TestSupport::scalar(db, u"UPDATE card_state SET suspended = 1 WHERE card_id = ? RETURNING suspended"_s, {cardId}).isValid());
        const auto unsuspended = DrillCards::load(db, {kernels}, false, &error);
        QCOMPARE(unsuspended->size(), deck->size() - 1);
    }

    void levelsOfSplitsAStoredThreeLevelBack()
    {
        const QString back = u"**Technical**\n\nKV heads shared: 8x smaller cache.\n\n**Architectural**\n\nBigger batches.\n\n"
                             "**Business**\n\nCheaper tokens.\n\nTwo paragraphs here."_s;
        const auto levels = ThreeLevelPractice::levelsOf(back);
        QVERIFY(levels);
        QCOMPARE(levels->technical, u"KV heads shared: 8x smaller cache."_s);
        QCOMPARE(levels->architectural, u"Bigger batches."_s);
        QCOMPARE(levels->business, u"Cheaper tokens.\n\nTwo paragraphs here."_s);

        QVERIFY(!ThreeLevelPractice::levelsOf(u"A basic answer."_s));
        QVERIFY(!ThreeLevelPractice::levelsOf(u"**Technical**\n\nonly one level"_s));
        QVERIFY(!ThreeLevelPractice::levelsOf(u"**Technical**\n\nx\n\n**Business**\n\ny\n\n**Architectural**\n\nz"_s)); // out of order
        QVERIFY(!ThreeLevelPractice::levelsOf(u"**Technical**\n\nx\n\n**Architectural**\n\n\n\n**Business**\n\ny"_s)); // an empty level
    }
};

QTEST_GUILESS_MAIN(TestDrillCards)
#include "tst_drillcards.moc"
