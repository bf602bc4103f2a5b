// SPDX-License-Identifier: GPL-3.0-or-later
#include "katehighlighter.h"

#include "plainhighlighter.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
Q_LOGGING_CATEGORY(lcHighlight, "mlprep.highlight", QtWarningMsg)

/// How long to wait for the tool to go away after SIGKILL.
constexpr int KillWaitMs = 2000;

/// A QProcess must never be destroyed while it runs: kill it and wait for it first.
class ProcessReaper
{
public:
    explicit ProcessReaper(QProcess &process) : m_process(process)
    {
    }
    ~ProcessReaper()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(KillWaitMs);
        }
    }
    ProcessReaper(const ProcessReaper &) = delete;
    ProcessReaper &operator=(const ProcessReaper &) = delete;

private:
    QProcess &m_process;
};

int remainingMs(const QDeadlineTimer &deadline)
{
    // waitFor…(0) would not wait at all; give an expired deadline one last millisecond.
    return static_cast<int>(qMax<qint64>(1, deadline.remainingTime()));
}

/// `#rrggbb` only: the tool writes QColor::name(); anything else is refused.
std::optional<QColor> hexColor(QStringView value)
{
    if (value.size() != 7 || value.at(0) != u'#') {
        return std::nullopt;
    }
    QRgb rgb = 0;
    for (qsizetype i = 1; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9') {
            digit = c - u'0';
        } else if (c >= u'a' && c <= u'f') {
            digit = c - u'a' + 10;
        } else if (c >= u'A' && c <= u'F') {
            digit = c - u'A' + 10;
        } else {
            return std::nullopt;
        }
        rgb = rgb << 4 | QRgb(digit);
    }
    return QColor::fromRgb(rgb);
}

/// The value of `property` in an inline style (`a:b;c:d`), or an empty view.
QStringView styleValue(QStringView style, QStringView property)
{
    const auto declarations = style.split(u';');
    for (QStringView declaration : declarations) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon > 0 && declaration.first(colon).trimmed().compare(property, Qt::CaseInsensitive) == 0) {
            return declaration.sliced(colon + 1).trimmed();
        }
    }
    return {};
}

/// Re-emits a span's inline style from a whitelist; unknown properties are dropped.
QString cleanSpanStyle(QStringView style)
{
    QStringList kept;
    const auto declarations = style.split(u';', Qt::SkipEmptyParts);
    for (QStringView declaration : declarations) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0) {
            continue;
        }
        const QString property = declaration.first(colon).trimmed().toString().toLower();
        const QString value = declaration.sliced(colon + 1).trimmed().toString().toLower();
        if (property == u"color"_s || property == u"background-color"_s) {
            if (const auto color = hexColor(value)) {
                kept.append(property + u':' + color->name());
            }
        } else if ((property == u"font-weight"_s && value == u"bold"_s) || (property == u"font-style"_s && value == u"italic"_s)
                   || (property == u"text-decoration"_s && (value == u"underline"_s || value == u"line-through"_s))) {
            kept.append(property + u':' + value);
        } else {
            qCDebug(lcHighlight) << "dropping style" << declaration;
        }
    }
    return kept.join(u';');
}

/// Decodes the entity at `from` (which is `&`); returns its length and sets `decoded`, or 0.
qsizetype decodeEntity(QStringView html, qsizetype from, QString *decoded)
{
    const qsizetype semicolon = html.indexOf(u';', from);
    if (semicolon < 0 || semicolon - from > 10) {
        return 0;
    }
    const QStringView name = html.sliced(from + 1, semicolon - from - 1);
    if (name == u"lt") {
        *decoded = u"<"_s;
    } else if (name == u"gt") {
        *decoded = u">"_s;
    } else if (name == u"amp") {
        *decoded = u"&"_s;
    } else if (name == u"quot") {
        *decoded = u"\""_s;
    } else if (name == u"apos") {
        *decoded = u"'"_s;
    } else if (name.startsWith(u'#') && name.size() > 1) {
        bool ok = false;
        const uint code = name.at(1) == u'x' || name.at(1) == u'X' ? name.sliced(2).toUInt(&ok, 16) : name.sliced(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || QChar::isSurrogate(code)) {
            return 0;
        }
        const char32_t ucs4 = code;
        *decoded = QString::fromUcs4(&ucs4, 1);
    } else {
        return 0;
    }
    return semicolon - from + 1;
}
}

KateHighlighter::KateHighlighter(const QString &executable, std::chrono::milliseconds timeout) : m_executable(executable), m_timeout(timeout)
{
}

QString KateHighlighter::executablePath()
{
    const QString configured = qEnvironmentVariable(ExecutableVariable);
    if (configured.isEmpty()) {
        return QStandardPaths::findExecutable(u"kate-syntax-highlighter"_s);
    }
    if (!configured.contains(u'/')) {
        return QStandardPaths::findExecutable(configured);
    }
    const QFileInfo info(configured);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

bool KateHighlighter::isAvailable()
{
    return !executablePath().isEmpty();
}

QString KateHighlighter::themeName(Theme theme)
{
    return theme == Theme::Dark ? u"Breeze Dark"_s : u"Breeze Light"_s;
}

int KateHighlighter::runCount() const
{
    return m_runCount;
}

QString KateHighlighter::executable() const
{
    return m_executable;
}

HighlightResult KateHighlighter::highlight(const QString &code, const QString &language, Theme theme)
{
    const QString syntax = highlightSyntaxFor(language);
    if (syntax.isEmpty() || m_executable.isEmpty() || m_consecutiveFailures >= MaxConsecutiveFailures) {
        return PlainHighlighter::plain(code, theme);
    }
    const QString expected = PlainHighlighter::normalizedCode(code);
    const std::optional<QByteArray> page = runTool(syntax, theme, expected);
    if (!page) {
        if (++m_consecutiveFailures == MaxConsecutiveFailures) {
            qCWarning(lcHighlight) << "kate-syntax-highlighter failed" << MaxConsecutiveFailures << "times in a row; code stays plain from now on";
        }
        return PlainHighlighter::plain(code, theme);
    }
    m_consecutiveFailures = 0;

    QString shown;
    std::optional<HighlightResult> result = parseToolHtml(QString::fromUtf8(*page), &shown);
    if (!result) {
        qCWarning(lcHighlight) << "unexpected output from kate-syntax-highlighter; showing plain code";
        return PlainHighlighter::plain(code, theme);
    }
    if (shown != expected) {
        qCWarning(lcHighlight) << "kate-syntax-highlighter changed the code it was given; showing plain code";
        return PlainHighlighter::plain(code, theme);
    }
    if (!result->background.isValid()) {
        result->background = PlainHighlighter::background(theme);
    }
    if (!result->foreground.isValid()) {
        result->foreground = PlainHighlighter::foreground(theme);
    }
    return *result;
}

std::optional<QByteArray> KateHighlighter::runTool(const QString &syntax, Theme theme, const QString &code)
{
    ++m_runCount;
    QProcess process;
    const ProcessReaper reaper(process);
    const QDeadlineTimer deadline(m_timeout);
    process.setProgram(m_executable);
    process.setArguments({u"-s"_s, syntax, u"-t"_s, themeName(theme), u"--stdin"_s});
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(remainingMs(deadline))) {
        qCWarning(lcHighlight) << "cannot start" << m_executable << process.errorString();
        return std::nullopt;
    }
    process.write(code.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(remainingMs(deadline))) {
        qCWarning(lcHighlight) << "kate-syntax-highlighter took longer than" << m_timeout.count() << "ms on" << code.size() << "characters; killed";
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qCWarning(lcHighlight).nospace() << "kate-syntax-highlighter failed (exit status " << process.exitStatus() << ", code " << process.exitCode()
                                         << "): " << process.readAllStandardError().left(200);
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

std::optional<HighlightResult> KateHighlighter::parseToolHtml(const QString &page, QString *text)
{
    const QStringView html(page);
    const qsizetype bodyStart = html.indexOf(u"<body"_s);
    const qsizetype bodyEnd = bodyStart < 0 ? -1 : html.indexOf(u'>', bodyStart);
    const qsizetype preOpen = bodyEnd < 0 ? -1 : html.indexOf(u"<pre>"_s, bodyEnd);
    const qsizetype preClose = html.lastIndexOf(u"</pre>"_s);
    if (preOpen < 0 || preClose < preOpen) {
        return std::nullopt;
    }

    HighlightResult result;
    const QStringView bodyTag = html.sliced(bodyStart, bodyEnd - bodyStart);
    const qsizetype styleAt = bodyTag.indexOf(u"style=\""_s);
    if (styleAt >= 0) {
        const qsizetype from = styleAt + 7;
        const qsizetype to = bodyTag.indexOf(u'"', from);
        const QStringView style = to < 0 ? QStringView() : bodyTag.sliced(from, to - from);
        result.background = hexColor(styleValue(style, u"background-color")).value_or(QColor());
        result.foreground = hexColor(styleValue(style, u"color")).value_or(QColor());
    }

    // The tool writes "<pre>\n", then every line followed by "\n", then "</pre>".
    QStringView body = html.sliced(preOpen + 5, preClose - preOpen - 5);
    if (body.startsWith(u'\n')) {
        body = body.sliced(1);
    }
    if (body.endsWith(u'\n')) {
        body.chop(1);
    }

    QString out;
    QString shown;
    out.reserve(body.size() + 11);
    shown.reserve(body.size());
    out += u"<pre>"_s;
    int openSpans = 0;
    // A page repeats a handful of styles thousands of times: clean each distinct one once.
    QList<std::pair<QString, QString>> cleanedStyles;
    constexpr qsizetype maxCleanedStyles = 64;
    qsizetype i = 0;
    const qsizetype n = body.size();
    const QStringView spanOpen = u"<span style=\"";
    const QStringView spanClose = u"</span>";
    while (i < n) {
        const QChar c = body.at(i);
        if (c == u'<') {
            if (body.sliced(i).startsWith(spanClose)) {
                if (openSpans == 0) {
                    return std::nullopt;
                }
                --openSpans;
                out += spanClose;
                i += spanClose.size();
                continue;
            }
            if (!body.sliced(i).startsWith(spanOpen)) {
                return std::nullopt;
            }
            const qsizetype from = i + spanOpen.size();
            const qsizetype quote = body.indexOf(u'"', from);
            if (quote < 0 || quote + 1 >= n || body.at(quote + 1) != u'>') {
                return std::nullopt;
            }
            const QStringView style = body.sliced(from, quote - from);
            if (style.contains(u'<') || style.contains(u'>') || style.contains(u'&')) {
                return std::nullopt;
            }
            QString clean;
            const auto known = std::find_if(cleanedStyles.cbegin(), cleanedStyles.cend(), [style](const auto &entry) {
                return entry.first == style;
            });
            if (known != cleanedStyles.cend()) {
                clean = known->second;
            } else {
                clean = cleanSpanStyle(style);
                if (cleanedStyles.size() < maxCleanedStyles) {
                    cleanedStyles.append({style.toString(), clean});
                }
            }
            out += clean.isEmpty() ? u"<span>"_s : u"<span style=\""_s + clean + u"\">"_s;
            ++openSpans;
            i = quote + 2;
            continue;
        }
        if (c == u'&') {
            QString decoded;
            const qsizetype length = decodeEntity(body, i, &decoded);
            if (length == 0) {
                return std::nullopt;
            }
            shown += decoded;
            out += decoded.toHtmlEscaped();
            i += length;
            continue;
        }
        if (c == u'>') {
            return std::nullopt;
        }
        qsizetype j = i + 1;
        while (j < n && body.at(j) != u'<' && body.at(j) != u'&' && body.at(j) != u'>') {
            ++j;
        }
        const QStringView run = body.sliced(i, j - i);
        shown += run;
        out += run.toString().toHtmlEscaped();
        i = j;
    }
    for (; openSpans > 0; --openSpans) {
        out += spanClose;
    }
    out += u"</pre>"_s;

    result.html = out;
    result.highlighted = true;
    if (text) {
        *text = shown;
    }
    return result;
}
