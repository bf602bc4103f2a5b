// SPDX-License-Identifier: GPL-3.0-or-later
#include "collection.h"
#include "jobs/evidencetext.h"
#include "jobs/jobscontroller.h"
#include "jobs/postinglistmodel.h"
#include "jobs/preparationsplit.h"
#include "progress/jobemphasis.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
const QString MlPosting = u"Research Engineer, Inference %1\n\nResponsibilities\n- Write CUDA and Triton kernels for attention\n"
                          "- Quantize models to FP8 with GPTQ and AWQ\n- Speed up decoding with speculative decoding and the KV cache\n\n"
                          "Requirements\n- PyTorch internals, mixed precision training, FSDP\n"_s;
const QString SystemsPosting = u"Site Reliability Engineer, Platform %1\n\nResponsibilities\n- Run Kubernetes clusters across regions and "
                               "own the on-call rotation\n- Design storage and networking for our API platform\n\nRequirements\n"
                               "- Distributed systems, Kafka, Postgres, Terraform, observability and SLOs\n"_s;

/// Writes `count` distinct postings (alternating sides) into `folder`, plus an empty and a binary file.
void writePostings(const QString &folder, int count)
{
    QVERIFY(QDir().mkpath(folder));
    for (int i = 0; i < count; ++i) {
        QFile file(u"%1/posting-%2.txt"_s.arg(folder).arg(i, 5, 10, QChar(u'0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((i % 2 == 0 ? MlPosting : SystemsPosting).arg(i).toUtf8());
    }
    QFile empty(folder + u"/empty.txt"_s);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    QFile binary(folder + u"/image.png"_s);
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x10", 24));
    QVERIFY(QDir().mkpath(folder + u"/.git"_s));
    QFile hidden(folder + u"/.git/config"_s);
    QVERIFY(hidden.open(QIODevice::WriteOnly));
    hidden.write("[core]\n");
}
}

class TestJobsController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Collection> m_collection;
    std::unique_ptr<JobsController> m_jobs;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_jobs->isBusy(), 120000);
    }

    [[nodiscard]] QVariant role(int row, int role) const
    {
        return m_jobs->postings()->data(m_jobs->postings()->index(row), role);
    }

    void verifySortedByScore()
    {
        for (int row = 1; row < m_jobs->postings()->rowCount(); ++row) {
            QVERIFY(role(row - 1, PostingListModel::ProbabilityRole).toDouble() >= role(row, PostingListModel::ProbabilityRole).toDouble());
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_collection = Collection::open(m_dir->filePath(u"data"_s), &error);
        QVERIFY2(m_collection, qPrintable(error));
        m_jobs = std::make_unique<JobsController>(*m_collection);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_jobs->postings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_jobs->postings()->count(), 0);
        QVERIFY(!m_jobs->hasCurrent());
    }

    void cleanup()
    {
        m_tester.reset();
        m_jobs.reset();
        m_collection.reset();
        m_dir.reset();
    }

    void pastedTextIsClassifiedAndShown()
    {
        QVERIFY(!m_jobs->addText(u"   \n"_s));
        QVERIFY(m_jobs->messageIsError());

        QSignalSpy current(m_jobs.get(), &JobsController::currentChanged);
        QVERIFY(m_jobs->addText(MlPosting.arg(1)));
        QVERIFY(!current.isEmpty());
        QCOMPARE(m_jobs->postings()->count(), 1);
        QVERIFY(m_jobs->hasCurrent());
        QCOMPARE(m_jobs->currentRow(), 0);
        QVERIFY(m_jobs->currentMlSystems());
        QVERIFY(m_jobs->currentProbability() > 0.5);
        QCOMPARE(m_jobs->currentTitle(), role(0, PostingListModel::TitleRole).toString());
        QVERIFY(!m_jobs->currentEvidence().isEmpty());
        QVERIFY(m_jobs->currentEvidence().size() <= JobsController::TopEvidence);
        QVERIFY(m_jobs->currentText().contains(u"href=\"evidence:"_s));
        QVERIFY(m_jobs->evidenceTip(u"evidence:0"_s).contains(u"towards"_s));
        QVERIFY(m_jobs->evidenceTip(u"https://example.org"_s).isEmpty());
        QCOMPARE(m_jobs->codingShare() + m_jobs->mlSystemsDesignShare() + m_jobs->domainDepthShare(), 100);
        QVERIFY(m_jobs->mlSystemsDesignShare() > m_jobs->domainDepthShare());

        // The same bytes again are not listed twice.
        QVERIFY(!m_jobs->addText(MlPosting.arg(1)));
        QCOMPARE(m_jobs->postings()->count(), 1);
    }

    void folderIsClassifiedOffThreadWithProblemsListed()
    {
        const QString folder = m_dir->filePath(u"postings"_s);
        writePostings(folder, 150);
        QSignalSpy busy(m_jobs.get(), &JobsController::busyChanged);
        QVERIFY(m_jobs->open({QUrl::fromLocalFile(folder)}));
        QVERIFY(m_jobs->isBusy());
        QVERIFY(!m_jobs->open({QUrl::fromLocalFile(folder)})); // one batch at a time
        waitIdle();
        QCOMPARE(busy.size(), 2);
        QCOMPARE(m_jobs->postings()->count(), 150);
        verifySortedByScore();
        QCOMPARE(m_jobs->problems().size(), 2); // empty.txt and image.png; .git is skipped
        QVERIFY(m_jobs->problems().join(u'\n').contains(u"empty.txt"_s));
        QVERIFY(m_jobs->problems().join(u'\n').contains(u"image.png"_s));
        QVERIFY(m_jobs->message().contains(u"150"_s));
        QCOMPARE(role(0, PostingListModel::LabelRole).toString(), u"ML systems"_s);
        QCOMPARE(role(149, PostingListModel::LabelRole).toString(), u"Systems with ML"_s);

        // Opening the same folder again adds nothing.
        QVERIFY(m_jobs->open({QUrl::fromLocalFile(folder)}));
        waitIdle();
        QCOMPARE(m_jobs->postings()->count(), 150);
        QVERIFY(m_jobs->message().contains(u"150 already listed"_s));

        // The import is one undo step.
        QVERIFY(m_jobs->canUndo());
        QVERIFY(m_jobs->undo());
        QCOMPARE(m_jobs->postings()->count(), 0);
        QVERIFY(!m_jobs->open({QUrl(u"https://example.org/job"_s)}));
    }

    void cancelStopsTheBatch()
    {
        const QString folder = m_dir->filePath(u"many"_s);
        writePostings(folder, 3000);
        // Cancels as soon as the first chunk is in, so that the worker cannot finish first.
        const auto connection = connect(m_jobs.get(), &JobsController::progressChanged, this, [this] {
            if (m_jobs->progress() > 0) {
                m_jobs->cancel();
            }
        });
        QVERIFY(m_jobs->open({QUrl::fromLocalFile(folder)}));
        waitIdle();
        disconnect(connection);
        const int added = m_jobs->postings()->count();
        QVERIFY2(added > 0 && added < 3000, qPrintable(QString::number(added)));
        QVERIFY(m_jobs->message().startsWith(u"Stopped."_s));
        verifySortedByScore();
        // What was saved stays saved and consistent: the store agrees with the table.
        QCOMPARE(TestSupport::scalar(m_collection->connection(), u"SELECT count(*) FROM job_postings WHERE deleted_at IS NULL"_s).toInt(), added);
    }

    void deleteAndUndo()
    {
        QVERIFY(m_jobs->addText(MlPosting.arg(1)));
        QVERIFY(m_jobs->addText(SystemsPosting.arg(2)));
        m_jobs->setCurrentRow(1);
        const QString title = m_jobs->currentTitle();
        QVERIFY(m_jobs->remove());
        QCOMPARE(m_jobs->postings()->count(), 1);
        QCOMPARE(m_jobs->currentRow(), 0);
        QVERIFY(m_jobs->undoLabel().contains(u"Delete"_s));
        QVERIFY(m_jobs->undo());
        QCOMPARE(m_jobs->postings()->count(), 2);
        QCOMPARE(m_jobs->currentTitle(), title); // the restored posting is shown again

        // Ticked rows are deleted together.
        m_jobs->postings()->toggleAll();
        QCOMPARE(m_jobs->postings()->checkedCount(), 2);
        QVERIFY(m_jobs->remove());
        QCOMPARE(m_jobs->postings()->count(), 0);
        QCOMPARE(m_jobs->postings()->checkedCount(), 0);
        QVERIFY(!m_jobs->hasCurrent());

        // Deleted postings are gone for good in the next session.
        m_tester.reset();
        m_jobs.reset();
        JobsController next(*m_collection);
        QCOMPARE(TestSupport::scalar(m_collection->connection(), u"SELECT count(*) FROM job_postings"_s).toInt(), 0);
    }

    void applyToPlanSavesTheMeanOfTickedPostings()
    {
        QVERIFY(m_jobs->addText(MlPosting.arg(1)));
        QVERIFY(m_jobs->addText(SystemsPosting.arg(2)));
        QVERIFY(m_jobs->addText(SystemsPosting.arg(3)));
        QSqlDatabase db = m_collection->connection();

        m_jobs->setCurrentRow(0);
        QCOMPARE(m_jobs->applyCount(), 1);
        QVERIFY(m_jobs->applyToPlan());
        JobEmphasis emphasis = JobEmphasisStore::load(db);
        QCOMPARE(emphasis.postings, 1);
        QVERIFY(qAbs(emphasis.mlSystemsShare - role(0, PostingListModel::ProbabilityRole).toDouble()) < 1e-9);

        QSignalSpy apply(m_jobs.get(), &JobsController::applyChanged);
        m_jobs->postings()->setChecked(0, true);
        m_jobs->postings()->setChecked(2, true);
        QVERIFY(!apply.isEmpty());
        QCOMPARE(m_jobs->applyCount(), 2);
        QVERIFY(m_jobs->applyToPlan());
        emphasis = JobEmphasisStore::load(db);
        QCOMPARE(emphasis.postings, 2);
        const double mean = (role(0, PostingListModel::ProbabilityRole).toDouble() + role(2, PostingListModel::ProbabilityRole).toDouble()) / 2;
        QVERIFY(qAbs(emphasis.mlSystemsShare - mean) < 1e-9);
        QVERIFY(m_jobs->planText().contains(u"(2 posting"_s));
    }

    void correctionRefitsAndUndoes()
    {
        QVERIFY(m_jobs->addText(MlPosting.arg(1)));
        QVERIFY(m_jobs->addText(SystemsPosting.arg(2)));
        m_jobs->setCurrentRow(0);
        QVERIFY(m_jobs->currentMlSystems());
        const double before = m_jobs->currentProbability();
        QVERIFY(!m_jobs->hasLocalModel());

        QVERIFY(m_jobs->correct(false));
        QVERIFY(m_jobs->isBusy()); // the postings are classified again on the worker
        QVERIFY(!m_jobs->correct(true)); // not while that runs
        waitIdle();
        QVERIFY(m_jobs->hasLocalModel());
        QVERIFY(m_jobs->modelText().contains(u"1"_s));
        const int row = m_jobs->postings()->rowOf(role(0, PostingListModel::PostingIdRole).toLongLong());
        QVERIFY(row >= 0);
        QVERIFY(m_jobs->currentCorrected());
        QVERIFY(!m_jobs->currentMlSystems());
        QVERIFY2(m_jobs->currentProbability() < before, "the refit moved the posting towards the user's label");
        QCOMPARE(m_jobs->codingShare() + m_jobs->mlSystemsDesignShare() + m_jobs->domainDepthShare(), 100);
        QCOMPARE(m_jobs->mlSystemsDesignShare(), PreparationSplit::forProbability(0).mlSystemsDesign);

        QVERIFY(m_jobs->undo());
        waitIdle();
        QVERIFY(!m_jobs->currentCorrected());
        QVERIFY(!m_jobs->hasLocalModel());
        QVERIFY(qAbs(m_jobs->currentProbability() - before) < 1e-9);

        QVERIFY(m_jobs->correct(false));
        waitIdle();
        QVERIFY(m_jobs->resetModel());
        waitIdle();
        QVERIFY(!m_jobs->hasLocalModel());
        QVERIFY(!m_jobs->currentCorrected());
        QVERIFY(qAbs(m_jobs->currentProbability() - before) < 1e-9);
    }

    void preparationSplitRule()
    {
        const PreparationSplit ml = PreparationSplit::forProbability(1);
        QCOMPARE(ml.coding, 25);
        QCOMPARE(ml.mlSystemsDesign, 55);
        QCOMPARE(ml.domainDepth, 20);
        const PreparationSplit systems = PreparationSplit::forProbability(0);
        QCOMPARE(systems.coding, 35);
        QCOMPARE(systems.mlSystemsDesign, 10);
        QCOMPARE(systems.domainDepth, 55);
        for (double p : {-1.0, 0.13, 0.5, 0.77, 2.0, std::nan("")}) {
            const PreparationSplit split = PreparationSplit::forProbability(p);
            QCOMPARE(split.coding + split.mlSystemsDesign + split.domainDepth, 100);
            QVERIFY(split.domainDepth >= 20 && split.domainDepth <= 55);
        }
    }

    void evidenceTextEscapesAndMarks()
    {
        const QString text = u"<b>CUDA</b> & Kubernetes\nnext line"_s;
        const QList<Evidence> evidence {{u"CUDA"_s, 1.0, 3, 7, u"cuda"_s, JobSection::Body},
                                        {u"Kubernetes"_s, -0.5, 14, 24, u"k8s"_s, JobSection::Body},
                                        {u"UDA"_s, 0.2, 4, 7, u"overlap"_s, JobSection::Body},
                                        {u"beyond"_s, 0.2, 90, 99, u"out-of-range"_s, JobSection::Body}};
        const QString html = EvidenceText::html(text, evidence, QColor(u"#112233"_s), QColor(u"#445566"_s), QColor(u"#778899"_s));
        QVERIFY(html.contains(u"&lt;b&gt;"_s));
        QVERIFY(html.contains(u"&amp;"_s));
        QVERIFY(html.contains(u"<br>"_s));
        QVERIFY(html.contains(u"href=\"evidence:0\""_s));
        QVERIFY(html.contains(u"#112233"_s));
        QVERIFY(html.contains(u"href=\"evidence:1\""_s));
        QVERIFY(html.contains(u"#445566"_s));
        QVERIFY(html.contains(u"color:#778899"_s));
        QVERIFY(!html.contains(u"evidence:2"_s)); // overlaps a stronger phrase
        QVERIFY(!html.contains(u"evidence:3"_s));
        QCOMPARE(EvidenceText::indexOfLink(u"evidence:1"_s), 1);
        QCOMPARE(EvidenceText::indexOfLink(u"evidence:x"_s), -1);

        const QString longText(EvidenceText::MaxChars + 10, u'x');
        QVERIFY(EvidenceText::html(longText, {}, {}, {}, {}).contains(u"10 more character"_s));
    }
};

QTEST_MAIN(TestJobsController)
#include "tst_jobscontroller.moc"
