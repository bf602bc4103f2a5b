// SPDX-License-Identifier: GPL-3.0-or-later
// `mlprep classify` on the real binary: both output formats, folders, bad files and exit codes.
#include "e2esupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QByteArray MlPosting = "Inference Optimization Engineer\n\nRequirements\n- CUDA and Triton kernels\n- FP8 and INT4 quantization\n"
                             "- KV cache and speculative decoding\n";
const QByteArray SystemsPosting = "<h1>Site Reliability Engineer</h1><h2>Requirements</h2><ul><li>Kubernetes &amp; Terraform</li>"
                                  "<li>On-call, SLOs and incident response</li></ul>";

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QList<QByteArray> lines(const QByteArray &out)
{
    QList<QByteArray> result = out.split('\n');
    while (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}
}

class TestClassify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonOnAFolderWithABadFile()
    {
        TestSupport::TempDataDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"postings/nested"_s));
        write(dir.filePath(u"postings/a-ml.txt"_s), MlPosting);
        write(dir.filePath(u"postings/nested/b-sre.html"_s), SystemsPosting);
        write(dir.filePath(u"postings/c-binary.bin"_s),
              QByteArray("\x7f"
                         "ELF\0\0\0\0\x01\x02",
                         10));
        write(dir.filePath(u"postings/d-empty.txt"_s), QByteArray());

        const Run run = runMlprep({u"classify"_s, u"--json"_s, dir.filePath(u"postings"_s)});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> out = lines(run.out);
        QCOMPARE(out.size(), 2);
        const QJsonObject ml = QJsonDocument::fromJson(out[0]).object();
        const QJsonObject sre = QJsonDocument::fromJson(out[1]).object();
        QVERIFY(ml.value(u"file"_s).toString().endsWith(u"a-ml.txt"_s));
        QCOMPARE(ml.value(u"label"_s).toString(), u"ml-systems"_s);
        QCOMPARE(sre.value(u"label"_s).toString(), u"systems-with-ml"_s);
        QCOMPARE(QStringList(ml.keys()), (QStringList {u"ambiguous"_s, u"evidence"_s, u"file"_s, u"label"_s, u"p_ml_systems"_s, u"topics"_s}));
        QVERIFY(ml.value(u"p_ml_systems"_s).toDouble() > 0.6);
        QVERIFY(ml.value(u"ambiguous"_s).isBool());
        QVERIFY(ml.value(u"topics"_s).toArray().contains(u"kernels"_s));
        const QJsonArray evidence = sre.value(u"evidence"_s).toArray();
        QVERIFY(!evidence.isEmpty());
        const QJsonObject first = evidence.first().toObject();
        QCOMPARE(QStringList(first.keys()), (QStringList {u"end"_s, u"start"_s, u"text"_s, u"weight"_s}));
        QVERIFY(first.value(u"weight"_s).toDouble() < 0);
        QVERIFY(first.value(u"end"_s).toInteger() > first.value(u"start"_s).toInteger());

        QVERIFY2(run.err.contains("c-binary.bin: binary file (not text)"), run.err.constData());
        QVERIFY2(run.err.contains("d-empty.txt: empty file"), run.err.constData());
    }

    void tsvOneLinePerPosting()
    {
        TestSupport::TempDataDir dir;
        write(dir.filePath(u"ml.md"_s), MlPosting);
        write(dir.filePath(u"sre.html"_s), SystemsPosting);
        const Run run = runMlprep({u"classify"_s, dir.filePath(u"ml.md"_s), dir.filePath(u"sre.html"_s)});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> out = lines(run.out);
        QCOMPARE(out.size(), 2);
        const QList<QByteArray> ml = out[0].split('\t');
        QCOMPARE(ml.size(), 6);
        QVERIFY(ml[0].endsWith("ml.md"));
        QCOMPARE(ml[1], QByteArray("ml-systems"));
        QVERIFY(ml[2].toDouble() > 0.6);
        QCOMPARE(ml[3], QByteArray("clear"));
        QCOMPARE(out[1].split('\t')[1], QByteArray("systems-with-ml"));
        QVERIFY(run.err.isEmpty());
    }

    void nothingReadableExitsTwo()
    {
        TestSupport::TempDataDir dir;
        write(dir.filePath(u"blank.txt"_s), "   \n\n");
        write(dir.filePath(u"posting.pdf"_s), "%PDF-1.4\n");
        const Run run = runMlprep({u"classify"_s, dir.filePath(u"blank.txt"_s), dir.filePath(u"posting.pdf"_s), dir.filePath(u"missing.txt"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("blank.txt: no text (only whitespace)"), run.err.constData());
        QVERIFY2(run.err.contains("posting.pdf: PDF is not supported"), run.err.constData());
        QVERIFY2(run.err.contains("missing.txt: no such file or folder"), run.err.constData());
    }

    void usageWithoutPaths()
    {
        const Run run = runMlprep({u"classify"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no files or folders given"));
    }
};

QTEST_GUILESS_MAIN(TestClassify)
#include "tst_classify.moc"
