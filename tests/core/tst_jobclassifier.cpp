// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobclassifier.h"
#include "jobs/jobcorpus.h"
#include "jobs/jobtrainer.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
// The issue's first misleading case: the blurb is all foundation models, the job is platform operations.
const QByteArray BuzzwordBlurbPlatformJob = "Senior Platform Engineer\nHelio Minds — Remote\n\n"
                                            "About us\nWe pretrain frontier LLMs with RLHF, DPO, LoRA fine-tuning, FSDP and custom CUDA kernels "
                                            "on thousands of H100s; our research papers on quantization and speculative decoding are widely cited.\n\n"
                                            "Responsibilities\n- Operate our Kubernetes clusters and Terraform-managed cloud infrastructure.\n"
                                            "- Join the on-call rotation; run incident response and postmortems.\n"
                                            "- Own observability: Prometheus, Grafana, alerting and SLOs.\n\n"
                                            "Requirements\n- 5+ years running Kubernetes in production.\n- Terraform, Helm, CI/CD.\n"
                                            "- Comfortable being on-call.\n- Postgres and Kafka operations.\n";
// The second: an "Infrastructure" title whose work is kernels and quantisation of the model.
const QByteArray InfrastructureTitleKernelJob = "Infrastructure Engineer\nQuarry Compute — Austin\n\n"
                                                "What you'll do\n- Write CUDA and Triton kernels for attention and quantized GEMMs.\n"
                                                "- Quantize models to FP8 and INT4 (GPTQ, AWQ) and measure accuracy regressions.\n"
                                                "- Optimise the KV cache layout and speculative decoding.\n\n"
                                                "Requirements\n- CUDA programming, tensor cores, memory-bound kernel tuning.\n"
                                                "- Deep understanding of transformer internals and numerics.\n";

const JobModel &shippedModel()
{
    static const JobModel model = JobModel::load();
    return model;
}

const QList<LabelledPosting> &corpus()
{
    static const QList<LabelledPosting> postings = JobCorpus::loadDirectory(TestSupport::testData(u"../../resources/jobs/corpus"_s));
    return postings;
}
}

class TestJobClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(JobModel::load(&error).isValid(), qPrintable(error));
        QVERIFY(corpus().size() >= 200);
    }

    void misleadingBlurbIsSystemsWithMl()
    {
        const Classification result = JobClassifier(shippedModel()).classify(BuzzwordBlurbPlatformJob);
        QVERIFY(result.problem.isEmpty());
        QCOMPARE(result.labelKey(), u"systems-with-ml"_s);
        QVERIFY2(result.pMlSystems < 0.4, qPrintable(QString::number(result.pMlSystems)));
        QCOMPARE(result.title, u"Senior Platform Engineer"_s);
        QCOMPARE(result.company, u"Helio Minds"_s);
        // The strongest evidence comes from the requirements, not from the blurb.
        QVERIFY(result.evidence.first().weight < 0);
        QVERIFY(result.evidence.first().section != JobSection::About);
    }

    void infrastructureTitleKernelWorkIsMlSystems()
    {
        const Classification result = JobClassifier(shippedModel()).classify(InfrastructureTitleKernelJob);
        QCOMPARE(result.labelKey(), u"ml-systems"_s);
        QVERIFY2(result.pMlSystems > 0.6, qPrintable(QString::number(result.pMlSystems)));
        QVERIFY(!result.ambiguous);
        QVERIFY(result.topics.contains(u"kernels"_s));
        QVERIFY(result.topics.contains(u"quantization"_s));
        QVERIFY(result.topics.contains(u"kv-cache"_s));
        QVERIFY(!result.topics.contains(u"reliability"_s));
    }

    void evidenceOffsetsPointAtThePhrase()
    {
        // HTML input: offsets are into the extracted text, after entities and tags are gone.
        const QByteArray html = "<h1>Inference Engineer</h1><h2>Requirements</h2><ul><li>KV&#8209;cache &amp; <b>paged attention</b></li>"
                                "<li>Kubernetes &mdash; on-call</li></ul>";
        const Classification result = JobClassifier(shippedModel()).classify(html, u"p.html"_s);
        QVERIFY(!result.evidence.isEmpty());
        double sum = shippedModel().bias();
        QStringList phrases;
        for (const Evidence &item : result.evidence) {
            QVERIFY(item.start >= 0 && item.end <= result.plainText.size() && item.start < item.end);
            QCOMPARE(result.plainText.sliced(item.start, item.end - item.start), item.text);
            QVERIFY(item.weight != 0);
            phrases.append(item.text.toLower());
            sum += item.weight;
        }
        QVERIFY(phrases.contains(u"paged attention"_s));
        QVERIFY(phrases.contains(u"kubernetes"_s));
        QVERIFY(phrases.contains(u"on-call"_s));
        QVERIFY(qAbs(sum - result.score) < 1e-9);
        for (qsizetype i = 1; i < result.evidence.size(); ++i)
            QVERIFY(qAbs(result.evidence[i - 1].weight) >= qAbs(result.evidence[i].weight));
    }

    void excludedSectionDoesNotCount()
    {
        const QByteArray core = "Backend Engineer\n\nRequirements\n- Go and Postgres\n- Kubernetes\n";
        const JobClassifier classifier(shippedModel());
        const Classification result = classifier.classify(core + "\nNot required\n- CUDA kernels, quantization, FSDP\n");
        for (const Evidence &item : result.evidence)
            QVERIFY2(item.section != JobSection::Excluded, qPrintable(item.text));
        QVERIFY(!result.topics.contains(u"kernels"_s));
        QCOMPARE(result.score, classifier.classify(core).score);
        QVERIFY(!result.mlSystems);
    }

    void heldOutAccuracy()
    {
        const JobEvaluation evaluation = JobTrainer::evaluate(shippedModel(), corpus(), true);
        qInfo("held-out accuracy %d/%d = %.1f %%, hard %d/%d = %.1f %%, log loss %.3f; errors: %s",
              evaluation.correct,
              evaluation.total,
              evaluation.accuracy() * 100,
              evaluation.hardCorrect,
              evaluation.hardTotal,
              evaluation.hardAccuracy() * 100,
              evaluation.logLoss,
              qPrintable(evaluation.misclassified.join(u", "_s)));
        QVERIFY(evaluation.total >= 50);
        QVERIFY(evaluation.hardTotal >= 15);
        QVERIFY(evaluation.accuracy() >= 0.90);
        QVERIFY(evaluation.hardAccuracy() >= 0.80);
    }

    void deterministic()
    {
        const JobClassifier classifier(shippedModel());
        const LabelledPosting &posting = corpus().at(42);
        const Classification a = classifier.classify(posting.raw, posting.fileNameHint);
        const Classification b = JobClassifier(JobModel::load()).classify(posting.raw, posting.fileNameHint);
        QCOMPARE(a.pMlSystems, b.pMlSystems);
        QCOMPARE(a.evidence.size(), b.evidence.size());
        for (qsizetype i = 0; i < a.evidence.size(); ++i) {
            QCOMPARE(a.evidence[i].start, b.evidence[i].start);
            QCOMPARE(a.evidence[i].weight, b.evidence[i].weight);
        }
        QCOMPARE(a.topics, b.topics);
    }

    void refusedInputHasProblem()
    {
        const JobClassifier classifier(shippedModel());
        QCOMPARE(classifier.classify(QByteArray()).problem, u"empty file"_s);
        QVERIFY(classifier.classify(QByteArray("\0\0\0\x01\x02", 5)).problem.contains(u"binary"_s));
        QVERIFY(classifier.classifyText(u"  \n "_s).problem.contains(u"whitespace"_s));
        const Classification latin1 = classifier.classify("Kernel Engineer\nCUDA kernels f\xFCr FP8 quantization\n");
        QVERIFY(latin1.problem.isEmpty());
        QVERIFY(latin1.warning.contains(u"Latin-1"_s));
        QVERIFY(latin1.mlSystems);
    }

    void modelJsonRoundTrip()
    {
        const JobModel &model = shippedModel();
        QString error;
        const JobModel copy = JobModel::fromJson(model.toJsonBytes(), &error);
        QVERIFY2(copy.isValid(), qPrintable(error));
        QCOMPARE(copy.toJsonBytes(), model.toJsonBytes());
        QCOMPARE(copy.terms().size(), model.terms().size());
        QCOMPARE(copy.bias(), model.bias());
        QCOMPARE(copy.calibrationScale(), model.calibrationScale());
        QCOMPARE(copy.sectionWeights(), model.sectionWeights());
        QVERIFY(model.topics().contains(u"lora"_s));
    }

    void badModelJsonIsRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << u"not JSON"_s;
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other"})") << u"not a job model"_s;
        QTest::newRow("no terms") << QByteArray(R"({"format":"mlprep-job-model","version":1,"terms":[]})") << u"no terms"_s;
        QTest::newRow("no patterns") << QByteArray(R"({"format":"mlprep-job-model","terms":[{"id":"x","patterns":[]}]})") << u"terms[0] (x): no patterns"_s;
        QTest::newRow("duplicate") << QByteArray(R"({"format":"mlprep-job-model","terms":[{"id":"x","patterns":["a"]},{"id":"x","patterns":["b"]}]})")
                                   << u"duplicate id"_s;
        QTest::newRow("section") << QByteArray(R"({"format":"mlprep-job-model","terms":[{"id":"x","patterns":["a"]}],"sectionWeights":{"salary":1}})")
                                 << u"sectionWeights"_s;
        QTest::newRow("band") << QByteArray(R"({"format":"mlprep-job-model","terms":[{"id":"x","patterns":["a"]}],"ambiguous":{"low":0.7,"high":0.9}})")
                              << u"band"_s;
        QTest::newRow("newer") << QByteArray(R"({"format":"mlprep-job-model","version":99,"terms":[{"id":"x","patterns":["a"]}]})") << u"newer"_s;
    }

    void badModelJsonIsRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!JobModel::fromJson(json, &error).isValid());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void trainingIsDeterministic()
    {
        TrainOptions options;
        options.base = JobModel::loadLexicon();
        QVERIFY(options.base->isValid());
        const JobModel first = JobTrainer::train(corpus(), options);
        const JobModel second = JobTrainer::train(corpus(), options);
        QVERIFY(first.isValid());
        QCOMPARE(first.toJsonBytes(), second.toJsonBytes());
        QCOMPARE(first.trainingInfo().value(u"examples"_s).toInt(), int(std::count_if(corpus().cbegin(), corpus().cend(), [](const LabelledPosting &p) {
                     return !p.test;
                 })));
        // Neutral terms stay out of the class decision.
        for (const JobTerm &term : first.terms()) {
            if (term.prior == 0)
                QCOMPARE(term.weight, 0.0);
        }
    }

    void localRefitFollowsCorrections()
    {
        // A user says postings like this one are ML systems; anchored to the shipped weights, a refit on
        // their corrections moves the probability towards their label without forgetting the rest.
        const QByteArray posting = "Platform Engineer\n\nRequirements\n- Kubernetes operators for training jobs\n- Go\n";
        const double before = JobClassifier(shippedModel()).classify(posting).pMlSystems;
        QList<LabelledPosting> corrections;
        for (int i = 0; i < 4; ++i)
            corrections.append({u"correction-%1"_s.arg(i), posting, {}, true, false, false, 5.0});
        corrections.append({u"counterexample"_s, BuzzwordBlurbPlatformJob, {}, false, false, false, 1.0});
        TrainOptions options;
        options.base = shippedModel();
        options.anchorToBase = true;
        options.useTestSplit = true;
        const JobModel refit = JobTrainer::train(corrections, options);
        QVERIFY(refit.isValid());
        const double after = JobClassifier(refit).classify(posting).pMlSystems;
        QVERIFY2(after > before, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
        // Too few corrections to cross-validate: the shipped calibration is kept.
        QCOMPARE(refit.calibrationScale(), shippedModel().calibrationScale());
        const JobEvaluation stillGood = JobTrainer::evaluate(refit, corpus(), true);
        QVERIFY(stillGood.accuracy() >= 0.85);
    }
};

QTEST_GUILESS_MAIN(TestJobClassifier)
#include "tst_jobclassifier.moc"
