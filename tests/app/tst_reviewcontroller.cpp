// SPDX-License-Identifier: GPL-3.0-or-later
#include "collection.h"
#include "review/decklistmodel.h"
#include "review/reviewcontroller.h"
#include "storage/settingsstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
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

/// Leaves only the deck with key `deckKey` selected.
void selectOnly(DeckListModel *decks, const Collection &collection, const QString &deckKey)
{
    const qint64 deckId = scalar(collection, u"SELECT id FROM decks WHERE key = '%1'"_s.arg(deckKey));
    for (int row = 0; row < decks->rowCount(); ++row) {
        const QModelIndex index = decks->index(row);
        decks->setData(index, index.data(DeckListModel::DeckIdRole).toLongLong() == deckId, DeckListModel::SelectedRole);
    }
}
}

class TestReviewController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Collection> m_collection;
    std::unique_ptr<ReviewController> m_review;
    qint64 m_now = 0;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_collection = Collection::open(m_dir->path(), &error);
        QVERIFY2(m_collection, qPrintable(error));
        m_now = QDateTime(QDate(2026, 3, 10), QTime(12, 0)).toMSecsSinceEpoch();
        m_review = std::make_unique<ReviewController>(*m_collection, [this] {
            return m_now;
        });
        m_review->refreshDecks();
        QVERIFY(m_review->decks()->rowCount() >= 10);
    }

    void cleanup()
    {
        m_review.reset();
        m_collection.reset();
        m_dir.reset();
    }

    void deckModelIsConsistent()
    {
        QAbstractItemModelTester tester(m_review->decks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy selection(m_review->decks(), &DeckListModel::selectionChanged);
        const int due = m_review->decks()->selectedDue();
        QVERIFY2(due > 0, "a fresh profile has new cards due");
        selectOnly(m_review->decks(), *m_collection, u"kernels"_s);
        QCOMPARE(m_review->decks()->selectedCount(), 1);
        QVERIFY(m_review->decks()->selectedDue() < due);
        QVERIFY(selection.count() > 0);
        m_review->refreshDecks();
        QCOMPARE(m_review->decks()->selectedCount(), 1); // the choice survives a reload
    }

    void answerWritesOneLogRowBeforeTheNextCard()
    {
        selectOnly(m_review->decks(), *m_collection, u"kernels"_s);
        m_review->start();
        QCOMPARE(m_review->phase(), u"question"_s);
        const qint64 first = m_review->currentCardId();
        QVERIFY(first > 0);
        QVERIFY(!m_review->front().isEmpty());
        const QStringList labels = m_review->intervalLabels();
        QCOMPARE(labels.mid(0, 3), (QStringList {u"1m"_s, u"6m"_s, u"10m"_s}));
        // Easy graduates to 8 days, spread by the app's fuzz to 6..11 (fsrs-spec §7).
        const int easyDays = labels.at(3).chopped(1).toInt();
        QVERIFY2(labels.at(3).endsWith(u'd') && easyDays >= 6 && easyDays <= 11, qPrintable(labels.at(3)));
        m_review->grade(3); // ignored: the answer is not showing yet
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 0);

        m_review->reveal();
        QCOMPARE(m_review->phase(), u"answer"_s);
        const int newBefore = m_review->newCount();
        m_review->grade(3);
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 1);
        QCOMPARE(scalar(*m_collection, u"SELECT card_id FROM review_log"_s), first);
        QCOMPARE(scalar(*m_collection, u"SELECT state FROM card_state WHERE card_id = %1"_s.arg(first)), 1); // learning
        QCOMPARE(m_review->phase(), u"question"_s);
        QVERIFY(m_review->currentCardId() != first);
        QCOMPARE(m_review->newCount(), newBefore - 1);
        QVERIFY(m_review->canUndo());
    }

    void undoRemovesTheAnswerAndShowsTheCardAgain()
    {
        m_review->start();
        const qint64 first = m_review->currentCardId();
        m_review->reveal();
        m_review->grade(4);
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 1);
        m_review->undo();
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 0);
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM card_state WHERE card_id = %1 AND state <> 0"_s.arg(first)), 0);
        QCOMPARE(m_review->currentCardId(), first);
        QCOMPARE(m_review->phase(), u"question"_s);
        QVERIFY(!m_review->canUndo());
    }

    void suspendBuryAndFlag()
    {
        m_review->start();
        const qint64 first = m_review->currentCardId();
        m_review->toggleFlag(2);
        QCOMPARE(m_review->flag(), 2);
        m_review->toggleFlag(2);
        QCOMPARE(m_review->flag(), 0);
        m_review->suspendCard();
        QCOMPARE(scalar(*m_collection, u"SELECT suspended FROM card_state WHERE card_id = %1"_s.arg(first)), 1);
        QVERIFY(m_review->currentCardId() != first);
        const qint64 second = m_review->currentCardId();
        m_review->buryCard();
        QVERIFY(scalar(*m_collection, u"SELECT buried_until FROM card_state WHERE card_id = %1"_s.arg(second)) > m_now);
        QVERIFY(m_review->currentCardId() != second);
        m_review->undo(); // un-bury
        QCOMPARE(m_review->currentCardId(), second);
    }

    void cramNeverTouchesTheSchedule()
    {
        selectOnly(m_review->decks(), *m_collection, u"decode"_s);
        m_review->startCram();
        QCOMPARE(m_review->phase(), u"question"_s);
        QVERIFY(m_review->isCramming());
        QVERIFY(m_review->intervalLabels().isEmpty());
        for (int i = 0; i < 5; ++i) {
            m_review->reveal();
            m_review->grade(1 + i % 4);
        }
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 0);
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM card_state"_s), 0);
    }

    void sessionEndsWithASummary()
    {
        SettingsStore(m_collection->connection()).setValue(u"study/new_per_day"_s, u"1"_s);
        m_review->refreshDecks();
        selectOnly(m_review->decks(), *m_collection, u"kernels"_s);
        m_review->start();
        m_review->reveal();
        m_now += 7000;
        m_review->grade(4); // Easy: straight to Review, nothing else due today
        QCOMPARE(m_review->phase(), u"done"_s);
        const QVariantMap summary = m_review->summary();
        QCOMPARE(summary.value(u"answers"_s).toInt(), 1);
        QCOMPARE(summary.value(u"againRate"_s).toDouble(), 0.0);
        QVERIFY2(summary.value(u"nextDue"_s).toString().contains(u"d ("_s), qPrintable(summary.value(u"nextDue"_s).toString()));
        m_review->backToDecks();
        QCOMPARE(m_review->phase(), u"decks"_s);
    }

    void previewShowsACardWithoutASession()
    {
        QVERIFY(m_review->previewCard(u"kernels-tiled-matmul"_s));
        QCOMPARE(m_review->phase(), u"answer"_s);
        QVERIFY(m_review->back().contains(u"barrier"_s));
        m_review->grade(3);
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 0);
        QVERIFY(!m_review->previewCard(u"no-such-card"_s));
    }

    void deriveCardsDrawNumbersAndCheckTheResult()
    {
        selectOnly(m_review->decks(), *m_collection, u"derive"_s);
        m_review->start();
        QVERIFY(m_review->isDerive());
        const QString question = m_review->front();
        QVERIFY2(question.contains(QRegularExpression(u"\\d"_s)), "the drawn numbers are in the question");
        const QString verdict = m_review->checkDerived(u"-1"_s);
        QVERIFY2(!verdict.isEmpty(), "a typed result gets a verdict");
        QCOMPARE(m_review->phase(), u"answer"_s);
        QVERIFY(m_review->back().contains(u"Answer"_s));
        m_review->grade(3); // the self-grade schedules the card like any other
        QCOMPARE(scalar(*m_collection, u"SELECT count(*) FROM review_log"_s), 1);
    }

    void editKeepsTheSchedule()
    {
        m_review->start();
        const qint64 card = m_review->currentCardId();
        m_review->reveal();
        m_review->grade(3);
        m_review->undo(); // back on the card, but let it have a schedule first:
        m_review->reveal();
        m_review->grade(3);
        const qint64 due = scalar(*m_collection, u"SELECT due FROM card_state WHERE card_id = %1"_s.arg(card));
        // The next card is on screen now; edit it and check the first card's schedule is intact.
        QVERIFY(m_review->editCurrent(u"Edited front"_s, u"Edited back"_s).isEmpty());
        QCOMPARE(m_review->front(), u"Edited front"_s);
        QCOMPARE(scalar(*m_collection, u"SELECT due FROM card_state WHERE card_id = %1"_s.arg(card)), due);
        QVERIFY(!m_review->editCurrent(u"   "_s, u"x"_s).isEmpty());
    }
};

QTEST_MAIN(TestReviewController)
#include "tst_reviewcontroller.moc"
