// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlight/highlightcache.h"
#include "highlight/highlighter.h"
#include "highlight/katehighlighter.h"
#include "highlight/markdowncode.h"
#include "highlight/plainhighlighter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using Theme = Highlighter::Theme;

#define REQUIRE_KATE()                                                                                                                                         \
    do {                                                                                                                                                       \
        if (!KateHighlighter::isAvailable()) {                                                                                                                 \
            QSKIP("kate-syntax-highlighter is not installed (Debian package libkf5syntaxhighlighting-tools)");                                                 \
        }                                                                                                                                                      \
    } while (false)

namespace
{
const QString pythonCode = u"def mean(xs):\n    \"\"\"Average.\"\"\"\n    return sum(xs) / len(xs)  # float\n"_s;

/// The text colours of a fragment's spans (not their backgrounds).
QSet<QString> spanColours(const QString &html)
{
    static const QRegularExpression colour(u"(?<![-\\w])color:(#[0-9a-f]{6})"_s);
    QSet<QString> colours;
    auto it = colour.globalMatch(html);
    while (it.hasNext()) {
        colours.insert(it.next().captured(1));
    }
    return colours;
}

/// What Qt's rich text shows for a fragment.
QString shownText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

/// Sets an environment variable for one scope and restores it afterwards.
class EnvironmentGuard
{
public:
    EnvironmentGuard(const char *name, const QByteArray &value) : m_name(name), m_hadValue(qEnvironmentVariableIsSet(name)), m_oldValue(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvironmentGuard()
    {
        if (m_hadValue) {
            qputenv(m_name, m_oldValue);
        } else {
            qunsetenv(m_name);
        }
    }
    EnvironmentGuard(const EnvironmentGuard &) = delete;
    EnvironmentGuard &operator=(const EnvironmentGuard &) = delete;

private:
    const char *m_name;
    bool m_hadValue;
    QByteArray m_oldValue;
};

/// A stand-in tool: a shell script, so process handling is tested without KDE's tool.
QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

/// Counts the calls that reach it, to see what the cache lets through.
class CountingHighlighter final : public Highlighter
{
public:
    [[nodiscard]] HighlightResult highlight(const QString &code, const QString &language, Theme theme) override
    {
        ++calls;
        HighlightResult result = PlainHighlighter::plain(code, theme);
        result.html += language; // so results of different calls can be told apart
        return result;
    }
    int calls = 0;
};
}

class TestHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsFenceLanguagesToKdeSyntaxes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("python") << u"python"_s << u"Python"_s;
        QTest::newRow("cpp") << u"cpp"_s << u"C++"_s;
        QTest::newRow("cuda is C++") << u"cuda"_s << u"C++"_s;
        QTest::newRow("bash") << u"bash"_s << u"Bash"_s;
        QTest::newRow("shell") << u"shell"_s << u"Bash"_s;
        QTest::newRow("sh") << u"sh"_s << u"Bash"_s;
        QTest::newRow("json") << u"json"_s << u"JSON"_s;
        QTest::newRow("yaml") << u"yaml"_s << u"YAML"_s;
        QTest::newRow("sql") << u"sql"_s << u"SQL"_s;
        QTest::newRow("case and spaces") << u" Python "_s << u"Python"_s;
        QTest::newRow("text") << u"text"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("unknown") << u"brainfuck"_s << QString();
    }
    void mapsFenceLanguagesToKdeSyntaxes()
    {
        QFETCH(QString, language);
        QFETCH(QString, syntax);
        QCOMPARE(highlightSyntaxFor(language), syntax);
    }

    void plainHighlighterEscapesAndKeepsThemeColours()
    {
        PlainHighlighter plain;
        const HighlightResult light = plain.highlight(u"a < b && c > \"d\"\r\n"_s, u"python"_s, Theme::Light);
        QCOMPARE(light.html, u"<pre>a &lt; b &amp;&amp; c &gt; &quot;d&quot;</pre>"_s);
        QVERIFY(!light.highlighted);
        QCOMPARE(light.background, QColor(u"#ffffff"_s));
        QCOMPARE(light.foreground, QColor(u"#1f1c1b"_s));
        const HighlightResult dark = plain.highlight(u"x"_s, u"python"_s, Theme::Dark);
        QCOMPARE(dark.background, QColor(u"#232629"_s));
        QCOMPARE(dark.foreground, QColor(u"#cfcfc2"_s));
    }

    void pythonIsColouredPerTheme()
    {
        REQUIRE_KATE();
        KateHighlighter kate;
        const HighlightResult light = kate.highlight(pythonCode, u"python"_s, Theme::Light);
        const HighlightResult dark = kate.highlight(pythonCode, u"python"_s, Theme::Dark);
        QVERIFY(light.highlighted);
        QVERIFY(dark.highlighted);
        QVERIFY2(light.html.startsWith(u"<pre><span"_s), qPrintable(light.html));
        QVERIFY(light.html.endsWith(u"</pre>"_s));

        const QSet<QString> lightColours = spanColours(light.html);
        const QSet<QString> darkColours = spanColours(dark.html);
        QVERIFY2(lightColours.size() >= 2, qPrintable(light.html));
        QVERIFY2(darkColours.size() >= 2, qPrintable(dark.html));
        QVERIFY(lightColours != darkColours);

        QCOMPARE(light.background, QColor(u"#ffffff"_s));
        QCOMPARE(dark.background, QColor(u"#232629"_s));
        QVERIFY(light.foreground.isValid());
        QVERIFY(dark.foreground.isValid());
        QVERIFY(light.foreground != dark.foreground);

        // The view paints the block: no background anywhere in the fragment, a bare <pre>.
        QVERIFY2(!light.html.contains(u"background"_s), qPrintable(light.html));
        QVERIFY2(!dark.html.contains(u"background"_s), qPrintable(dark.html));
        QCOMPARE(light.html.count(u"<pre"_s), 1);

        QCOMPARE(shownText(light.html), PlainHighlighter::normalizedCode(pythonCode));
    }

    void cudaIsHighlightedAsCpp()
    {
        REQUIRE_KATE();
        KateHighlighter kate;
        const QString kernel = u"__global__ void add(int n, float *x) {\n  for (int i = 0; i < n; i++) x[i] += 1.0f;\n}\n"_s;
        const HighlightResult cuda = kate.highlight(kernel, u"cuda"_s, Theme::Light);
        const HighlightResult cpp = kate.highlight(kernel, u"cpp"_s, Theme::Light);
        QVERIFY(cuda.highlighted);
        QCOMPARE(cuda.html, cpp.html);
        QVERIFY(!spanColours(cuda.html).isEmpty());
    }

    void unknownLanguageIsPlainWithoutRunningTheTool_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("none") << QString();
        QTest::newRow("unknown") << u"cobol"_s;
    }
    void unknownLanguageIsPlainWithoutRunningTheTool()
    {
        QFETCH(QString, language);
        KateHighlighter kate(u"/bin/false"_s);
        const HighlightResult result = kate.highlight(u"if a < b:\n"_s, language, Theme::Dark);
        QCOMPARE(kate.runCount(), 0);
        QVERIFY(!result.highlighted);
        QCOMPARE(result.html, u"<pre>if a &lt; b:</pre>"_s);
        QCOMPARE(result.background, PlainHighlighter::background(Theme::Dark));
    }

    void scriptInCodeIsEscaped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("python") << u"python"_s;
        QTest::newRow("bash") << u"bash"_s;
        QTest::newRow("text") << u"text"_s;
    }
    void scriptInCodeIsEscaped()
    {
        QFETCH(QString, language);
        const QString code = u"x = \"</pre><script>alert('&amp;')</script>\" # <img src=x onerror=y>\n"_s;
        KateHighlighter kate;
        const HighlightResult result = kate.highlight(code, language, Theme::Light);
        QVERIFY2(!result.html.contains(u"<script"_s, Qt::CaseInsensitive), qPrintable(result.html));
        QVERIFY2(!result.html.contains(u"<img"_s, Qt::CaseInsensitive), qPrintable(result.html));
        QCOMPARE(result.html.count(u"</pre>"_s), 1);
        QVERIFY(result.html.contains(u"&lt;script&gt;"_s));
        QVERIFY(result.html.contains(u"&amp;amp;"_s));
        QCOMPARE(shownText(result.html), PlainHighlighter::normalizedCode(code));
    }

    void toolOutputIsParsedNotPassedThrough_data()
    {
        QTest::addColumn<QString>("pre");
        QTest::addColumn<QString>("expected"); // empty: the page is refused
        QTest::newRow("clean") << u"<span style=\"color:#ff0000;font-weight:bold;\">x</span> &lt;y&gt;"_s
                               << u"<pre><span style=\"color:#ff0000;font-weight:bold\">x</span> &lt;y&gt;</pre>"_s;
        QTest::newRow("unknown properties dropped") << u"<span style=\"color:red;background:url(javascript:x);position:fixed;font-style:italic\">x</span>"_s
                                                    << u"<pre><span style=\"font-style:italic\">x</span></pre>"_s;
        QTest::newRow("unclosed span closed") << u"<span style=\"color:#00FF00\">x"_s << u"<pre><span style=\"color:#00ff00\">x</span></pre>"_s;
        QTest::newRow("numeric entities") << u"&#60;&#x3e;&apos;"_s << u"<pre>&lt;&gt;'</pre>"_s;
        QTest::newRow("other tag") << u"<img src=x onerror=alert(1)>"_s << QString();
        QTest::newRow("script") << u"<script>alert(1)</script>"_s << QString();
        QTest::newRow("extra attribute") << u"<span style=\"color:#ff0000\" onclick=\"x\">x</span>"_s << QString();
        QTest::newRow("markup in style") << u"<span style=\"color:#ff0000<b>\">x</span>"_s << QString();
        QTest::newRow("stray close") << u"x</span>"_s << QString();
        QTest::newRow("unknown entity") << u"&nbsp;"_s << QString();
        QTest::newRow("raw >") << u"a > b"_s << QString();
    }
    void toolOutputIsParsedNotPassedThrough()
    {
        QFETCH(QString, pre);
        QFETCH(QString, expected);
        const QString page = u"<!DOCTYPE html>\n<html><head><title>t</title></head><body style=\"background-color:#010203;color:#040506\"><pre>\n"_s + pre
            + u"\n</pre></body></html>\n"_s;
        const std::optional<HighlightResult> result = KateHighlighter::parseToolHtml(page);
        if (expected.isEmpty()) {
            QVERIFY2(!result, qPrintable(result ? result->html : QString()));
            return;
        }
        QVERIFY(result);
        QCOMPARE(result->html, expected);
        QCOMPARE(result->background, QColor(u"#010203"_s));
        QCOMPARE(result->foreground, QColor(u"#040506"_s));
    }

    void cacheHitDoesNotRunTheToolAgain()
    {
        REQUIRE_KATE();
        auto kate = std::make_unique<KateHighlighter>();
        KateHighlighter *tool = kate.get();
        HighlightCache cache(std::move(kate));
        const HighlightResult first = cache.highlight(pythonCode, u"python"_s, Theme::Light);
        QCOMPARE(tool->runCount(), 1);
        const HighlightResult second = cache.highlight(pythonCode, u"python"_s, Theme::Light);
        QCOMPARE(tool->runCount(), 1);
        QCOMPARE(second.html, first.html);
        QCOMPARE(second.background, first.background);
        QVERIFY(second.highlighted);

        const HighlightResult dark = cache.highlight(pythonCode, u"python"_s, Theme::Dark);
        QCOMPARE(tool->runCount(), 2);
        QVERIFY(dark.html != first.html);

        (void)cache.highlight(u"echo hi"_s, u"sh"_s, Theme::Light);
        (void)cache.highlight(u"echo hi"_s, u"bash"_s, Theme::Light);
        QCOMPARE(tool->runCount(), 3);
    }

    void cacheIsKeyedAndBounded()
    {
        auto counting = std::make_unique<CountingHighlighter>();
        CountingHighlighter *inner = counting.get();
        const QString block(1000, u'x'); // about 2 KiB of code and 2 KiB of HTML per entry
        HighlightCache cache(std::move(counting), 16 * 1024); // room for three entries

        (void)cache.highlight(block, u"python"_s, Theme::Light);
        (void)cache.highlight(block, u"py"_s, Theme::Light);
        QCOMPARE(inner->calls, 1);
        (void)cache.highlight(block, u"python"_s, Theme::Dark);
        QCOMPARE(inner->calls, 2);
        (void)cache.highlight(block + u'y', u"python"_s, Theme::Light);
        QCOMPARE(inner->calls, 3);
        QVERIFY(cache.cachedBytes() <= 16 * 1024);

        // Least recently used goes first: touch the first block, add one more, the dark one is gone.
        (void)cache.highlight(block, u"python"_s, Theme::Light);
        QCOMPARE(inner->calls, 3);
        (void)cache.highlight(block + u'z', u"python"_s, Theme::Light);
        QCOMPARE(inner->calls, 4);
        QVERIFY(cache.cachedBytes() <= 16 * 1024);
        (void)cache.highlight(block, u"python"_s, Theme::Light);
        QCOMPARE(inner->calls, 4);
        (void)cache.highlight(block, u"python"_s, Theme::Dark);
        QCOMPARE(inner->calls, 5);

        // A block larger than the whole budget is highlighted every time, never kept.
        const QString huge(20 * 1024, u'h');
        const qsizetype entries = cache.count();
        QCOMPARE(cache.highlight(huge, u"python"_s, Theme::Light).html.size(), huge.size() + 11 + 6);
        QCOMPARE(cache.count(), entries);

        cache.clear();
        QCOMPARE(cache.count(), 0);
        (void)cache.highlight(block, u"python"_s, Theme::Light);
        QCOMPARE(inner->calls, 7);
    }

    void absentToolFallsBackToPlainWithNotice()
    {
        const EnvironmentGuard env(KateHighlighter::ExecutableVariable, "/nonexistent/mlprep-test/kate-syntax-highlighter");
        QVERIFY(KateHighlighter::executablePath().isEmpty());
        QVERIFY(!KateHighlighter::isAvailable());

        QString notice;
        const std::unique_ptr<Highlighter> highlighter = createDefaultHighlighter(&notice);
        QVERIFY(highlighter);
        QCOMPARE(notice, u"Code highlighting is off: kate-syntax-highlighter was not found (Debian package libkf5syntaxhighlighting-tools)."_s);
        const HighlightResult result = highlighter->highlight(u"print('<b>')\n"_s, u"python"_s, Theme::Light);
        QVERIFY(!result.highlighted);
        QCOMPARE(result.html, u"<pre>print('&lt;b&gt;')</pre>"_s);
        QVERIFY(result.background.isValid());
        QVERIFY(createDefaultHighlighter(nullptr)); // no notice wanted: no crash either

        // Constructed by hand with a missing tool: plain, no crash.
        KateHighlighter missing(u"/nonexistent/mlprep-test/kate-syntax-highlighter"_s);
        QVERIFY(!missing.highlight(u"x = 1"_s, u"python"_s, Theme::Dark).highlighted);
        KateHighlighter none {QString()};
        QVERIFY(!none.highlight(u"x = 1"_s, u"python"_s, Theme::Dark).highlighted);
        QCOMPARE(none.runCount(), 0);
    }

    void installedToolGivesNoNotice()
    {
        REQUIRE_KATE();
        QString notice = u"stale"_s;
        const std::unique_ptr<Highlighter> highlighter = createDefaultHighlighter(&notice);
        QVERIFY(notice.isEmpty());
        QVERIFY(highlighter->highlight(pythonCode, u"python"_s, Theme::Light).highlighted);
    }

    void processHandlingWithAStandInTool()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString tool = writeScript(dir,
                                         u"fake-highlighter"_s,
                                         "cat >/dev/null\n"
                                         "printf '<html><body style=\"background-color:#010203;color:#040506\"><pre>\\n"
                                         "<span style=\"color:#ff0000;\">x</span>\\n</pre></body></html>\\n'\n");
        QVERIFY(!tool.isEmpty());
        KateHighlighter kate(tool);
        const HighlightResult ok = kate.highlight(u"x\n"_s, u"python"_s, Theme::Light);
        QVERIFY(ok.highlighted);
        QCOMPARE(ok.html, u"<pre><span style=\"color:#ff0000\">x</span></pre>"_s);
        QCOMPARE(ok.background, QColor(u"#010203"_s));

        // A tool that shows something other than the code it was given is not trusted.
        const HighlightResult changed = kate.highlight(u"y"_s, u"python"_s, Theme::Light);
        QVERIFY(!changed.highlighted);
        QCOMPARE(changed.html, u"<pre>y</pre>"_s);

        const QString failing = writeScript(dir, u"failing-highlighter"_s, "echo 'Unknown syntax.' >&2\nexit 1\n");
        KateHighlighter broken(failing);
        QVERIFY(!broken.highlight(u"x"_s, u"python"_s, Theme::Light).highlighted);
    }

    void hungToolIsKilledAtTheTimeout()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString tool = writeScript(dir, u"hung-highlighter"_s, "exec sleep 30\n");
        KateHighlighter kate(tool, std::chrono::milliseconds(300));
        const QString megabyte(1024 * 1024, u'a');

        QElapsedTimer timer;
        timer.start();
        const HighlightResult result = kate.highlight(megabyte, u"python"_s, Theme::Light);
        QVERIFY2(timer.elapsed() < 2500, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        QVERIFY(!result.highlighted);
        QCOMPARE(result.html.size(), megabyte.size() + 11);

        // After a few failures in a row the tool is left alone: a hung tool must not freeze every card.
        for (int i = 1; i < KateHighlighter::MaxConsecutiveFailures + 2; ++i) {
            (void)kate.highlight(u"x"_s, u"python"_s, Theme::Light);
        }
        QCOMPARE(kate.runCount(), KateHighlighter::MaxConsecutiveFailures);
    }

    void megabyteOfCodeDoesNotHang()
    {
        REQUIRE_KATE();
        QString code;
        for (int i = 0; code.size() < 1024 * 1024; ++i) {
            code += u"def f%1(x):\n    return \"<s>\" + x * %1  # c\n"_s.arg(i);
        }

        // The default timeout: either highlighted or plain, but back within the timeout.
        KateHighlighter kate;
        QElapsedTimer timer;
        timer.start();
        const HighlightResult result = kate.highlight(code, u"python"_s, Theme::Light);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < KateHighlighter::DefaultTimeout.count() + 2000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        QVERIFY(!result.html.contains(u"<s>"_s));
        qInfo("1 MB of Python: %lld ms, highlighted: %d", elapsed, int(result.highlighted));

        // A timeout shorter than the tool needs: killed, plain, quickly.
        KateHighlighter hurried(KateHighlighter::executablePath(), std::chrono::milliseconds(30));
        timer.restart();
        const HighlightResult plain = hurried.highlight(code, u"python"_s, Theme::Light);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        QVERIFY(!plain.highlighted);
        QVERIFY(plain.html.contains(u"&lt;s&gt;"_s));
    }

    void splitsMarkdownAtFences_data()
    {
        using Kind = MarkdownSegment::Kind;
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QList<MarkdownSegment>>("segments");

        QTest::newRow("prose only") << u"# Title\n\nSome *text*.\n"_s << QList<MarkdownSegment> {{Kind::Markdown, u"# Title\n\nSome *text*.\n"_s, {}}};
        QTest::newRow("empty") << QString() << QList<MarkdownSegment> {};
        QTest::newRow("backticks") << u"Intro:\n```python\nx = 1\ny = 2\n```\nAfter."_s
                                   << QList<MarkdownSegment> {
                                          {Kind::Markdown, u"Intro:"_s, {}}, {Kind::Code, u"x = 1\ny = 2"_s, u"python"_s}, {Kind::Markdown, u"After."_s, {}}};
        QTest::newRow("tildes") << u"~~~bash\nls -l\n~~~\n"_s << QList<MarkdownSegment> {{Kind::Code, u"ls -l"_s, u"bash"_s}};
        QTest::newRow("info string with extra words") << u"```python title=\"train.py\" {1,3}\npass\n```"_s
                                                      << QList<MarkdownSegment> {{Kind::Code, u"pass"_s, u"python"_s}};
        QTest::newRow("info string after spaces") << u"```   cuda\t kernel\nk();\n```"_s << QList<MarkdownSegment> {{Kind::Code, u"k();"_s, u"cuda"_s}};
        QTest::newRow("no language") << u"```\nplain\n```"_s << QList<MarkdownSegment> {{Kind::Code, u"plain"_s, {}}};
        QTest::newRow("empty block") << u"```sql\n```"_s << QList<MarkdownSegment> {{Kind::Code, QString(), u"sql"_s}};
        QTest::newRow("unterminated") << u"Text\n```yaml\na: 1\n\nb: 2\n"_s
                                      << QList<MarkdownSegment> {{Kind::Markdown, u"Text"_s, {}}, {Kind::Code, u"a: 1\n\nb: 2"_s, u"yaml"_s}};
        QTest::newRow("longer fence holds shorter one")
            << u"````md\n```python\nx\n```\n````\n"_s << QList<MarkdownSegment> {{Kind::Code, u"```python\nx\n```"_s, u"md"_s}};
        QTest::newRow("longer closing fence") << u"```\nx\n`````\nafter"_s
                                              << QList<MarkdownSegment> {{Kind::Code, u"x"_s, {}}, {Kind::Markdown, u"after"_s, {}}};
        QTest::newRow("other marker does not close") << u"```\n~~~\n```"_s << QList<MarkdownSegment> {{Kind::Code, u"~~~"_s, {}}};
        QTest::newRow("closing fence with text is code") << u"```\n``` not closed\n```"_s << QList<MarkdownSegment> {{Kind::Code, u"``` not closed"_s, {}}};
        QTest::newRow("indented fence dedents content")
            << u"  ```json\n  {\n     \"a\": 1\n  }\n  ```"_s << QList<MarkdownSegment> {{Kind::Code, u"{\n   \"a\": 1\n}"_s, u"json"_s}};
        QTest::newRow("four spaces is not a fence") << u"    ```python\n    x\n"_s
                                                    << QList<MarkdownSegment> {{Kind::Markdown, u"    ```python\n    x\n"_s, {}}};
        QTest::newRow("inline code is not a fence") << u"```a``` and more"_s << QList<MarkdownSegment> {{Kind::Markdown, u"```a``` and more"_s, {}}};
        QTest::newRow("two backticks is not a fence") << u"``x``"_s << QList<MarkdownSegment> {{Kind::Markdown, u"``x``"_s, {}}};
        QTest::newRow("adjacent blocks") << u"```sh\na\n```\n\n```sh\nb\n```\n"_s
                                         << QList<MarkdownSegment> {{Kind::Code, u"a"_s, u"sh"_s}, {Kind::Code, u"b"_s, u"sh"_s}};
        QTest::newRow("crlf") << u"Hi\r\n```cpp\r\nint x;\r\n```\r\n"_s
                              << QList<MarkdownSegment> {{Kind::Markdown, u"Hi"_s, {}}, {Kind::Code, u"int x;"_s, u"cpp"_s}};
        QTest::newRow("fence in a list item stays markdown, closer included")
            << u"- step\n- ```python\n  x\n  ```\n\n```sh\nls\n```"_s
            << QList<MarkdownSegment> {{Kind::Markdown, u"- step\n- ```python\n  x\n  ```\n"_s, {}}, {Kind::Code, u"ls"_s, u"sh"_s}};
        QTest::newRow("unterminated fence in a list item") << u"1. ```\n   x"_s << QList<MarkdownSegment> {{Kind::Markdown, u"1. ```\n   x"_s, {}}};
    }
    void splitsMarkdownAtFences()
    {
        QFETCH(QString, markdown);
        QFETCH(QList<MarkdownSegment>, segments);
        const QList<MarkdownSegment> actual = splitMarkdownCode(markdown);
        if (actual != segments) {
            for (const MarkdownSegment &segment : actual) {
                qWarning() << (segment.kind == MarkdownSegment::Kind::Code ? "code" : "markdown") << segment.language << segment.text;
            }
        }
        QCOMPARE(actual, segments);
    }
};

QTEST_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
