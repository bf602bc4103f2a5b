// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/drill/interviewdrill.h"

#include <QMap>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using Fsrs::Rating;
using Card = InterviewDrill::Card;
using Chain = InterviewDrill::Chain;

namespace
{
/// A fixture with every shape a deck can give the drill:
///
///   kv → kv-gqa → kv-paged → kv-prefix       a straight chain of 4
///   pipe → pipe-m ─┬→ pipe-interleave         a branch: pipe-1f1b is reviewed less
///                  └→ pipe-1f1b → pipe-zb
///   loop-a → loop-b → loop-c → loop-b         a cycle below a root
///   alone                                     no follow-ups: not a chain
///   dangling → (not in the set)               a follow-up outside the chosen decks: not a chain
///   shared-a → shared-x, shared-b → shared-x  two roots share a follow-up
QList<Card> fixture()
{
    return {
        {u"kv"_s, {u"kv-gqa"_s}, 5},
        {u"kv-gqa"_s, {u"kv-paged"_s}, 5},
        {u"kv-paged"_s, {u"kv-prefix"_s}, 5},
        {u"kv-prefix"_s, {}, 5},
        {u"pipe"_s, {u"pipe-m"_s}, 2},
        {u"pipe-m"_s, {u"pipe-interleave"_s, u"pipe-1f1b"_s}, 2},
        {u"pipe-interleave"_s, {}, 7},
        {u"pipe-1f1b"_s, {u"pipe-zb"_s}, 1},
        {u"pipe-zb"_s, {}, 0},
        {u"loop-a"_s, {u"loop-b"_s}, 0},
        {u"loop-b"_s, {u"loop-c"_s}, 0},
        {u"loop-c"_s, {u"loop-b"_s}, 0},
        {u"alone"_s, {}, 0},
        {u"dangling"_s, {u"not-chosen"_s}, 0},
        {u"shared-a"_s, {u"shared-x"_s}, 0},
        {u"shared-b"_s, {u"shared-x"_s}, 0},
        {u"shared-x"_s, {}, 0},
    };
}

/// Answers every card with `rating` until the chain rooted at the current card ends.
QStringList walkChain(InterviewDrill &drill, const std::function<Rating(const QString &)> &grade)
{
    QStringList asked;
    const int chain = drill.chainIndex();
    while (!drill.isFinished() && drill.chainIndex() == chain) {
        asked.append(drill.currentCard());
        drill.answer(grade(drill.currentCard()));
    }
    return asked;
}
}

class TestInterviewDrill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsChainsFromRoots()
    {
        const QList<Chain> chains = InterviewDrill::buildChains(fixture());
        QCOMPARE(chains, (QList<Chain> {{u"kv"_s, 4}, {u"pipe"_s, 4}, {u"loop-a"_s, 3}, {u"shared-a"_s, 2}, {u"shared-b"_s, 2}}));
    }

    void followUpsOutsideTheSetAreIgnored()
    {
        // Choosing only some decks cuts chains where they leave the chosen cards.
        QList<Card> cards = fixture();
        cards.removeIf([](const Card &card) {
            return card.key == u"kv-paged"_s;
        });
        const QList<Chain> chains = InterviewDrill::buildChains(cards);
        QCOMPARE(chains.constFirst(), (Chain {u"kv"_s, 2}));
        // kv-prefix lost its parent, but a card with no follow-ups is no chain.
        for (const Chain &chain : chains) {
            QVERIFY(chain.root != u"kv-prefix"_s);
        }
    }

    void aCardNamedAsAFollowUpIsNoRoot()
    {
        // A pure cycle has no root, so it is never asked as a chain.
        const QList<Card> cycle {{u"a"_s, {u"b"_s}, 0}, {u"b"_s, {u"a"_s}, 0}};
        QVERIFY(InterviewDrill::buildChains(cycle).isEmpty());
        // A card that names itself is ignored as its own follow-up.
        const QList<Card> self {{u"s"_s, {u"s"_s, u"t"_s}, 0}, {u"t"_s, {}, 0}};
        QCOMPARE(InterviewDrill::buildChains(self), (QList<Chain> {{u"s"_s, 2}}));
        QVERIFY(InterviewDrill::buildChains({}).isEmpty());
    }

    void passesWalkToTheEndAndTheSummaryCountsThem()
    {
        InterviewDrill drill(fixture(), 7);
        QCOMPARE(drill.chainCount(), 5);
        QMap<QString, QStringList> walked;
        while (!drill.isFinished()) {
            QCOMPARE(drill.depth(), 1);
            const QString root = drill.currentCard();
            walked.insert(root, walkChain(drill, [](const QString &) {
                              return Rating::Good;
                          }));
        }
        QCOMPARE(walked.value(u"kv"_s), (QStringList {u"kv"_s, u"kv-gqa"_s, u"kv-paged"_s, u"kv-prefix"_s}));
        // At the branch the less-reviewed follow-up comes first.
        QCOMPARE(walked.value(u"pipe"_s), (QStringList {u"pipe"_s, u"pipe-m"_s, u"pipe-1f1b"_s, u"pipe-zb"_s}));
        // The cycle is walked once round, never again.
        QCOMPARE(walked.value(u"loop-a"_s), (QStringList {u"loop-a"_s, u"loop-b"_s, u"loop-c"_s}));

        const auto summary = drill.summary();
        QCOMPARE(summary.size(), 5);
        for (const auto &result : summary) {
            QVERIFY(result.ended);
            QVERIFY(!result.missed);
            QCOMPARE(result.asked, walked.value(result.root));
            QCOMPARE(result.reached, int(result.asked.size()));
            QCOMPARE(result.reached, result.length);
        }
        QVERIFY(drill.currentCard().isEmpty());
        QCOMPARE(drill.depth(), 0);
        QCOMPARE(drill.chainIndex(), 5);
        QVERIFY(!drill.answer(Rating::Good));
        QCOMPARE(drill.summary().size(), 5);
    }

    void aMissEndsTheChainAtItsDepth()
    {
        InterviewDrill drill(fixture(), 7);
        while (!drill.isFinished()) {
            // Miss the third card of every chain; pass the rest.
            walkChain(drill, [&drill](const QString &) {
                return drill.depth() == 3 ? Rating::Again : Rating::Hard;
            });
        }
        for (const auto &result : drill.summary()) {
            if (result.length >= 3) {
                QVERIFY2(result.missed, qPrintable(result.root));
                QCOMPARE(result.asked.size(), 3);
                QCOMPARE(result.reached, 2);
            } else {
                QVERIFY(!result.missed);
                QCOMPARE(result.reached, 2);
            }
            QVERIFY(result.ended);
        }
    }

    void aMissOnTheRootReachesNothing()
    {
        InterviewDrill drill(fixture(), 3, 1);
        QCOMPARE(drill.chainCount(), 1);
        const QString root = drill.currentCard();
        QVERIFY(drill.answer(Rating::Again));
        QVERIFY(drill.isFinished());
        const auto summary = drill.summary();
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.constFirst().root, root);
        QCOMPARE(summary.constFirst().asked, QStringList {root});
        QCOMPARE(summary.constFirst().reached, 0);
        QVERIFY(summary.constFirst().missed);
    }

    void theChainInProgressIsInTheSummary()
    {
        InterviewDrill drill(fixture(), 11);
        const QString root = drill.currentCard();
        QVERIFY(drill.answer(Rating::Easy));
        QCOMPARE(drill.depth(), 2);
        const auto summary = drill.summary();
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.constFirst().root, root);
        QCOMPARE(summary.constFirst().reached, 1);
        QCOMPARE(summary.constFirst().asked.size(), 2);
        QVERIFY(!summary.constFirst().ended);
    }

    void aSharedFollowUpIsNotAskedTwiceWhenAnotherIsFresh()
    {
        // Both roots lead to x; b also leads to y. After a's chain asked x, b's walks to y even
        // though x comes first in its list and has fewer reviews.
        const QList<Card> cards {
            {u"a"_s, {u"x"_s}, 0},
            {u"b"_s, {u"x"_s, u"y"_s}, 0},
            {u"x"_s, {}, 0},
            {u"y"_s, {}, 9},
        };
        for (quint32 seed = 0; seed < 20; ++seed) {
            InterviewDrill drill(cards, seed);
            QStringList order;
            while (!drill.isFinished()) {
                order += walkChain(drill, [](const QString &) {
                    return Rating::Good;
                });
            }
            if (order.constFirst() == u"a"_s) {
                QCOMPARE(order, (QStringList {u"a"_s, u"x"_s, u"b"_s, u"y"_s}));
            } else {
                QCOMPARE(order, (QStringList {u"b"_s, u"x"_s, u"a"_s, u"x"_s}));
            }
        }
    }

    void theSeedDecidesTheOrderAndNothingElse()
    {
        QSet<QString> firstRoots;
        for (quint32 seed = 0; seed < 50; ++seed) {
            InterviewDrill one(fixture(), seed);
            InterviewDrill two(fixture(), seed);
            QCOMPARE(one.chains(), two.chains());
            firstRoots.insert(one.chains().constFirst().root);
            QList<Chain> sorted = one.chains();
            std::sort(sorted.begin(), sorted.end(), [](const Chain &a, const Chain &b) {
                return a.root < b.root;
            });
            QList<Chain> expected = InterviewDrill::buildChains(fixture());
            std::sort(expected.begin(), expected.end(), [](const Chain &a, const Chain &b) {
                return a.root < b.root;
            });
            QCOMPARE(sorted, expected);
        }
        QVERIFY2(firstRoots.size() >= 4, "the seed should vary which chain comes first");
    }

    void maxChainsLimitsTheSession()
    {
        InterviewDrill drill(fixture(), 5, 2);
        QCOMPARE(drill.chainCount(), 2);
        InterviewDrill all(fixture(), 5, 0);
        QCOMPARE(all.chainCount(), 5);
        QCOMPARE(all.chains().mid(0, 2), drill.chains());
        InterviewDrill none({}, 5);
        QVERIFY(none.isFinished());
        QVERIFY(none.summary().isEmpty());
        QVERIFY(!none.answer(Rating::Good));
    }
};

QTEST_GUILESS_MAIN(TestInterviewDrill)
#include "tst_interviewdrill.moc"
