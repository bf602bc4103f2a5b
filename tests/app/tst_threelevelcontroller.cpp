// SPDX-License-Identifier: GPL-3.0-or-later
#include "collection.h"
#include "review/reviewcontroller.h"
#include "review/threelevelcontroller.h"
#include "storage/settingsstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
/// A built-in three-level card (resources/decks/attention.md) and a basic one.
const QString LevelCard = u"attn-gqa-three-level"_s;
const QString BasicCard = u"kernels-tiled-matmul"_s;
}

class TestThreeLevelController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Collection> m_collection;
    std::unique_ptr<ThreeLevelController> m_practice;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_collection = Collection::open(m_dir->path(), &error);
        QVERIFY2(m_collection, qPrintable(error));
        m_practice = std::make_unique<ThreeLevelController>(*m_collection, nullptr);
    }

    void cleanup()
    {
        m_practice.reset();
        m_collection.reset();
        m_dir.reset();
    }

    void onlyThreeLevelCardsCanBePractised()
    {
        QVERIFY(m_practice->hasLevels(LevelCard));
        QVERIFY(!m_practice->hasLevels(BasicCard));
        QVERIFY(!m_practice->hasLevels(u"no-such-card"_s));
        QVERIFY(!m_practice->start(BasicCard));
        QCOMPARE(m_practice->phase(), u"idle"_s);
        QVERIFY(m_practice->message().contains(BasicCard));
        QVERIFY(!m_practice->startFromReview()); // no review screen
    }

    void writeThenCompareLevelByLevel()
    {
        QSignalSpy phase(m_practice.get(), &ThreeLevelController::phaseChanged);
        QVERIFY(m_practice->start(LevelCard));
        QCOMPARE(m_practice->phase(), u"writing"_s);
        QVERIFY(m_practice->isActive());
        QCOMPARE(m_practice->cardKey(), LevelCard);
        QVERIFY(!m_practice->front().isEmpty());
        QCOMPARE(m_practice->answers(), (QStringList {QString(), QString(), QString()}));
        QVERIFY2(m_practice->comparison().isEmpty(), "the model answer stays hidden while writing");
        QVERIFY(!m_practice->isDirty());

        m_practice->setAnswer(0, u"Grouped-query attention shares each KV head across a group of query heads, so the KV cache shrinks."_s);
        m_practice->setAnswer(2, u"More concurrent users per GPU."_s);
        m_practice->setAnswer(3, u"ignored: there is no fourth level"_s);
        QVERIFY(m_practice->isDirty());
        m_practice->compare();
        QCOMPARE(m_practice->phase(), u"comparing"_s);
        m_practice->setAnswer(0, u"changed while comparing"_s); // ignored: answers are edited in the writing phase
        QVERIFY(m_practice->answers().at(0).startsWith(u"Grouped"_s));

        const QVariantList levels = m_practice->comparison();
        QCOMPARE(levels.size(), 3);
        const QVariantMap technical = levels.at(0).toMap();
        const QVariantMap architectural = levels.at(1).toMap();
        QCOMPARE(technical.value(u"name"_s).toString(), u"Technical"_s);
        QCOMPARE(levels.at(2).toMap().value(u"name"_s).toString(), u"Business"_s);
        QVERIFY(!technical.value(u"model"_s).toString().contains(u"**Architectural**"_s));
        QVERIFY(technical.value(u"total"_s).toInt() > 0);
        QVERIFY2(technical.value(u"mentioned"_s).toInt() > 0, "the answer shares key terms with the model");
        QVERIFY(technical.value(u"mentioned"_s).toInt() <= technical.value(u"total"_s).toInt());
        QCOMPARE(technical.value(u"terms"_s).toList().size(), technical.value(u"total"_s).toInt());
        QCOMPARE(architectural.value(u"mentioned"_s).toInt(), 0); // nothing written
        QCOMPARE(architectural.value(u"coverage"_s).toDouble(), 0.0);
        QVERIFY(!architectural.value(u"missing"_s).toString().isEmpty());
        QVERIFY(!m_practice->disclaimer().isEmpty());

        m_practice->edit();
        QCOMPARE(m_practice->phase(), u"writing"_s);
        QVERIFY(phase.count() >= 3);
    }

    void aSavedAttemptComesBack()
    {
        QVERIFY(m_practice->start(LevelCard));
        QVERIFY(m_practice->savedAt().isEmpty());
        m_practice->setAnswer(1, u"Smaller KV cache, so larger batches fit."_s);
        QVERIFY(m_practice->save());
        QVERIFY(!m_practice->isDirty());
        QVERIFY(!m_practice->savedAt().isEmpty());
        QVERIFY(SettingsStore(m_collection->connection()).value(u"drill/three-level/"_s + LevelCard).contains(u"larger batches"_s));
        m_practice->close();
        QCOMPARE(m_practice->phase(), u"idle"_s);
        QVERIFY(m_practice->answers().at(1).isEmpty());

        ThreeLevelController later(*m_collection, nullptr);
        QVERIFY(later.start(LevelCard));
        QCOMPARE(later.answers(), (QStringList {QString(), u"Smaller KV cache, so larger batches fit."_s, QString()}));
        QVERIFY(!later.savedAt().isEmpty());
        QVERIFY(!later.isDirty());
    }

    void theReviewScreensCardCanBePractised()
    {
        ReviewController review(*m_collection);
        ThreeLevelController practice(*m_collection, &review);
        QSignalSpy changed(&practice, &ThreeLevelController::reviewCardChanged);
        QVERIFY(!practice.reviewCardHasLevels());
        QVERIFY(review.previewCard(LevelCard));
        QVERIFY(practice.reviewCardHasLevels());
        QCOMPARE(changed.count(), 1);
        QVERIFY(practice.startFromReview());
        QCOMPARE(practice.cardKey(), LevelCard);
        QVERIFY(review.previewCard(BasicCard));
        QVERIFY(!practice.reviewCardHasLevels());
    }
};

QTEST_GUILESS_MAIN(TestThreeLevelController)
#include "tst_threelevelcontroller.moc"
