// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/cardcontent.h"
#include "collection.h"
#include "review/drillcontroller.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
/// -1 when the statement fails, so that a broken query never passes for a count of 0.
qint64 scalar(const Collection &collection, const QString &sql)
{
    const QVariant value = TestSupport::scalar(collection.connection(), sql);
    return value.isValid() ? value.toLongLong() : -1;
}

/// A built-in chain: memory hierarchy → roofline → ridge point → … (resources/decks/kernels.md).
const QString Root = u"kernels-memory-hierarchy"_s;
}

class TestDrillController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Collection> m_collection;
    std::unique_ptr<DrillController> m_drill;
    qint64 m_now = 0;

    [[nodiscard]] QStringList followUpsOf(const QString &key) const
    {
        const auto card = CardContent::loadByKey(m_collection->connection(), key);
        return card ? card->followUps : QStringList();
    }

    [[nodiscard]] qint64 idOf(const QString &key) const
    {
        return scalar(*m_collection, u"SELECT id FROM cards WHERE key = '%1'"_s.arg(key));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_collection = Collection::open(m_dir->path(), &error);
        QVERIFY2(m_collection, qPrintable(error));
        m_now = QDateTime(QDate(2026, 3, 10), QTime(12, 0)).toMSecsSinceEpoch();
        m_drill = std::make_unique<DrillController>(*m_collection, [this] {
            return m_now;
        });
        QVERIFY2(followUpsOf(Root).size() == 1, "the test chain starts at a card with one follow-up");
    }

    void cleanup()
    {
        m_drill.reset();
        m_collection.reset();
        m_dir.reset();
    }

    void startsIdle()
    {
        QCOMPARE(m_drill->phase(), u"idle"_s);
        QVERIFY(!m_drill->isActive());
        QVERIFY(m_drill->summary().isEmpty());
        m_drill->reveal();
        m_drill->grade(3);
        QCOMPARE(m_drill->phase(), u"idle"_s);
    }

    void passesWalkTheFollowUpsAndFeedTheScheduler()
    {
        QSignalSpy phase(m_drill.get(), &DrillController::phaseChanged);
        QVERIFY(m_drill->startFromCard(Root));
        QVERIFY(m_drill->isActive());
        QCOMPARE(m_drill->phase(), u"question"_s);
        QCOMPARE(m_drill->cardKey(), Root);
        QCOMPARE(m_drill->depth(), 1);
        QCOMPARE(m_drill->chainNumber(), 1);
        QCOMPARE(m_drill->chainCount(), 1);
        QVERIFY2(m_drill->chainLength() >= 3, "the chain pushes at least three questions deep");
        QCOMPARE(m_drill->intervalLabels().size(), 4);
        QVERIFY(!m_drill->front().isEmpty());
        QVERIFY(phase.count() > 0);

        m_drill->grade(3); // ignored: the model answer is not showing yet
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 0);
        m_drill->setNotes(u"registers, shared memory, L2, HBM"_s);
        m_drill->reveal();
        QCOMPARE(m_drill->phase(), u"answer"_s);
        QVERIFY(!m_drill->back().isEmpty());
        m_now += 5000;
        m_drill->grade(3);

        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 1);
        QCOMPARE(scalar(*m_collection, u"SELECT card_id FROM review_log"_s), idOf(Root));
        QCOMPARE(scalar(*m_collection, u"SELECT rating FROM review_log"_s), 3);
        QCOMPARE(scalar(*m_collection, u"SELECT state FROM card_state WHERE card_id = %1"_s.arg(idOf(Root))), 1); // learning
        QCOMPARE(m_drill->phase(), u"question"_s);
        QCOMPARE(m_drill->depth(), 2);
        QVERIFY2(followUpsOf(Root).contains(m_drill->cardKey()), qPrintable(m_drill->cardKey()));
        QVERIFY2(m_drill->notes().isEmpty(), "notes belong to one question");
        QVERIFY(m_drill->canUndo());
    }

    void aMissEndsTheChainAndTheSummaryNamesTheCard()
    {
        QVERIFY(m_drill->startFromCard(Root));
        m_drill->reveal();
        m_drill->grade(4);
        m_drill->reveal();
        m_drill->grade(2);
        QCOMPARE(m_drill->depth(), 3);
        const QString third = m_drill->cardKey();
        m_drill->reveal();
        m_drill->grade(1);

        QCOMPARE(m_drill->phase(), u"done"_s);
        QVERIFY(m_drill->isActive());
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 3);
        QCOMPARE(scalar(*m_collection, u"SELECT rating FROM review_log ORDER BY id DESC LIMIT 1"_s), 1);
        const QVariantList summary = m_drill->summary();
        QCOMPARE(summary.size(), 1);
        const QVariantMap chain = summary.constFirst().toMap();
        QCOMPARE(chain.value(u"root"_s).toString(), Root);
        QCOMPARE(chain.value(u"reached"_s).toInt(), 2);
        QCOMPARE(chain.value(u"asked"_s).toInt(), 3);
        QVERIFY(chain.value(u"length"_s).toInt() >= 3);
        QVERIFY(chain.value(u"missed"_s).toBool());
        QVERIFY(chain.value(u"ended"_s).toBool());
        QCOMPARE(chain.value(u"endedBy"_s).toString(), third);
        const QString endedByFront = chain.value(u"endedByFront"_s).toString();
        QVERIFY2(!endedByFront.isEmpty() && !endedByFront.contains(u"**"_s), qPrintable(endedByFront));
        QVERIFY(!chain.value(u"rootFront"_s).toString().isEmpty());

        m_drill->close();
        QCOMPARE(m_drill->phase(), u"idle"_s);
        QVERIFY(m_drill->summary().isEmpty());
    }

    void undoRevertsTheAnswerAndTheWalk()
    {
        QVERIFY(m_drill->startFromCard(Root));
        m_drill->reveal();
        m_drill->grade(3);
        m_drill->reveal();
        m_drill->grade(1); // a slip: the chain ended
        QCOMPARE(m_drill->phase(), u"done"_s);
        const QString second = followUpsOf(Root).constFirst();

        m_drill->undo();
        QCOMPARE(m_drill->phase(), u"question"_s);
        QCOMPARE(m_drill->cardKey(), second);
        QCOMPARE(m_drill->depth(), 2);
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 1);
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM card_state WHERE card_id = %1 AND state <> 0"_s.arg(idOf(second))), 0);

        m_drill->undo();
        QCOMPARE(m_drill->cardKey(), Root);
        QCOMPARE(m_drill->depth(), 1);
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 0);
        QVERIFY(!m_drill->canUndo());
        m_drill->undo(); // nothing left: no change
        QCOMPARE(m_drill->cardKey(), Root);
    }

    void finishingEarlyKeepsTheChainInProgress()
    {
        QVERIFY(m_drill->startFromCard(Root));
        m_drill->reveal();
        m_drill->grade(3);
        m_drill->finish();
        QCOMPARE(m_drill->phase(), u"done"_s);
        QVERIFY(m_drill->front().isEmpty());
        const QVariantMap chain = m_drill->summary().constFirst().toMap();
        QCOMPARE(chain.value(u"reached"_s).toInt(), 1);
        QVERIFY(!chain.value(u"ended"_s).toBool());
        QVERIFY(!chain.value(u"missed"_s).toBool());
        QVERIFY(chain.value(u"endedBy"_s).toString().isEmpty());
    }

    void aDeckDrillsOnlyItsOwnChains()
    {
        const qint64 kernels = scalar(*m_collection, u"SELECT id FROM decks WHERE key = 'kernels'"_s);
        QVERIFY(m_drill->startDeck(kernels));
        QVERIFY(m_drill->chainCount() >= 1);
        QSet<QString> decks;
        // Pass every card: each chain runs to its end, so every card asked is seen.
        for (int guard = 0; guard < 500 && m_drill->phase() != u"done"_s; ++guard) {
            decks.insert(m_drill->deckName());
            m_drill->reveal();
            m_drill->grade(3);
        }
        QCOMPARE(m_drill->phase(), u"done"_s);
        QCOMPARE(decks.size(), 1);
        const QVariantList summary = m_drill->summary();
        QCOMPARE(summary.size(), m_drill->chainCount());
        for (const QVariant &entry : summary) {
            const QVariantMap chain = entry.toMap();
            QVERIFY(chain.value(u"ended"_s).toBool());
            QVERIFY(!chain.value(u"missed"_s).toBool());
            QVERIFY(chain.value(u"root"_s).toString().startsWith(u"kernels-"_s));
        }
    }

    void allDecksAskASessionsWorth()
    {
        QVERIFY(m_drill->startAllDecks());
        QCOMPARE(m_drill->chainCount(), DrillController::SessionChains);
        QCOMPARE(m_drill->depth(), 1);
    }

    void nothingToDrillLeavesTheDrillIdle()
    {
        QVERIFY(!m_drill->startDeck(-1)); // no such deck: no cards, so no chain
        QCOMPARE(m_drill->phase(), u"idle"_s);
        QVERIFY(!m_drill->message().isEmpty());
        QVERIFY(!m_drill->startFromCard(u"no-such-card"_s));
        QVERIFY(!m_drill->hasChain(u"no-such-card"_s));
        QVERIFY(m_drill->hasChain(Root));
    }

    void suspendedCardsAreNotAsked()
    {
        const QString second = followUpsOf(Root).constFirst();
        QVERIFY(
            TestSupport::scalar(m_collection->connection(), u"INSERT INTO card_state (card_id, suspended) VALUES (%1, 1) RETURNING card_id"_s.arg(idOf(second)))
                .isValid());
        QVERIFY2(!m_drill->startFromCard(Root), "with its only follow-up suspended, the card starts no chain");
        QCOMPARE(m_drill->phase(), u"idle"_s);
    }
};

QTEST_GUILESS_MAIN(TestDrillController)
#include "tst_drillcontroller.moc"
