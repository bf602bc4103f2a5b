// SPDX-License-Identifier: GPL-3.0-or-later
#include "collection.h"
#include "jobs/jobclassifier.h"
#include "jobs/jobcorrections.h"
#include "jobs/postingstore.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 Now = 1'760'000'000'000;

Classification result(double p, const QString &title, const QString &text = u"Build things."_s)
{
    Classification c;
    c.pMlSystems = p;
    c.mlSystems = p >= 0.5;
    c.ambiguous = p > 0.4 && p < 0.6;
    c.title = title;
    c.company = u"Acme"_s;
    c.plainText = text;
    c.topics = {u"quantization"_s, u"serving"_s};
    return c;
}

PostingStore::NewPosting posting(const QByteArray &raw, double p, const QString &title)
{
    return {u"/tmp/%1.txt"_s.arg(title), raw, result(p, title, QString::fromUtf8(raw))};
}

/// A posting the shipped model reads as ML systems, and one it reads as systems with ML.
const QByteArray MlPosting = "Research Engineer, Inference\n\nResponsibilities\n- Write CUDA and Triton kernels for attention\n"
                             "- Quantize models to FP8 and INT4 with GPTQ and AWQ\n- Speed up decoding with speculative decoding and KV cache "
                             "paging\n\nRequirements\n- Experience with PyTorch internals and mixed precision training\n";
const QByteArray SystemsPosting = "Site Reliability Engineer, Platform\n\nResponsibilities\n- Run Kubernetes clusters across regions and own "
                                  "the on-call rotation\n- Design storage and networking for our API platform\n\nRequirements\n- "
                                  "Distributed systems, Kafka, Postgres, Terraform, observability and SLOs\n";
}

class TestPostingStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Collection> m_collection;
    qint64 m_now = Now;

    [[nodiscard]] PostingStore store()
    {
        return PostingStore(m_collection->connection(), [this] {
            return m_now;
        });
    }
    [[nodiscard]] JobCorrections corrections()
    {
        return JobCorrections(m_collection->connection(), [this] {
            return m_now;
        });
    }
    [[nodiscard]] qint64 scalar(const QString &sql)
    {
        const QVariant value = TestSupport::scalar(m_collection->connection(), sql);
        return value.isValid() ? value.toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_collection = Collection::open(m_dir->path(), &error);
        QVERIFY2(m_collection, qPrintable(error));
        m_now = Now;
    }

    void cleanup()
    {
        m_collection.reset();
        m_dir.reset();
    }

    void addsAndListsByScore()
    {
        PostingStore postings = store();
        const PostingStore::Result added = postings.add({posting("low", 0.1, u"Low"_s), posting("high", 0.9, u"High"_s), posting("middle", 0.5, u"Middle"_s)});
        QVERIFY2(added.ok(), qPrintable(added.error));
        QCOMPARE(added.ids.size(), 3);
        QVERIFY(added.changes.testFlag(StoreChange::Jobs));

        const QList<PostingSummary> rows = postings.rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).title, u"High"_s);
        QCOMPARE(rows.at(1).title, u"Middle"_s);
        QCOMPARE(rows.at(2).title, u"Low"_s);
        QCOMPARE(rows.at(0).addedAt, Now);
        QCOMPARE(rows.at(0).fileName, u"/tmp/High.txt"_s);
        QVERIFY(rows.at(1).ambiguous);
        QVERIFY(!rows.at(0).userLabel);
        QCOMPARE(postings.count(), 3);
    }

    void skipsDuplicatesAndProblems()
    {
        PostingStore postings = store();
        PostingStore::NewPosting refused = posting("\x00\x01"_ba, 0.5, u"Binary"_s);
        refused.result.problem = u"binary file (not text)"_s;
        PostingStore::Result added = postings.add({posting("same", 0.7, u"A"_s), posting("same", 0.7, u"B"_s), refused});
        QCOMPARE(added.ids.size(), 1);
        QCOMPARE(added.duplicates, 1);

        added = postings.add({posting("same", 0.7, u"C"_s), posting("other", 0.2, u"D"_s)});
        QCOMPARE(added.ids.size(), 1);
        QCOMPARE(added.duplicates, 1);
        QCOMPARE(postings.count(), 2);

        // A deleted posting is no longer listed, so adding its bytes again lists it again.
        const qint64 same = postings.rows().constFirst().id;
        QVERIFY(postings.remove({same}).ok());
        added = postings.add({posting("same", 0.7, u"E"_s)});
        QCOMPARE(added.ids.size(), 1);
        QCOMPARE(added.duplicates, 0);
    }

    void keepsTextEvidenceAndTopics()
    {
        PostingStore postings = store();
        PostingStore::NewPosting item = posting("raw bytes", 0.8, u"Kernels"_s);
        item.result.plainText = u"Write CUDA kernels and run Kubernetes."_s;
        item.result.evidence
            = {{u"CUDA kernels"_s, 1.25, 6, 18, u"cuda-kernels"_s, JobSection::Body}, {u"Kubernetes"_s, -0.5, 27, 37, u"kubernetes"_s, JobSection::Body}};
        const qint64 id = postings.add({item}).ids.constFirst();

        const std::optional<PostingDetail> detail = postings.posting(id);
        QVERIFY(detail);
        QCOMPARE(detail->plainText, item.result.plainText);
        QCOMPARE(detail->topics, item.result.topics);
        QCOMPARE(detail->evidence.size(), 2);
        const Evidence &first = detail->evidence.at(0);
        QCOMPARE(first.text, u"CUDA kernels"_s);
        QCOMPARE(first.weight, 1.25);
        QCOMPARE(detail->plainText.mid(first.start, first.end - first.start), u"CUDA kernels"_s);
        QCOMPARE(detail->evidence.at(1).weight, -0.5);
        QCOMPARE(detail->evidence.at(1).term, u"kubernetes"_s);

        const auto raw = postings.raw(id);
        QVERIFY(raw);
        QCOMPARE(raw->first, "raw bytes"_ba);
        QVERIFY(!postings.posting(id + 100));
    }

    void deleteRestoreAndPurge()
    {
        PostingStore postings = store();
        const QList<qint64> ids = postings.add({posting("a", 0.9, u"A"_s), posting("b", 0.1, u"B"_s)}).ids;
        m_now = Now + 1000;
        PostingStore::Result removed = postings.remove({ids.at(0)});
        QVERIFY(removed.ok());
        QVERIFY(removed.changes.testFlag(StoreChange::Jobs));
        QCOMPARE(postings.rows().size(), 1);
        QCOMPARE(postings.rows().constFirst().id, ids.at(1));
        QVERIFY(postings.posting(ids.at(0))->deleted);
        QCOMPARE(scalar(u"SELECT deleted_at FROM job_postings WHERE id = %1"_s.arg(ids.at(0))), Now + 1000);

        QVERIFY(postings.restore({ids.at(0)}).ok());
        QCOMPARE(postings.rows().size(), 2);
        QVERIFY(!postings.restore({ids.at(0)}).changes); // nothing left to restore

        QVERIFY(postings.remove(ids).ok());
        QCOMPARE(postings.purgeDeleted(), 2);
        QCOMPARE(scalar(u"SELECT count(*) FROM job_postings"_s), 0);
        QCOMPARE(postings.purgeDeleted(), 0);
    }

    void updatesResultsAfterARefit()
    {
        PostingStore postings = store();
        const qint64 id = postings.add({posting("a", 0.2, u"Before"_s)}).ids.constFirst();
        Classification refused = result(0.99, u"Refused"_s);
        refused.problem = u"empty file"_s;
        QVERIFY(!postings.updateResults({{id, refused}}).changes);
        QCOMPARE(postings.posting(id)->summary.title, u"Before"_s);

        const PostingStore::Result updated = postings.updateResults({{id, result(0.95, u"After"_s)}});
        QVERIFY(updated.ok());
        QVERIFY(updated.changes.testFlag(StoreChange::Jobs));
        const PostingSummary row = postings.rows().constFirst();
        QCOMPARE(row.title, u"After"_s);
        QCOMPARE(row.pMlSystems, 0.95);
        QVERIFY(row.mlSystems);
    }

    void correctionsLabelRowsAndSurviveDeletion()
    {
        PostingStore postings = store();
        JobCorrections labels = corrections();
        const qint64 id = postings.add({posting("a", 0.8, u"A"_s)}).ids.constFirst();
        QVERIFY(!labels.label(id));
        QVERIFY(!labels.correct(id + 50, false).ok()); // no such posting

        QVERIFY(labels.correct(id, false).ok());
        QCOMPARE(labels.label(id), std::optional<bool>(false));
        PostingSummary row = postings.rows().constFirst();
        QCOMPARE(row.userLabel, std::optional<bool>(false));
        QVERIFY(!row.effectiveMlSystems());
        QCOMPARE(row.effectiveP(), 0.0);
        QVERIFY(row.mlSystems); // the model's label is kept beside the user's

        QVERIFY(labels.correct(id, true).ok());
        QCOMPARE(labels.count(), 1); // replaced, not added
        QVERIFY(labels.restore(id, false).ok());
        QCOMPARE(labels.label(id), std::optional<bool>(false));
        QVERIFY(labels.restore(id, std::nullopt).ok());
        QVERIFY(!labels.label(id));
        QCOMPARE(labels.count(), 0);

        QVERIFY(labels.correct(id, false).ok());
        QVERIFY(postings.remove({id}).ok());
        QCOMPARE(postings.purgeDeleted(), 1);
        const QList<LabelledPosting> examples = labels.examples();
        QCOMPARE(examples.size(), 1);
        QCOMPARE(examples.constFirst().raw, "a"_ba);
        QVERIFY(!examples.constFirst().mlSystems);
        QCOMPARE(examples.constFirst().weight, JobCorrections::CorrectionWeight);
    }

    void refitMovesTowardsTheCorrectionAndResetReturns()
    {
        JobCorrections labels = corrections();
        QString error;
        const JobModel shipped = labels.currentModel(&error);
        QVERIFY2(shipped.isValid(), qPrintable(error));
        QCOMPARE(labels.localModelCorrections(), 0);
        const double before = JobClassifier(shipped).classify(MlPosting).pMlSystems;
        QVERIFY2(before > 0.5, "the fixture reads as ML systems");

        PostingStore postings = store();
        const QList<qint64> ids = postings
                                      .add({{u"ml.txt"_s, MlPosting, JobClassifier(shipped).classify(MlPosting)},
                                            {u"sys.txt"_s, SystemsPosting, JobClassifier(shipped).classify(SystemsPosting)}})
                                      .ids;
        QCOMPARE(ids.size(), 2);
        // The user says the ML posting is a systems job: the refit must move it that way.
        QVERIFY(labels.correct(ids.at(0), false).ok());
        JobModel refitted;
        const JobCorrections::Result fitted = labels.refit(&refitted);
        QVERIFY2(fitted.ok(), qPrintable(fitted.error));
        QVERIFY(refitted.isValid());
        QCOMPARE(labels.localModelCorrections(), 1);
        const double after = JobClassifier(refitted).classify(MlPosting).pMlSystems;
        QVERIFY2(after < before, qPrintable(u"P %1 → %2"_s.arg(before).arg(after)));
        // The stored model is the one in effect from now on.
        QCOMPARE(JobClassifier(labels.currentModel()).classify(MlPosting).pMlSystems, after);

        QVERIFY(labels.reset().ok());
        QCOMPARE(labels.localModelCorrections(), 0);
        QCOMPARE(labels.count(), 0);
        QCOMPARE(JobClassifier(labels.currentModel()).classify(MlPosting).pMlSystems, before);
    }
};

QTEST_GUILESS_MAIN(TestPostingStore)
#include "tst_postingstore.moc"
