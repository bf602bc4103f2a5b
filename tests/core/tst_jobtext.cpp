// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobtext.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJobText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlTagsScriptsStylesAndEntities()
    {
        const QByteArray html = "<html><head><title>Careers</title><style>h1 { color: red; } .x{}</style>"
                                "<script>var posting = \"<h2>Fake heading</h2>\"; if (a < b) track();</script></head>"
                                "<body><!-- tracking pixel --><h1>ML Engineer &amp; Researcher</h1>"
                                "<p>We&#8217;re hiring &mdash; <b>now</b>.&nbsp;Salary &euro;100k &#x2014; &lt;fast&gt;</p>"
                                "<ul><li>Write   CUDA\n kernels</li><li>Ship &unknown; things</li></ul>"
                                "<noscript>Enable JavaScript</noscript><SCRIPT type=x>alert(1)</SCRIPT></body></html>";
        const JobText::Extracted result = JobText::extract(html, u"posting.html"_s);
        QVERIFY(result.problem.isEmpty());
        QCOMPARE(result.format, JobText::Format::Html);
        QCOMPARE(result.text,
                 u"Careers\nML Engineer & Researcher\n\nWe’re hiring — now. Salary €100k — <fast>\n\n- Write CUDA kernels\n- Ship &unknown; things"_s);
        QVERIFY(!result.text.contains(u"Fake heading"_s));
        QVERIFY(!result.text.contains(u"color"_s));
        QVERIFY(!result.text.contains(u"alert"_s));
        QVERIFY(!result.text.contains(u"JavaScript"_s));
    }

    void htmlDetectedFromContentAndMalformedTail()
    {
        const JobText::Extracted result = JobText::extract("<div><p>Kubernetes on-call</p></div><p>unterminated <b", {});
        QCOMPARE(result.format, JobText::Format::Html);
        QCOMPARE(result.text, u"Kubernetes on-call\n\nunterminated"_s);
        // An unclosed script swallows the rest instead of leaking code into the posting.
        QCOMPARE(JobText::extract("<p>Before</p><script>var x = 1;", u"a.html"_s).text, u"Before"_s);
    }

    void markdownMarkupRemoved()
    {
        const QByteArray md = "# Staff Engineer, Inference\n\n## What you'll do\n* Build **fused** kernels with `triton`\n"
                              "+ Read [the paper](https://arxiv.org/abs/1) and ![logo](x.png)\n---\nsnake_case_name stays\n";
        const JobText::Extracted result = JobText::extract(md, u"p.md"_s);
        QCOMPARE(result.format, JobText::Format::Markdown);
        QCOMPARE(result.text,
                 u"Staff Engineer, Inference\n\nWhat you'll do\n- Build fused kernels with triton\n- Read the paper and logo\n\nsnake_case_name stays"_s);
        QCOMPARE(JobText::extract("# Title\n\n## Requirements\n- Go\n", {}).format, JobText::Format::Markdown);
    }

    void plainTextKeptAndTidied()
    {
        const JobText::Extracted result = JobText::extract("Title  \r\nLine two\r\n\r\n\r\n\r\nAfter gap   \n", u"x.txt"_s);
        QCOMPARE(result.format, JobText::Format::Text);
        QCOMPARE(result.encoding, u"UTF-8"_s);
        QCOMPARE(result.text, u"Title\nLine two\n\nAfter gap"_s);
        QVERIFY(result.warning.isEmpty());
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("warned");
        const QString text = u"Ingénieur — KV-cache"_s;
        QTest::newRow("utf8") << text.toUtf8() << u"UTF-8"_s << false;
        QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << u"UTF-8"_s << false;
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf16le-bom") << QByteArray(le(text)) << u"UTF-16LE"_s << false;
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf16be-bom") << QByteArray(be(text)) << u"UTF-16BE"_s << false;
    }

    void encodings()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, encoding);
        QFETCH(bool, warned);
        const JobText::Extracted result = JobText::extract(raw, {});
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.text, u"Ingénieur — KV-cache"_s);
        QCOMPARE(!result.warning.isEmpty(), warned);
    }

    void latin1FallbackIsReported()
    {
        const JobText::Extracted result = JobText::extract("Ing\xE9nieur, M\xFCnchen", {});
        QVERIFY(result.problem.isEmpty());
        QCOMPARE(result.encoding, u"Latin-1"_s);
        QCOMPARE(result.text, u"Ingénieur, München"_s);
        QVERIFY(result.warning.contains(u"Latin-1"_s));
    }

    void refusedInput_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QString() << u"empty file"_s;
        QTest::newRow("whitespace") << QByteArray(" \n\t \r\n  ") << QString() << u"no text (only whitespace)"_s;
        QTest::newRow("markup only") << QByteArray("<html><script>x()</script></html>") << QString() << u"no text left after removing markup"_s;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"a.png"_s << u"binary file (not text)"_s;
        QTest::newRow("controls") << QByteArray(200, '\x01') << QString() << u"binary file (not text)"_s;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\n1 0 obj") << u"a.pdf"_s << u"PDF"_s;
        QTest::newRow("docx") << QByteArray("PK\x03\x04\x14\0", 6) << u"a.docx"_s << u"not supported"_s;
    }

    void refusedInput()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, hint);
        QFETCH(QString, message);
        const JobText::Extracted result = JobText::extract(raw, hint);
        QVERIFY2(result.problem.contains(message), qPrintable(result.problem));
        QVERIFY(result.text.isEmpty());
    }

    void sizeBound()
    {
        const QByteArray tooLarge(JobText::MaxBytes + 1, 'a');
        const JobText::Extracted refused = JobText::extract(tooLarge, {});
        QVERIFY(refused.problem.contains(u"50 MB"_s));
        // A large but legal posting (1 MB of real lines) is read in full.
        QByteArray large;
        while (large.size() < 1024 * 1024)
            large += "- Operate Kubernetes clusters and tune CUDA kernels for throughput.\n";
        const JobText::Extracted read = JobText::extract(large, {});
        QVERIFY(read.problem.isEmpty());
        QCOMPARE(read.text.size(), large.size() - 1);
    }

    void entities()
    {
        QCOMPARE(JobText::decodeEntities(u"a &amp;&amp; b &#65;&#x42; &nosuch; &#xD800; & c"), u"a && b AB &nosuch; \uFFFD & c"_s);
    }
};

QTEST_GUILESS_MAIN(TestJobText)
#include "tst_jobtext.moc"
