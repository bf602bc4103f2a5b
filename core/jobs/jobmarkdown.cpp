// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobmarkdown.h"

#include "jobtext.h"

#include <QStringTokenizer>

using namespace Qt::StringLiterals;

namespace
{
QStringView stripHeadingMarks(QStringView line)
{
    qsizetype hashes = 0;
    while (hashes < line.size() && line[hashes] == u'#')
        ++hashes;
    if (hashes == 0 || hashes > 6 || (hashes < line.size() && line[hashes] != u' '))
        return line;
    QStringView text = line.sliced(hashes).trimmed();
    while (text.endsWith(u'#'))
        text.chop(1);
    return text.trimmed();
}

/// Inline markup: **bold**, __bold__, *em*, `code`, [text](url), ![alt](src), <br> and entities.
void appendInline(QString &out, QStringView line)
{
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = line[i];
        if (c == u'`')
            continue;
        if ((c == u'*' || c == u'_') && i + 1 < n && line[i + 1] == c) {
            ++i;
            continue;
        }
        // A single * or _ hugging a word is emphasis; inside words (snake_case) or alone it is text.
        if (c == u'*' || c == u'_') {
            const bool opens = i + 1 < n && !line[i + 1].isSpace() && (i == 0 || !line[i - 1].isLetterOrNumber());
            const bool closes = i > 0 && !line[i - 1].isSpace() && (i + 1 == n || !line[i + 1].isLetterOrNumber());
            if (opens || closes)
                continue;
        }
        if (c == u'!' && i + 1 < n && line[i + 1] == u'[')
            continue;
        if (c == u'[') {
            const qsizetype closeText = line.indexOf(u"](", i + 1);
            const qsizetype closeUrl = closeText < 0 ? -1 : line.indexOf(u')', closeText + 2);
            if (closeUrl > 0) {
                appendInline(out, line.sliced(i + 1, closeText - i - 1));
                i = closeUrl;
                continue;
            }
        }
        if (c == u'&') {
            const qsizetype semi = line.indexOf(u';', i);
            if (semi > i && semi - i <= 33) {
                out += JobText::decodeEntities(line.sliced(i, semi - i + 1));
                i = semi;
                continue;
            }
        }
        if (c == u'<' && line.sliced(i).startsWith(u"<br", Qt::CaseInsensitive)) {
            const qsizetype close = line.indexOf(u'>', i);
            if (close > 0) {
                out += u'\n';
                i = close;
                continue;
            }
        }
        if (c == u'\\' && i + 1 < n && line[i + 1].isPunct()) {
            out += line[++i];
            continue;
        }
        out += c;
    }
}

bool isRule(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 3)
        return false;
    const QChar first = t[0];
    if (first != u'-' && first != u'*' && first != u'_' && first != u'=')
        return false;
    for (QChar c : t) {
        if (c != first && c != u' ')
            return false;
    }
    return true;
}
}

namespace JobMarkdown
{
bool looksLikeMarkdown(QStringView head)
{
    int markdownSigns = 0;
    for (QStringView line : QStringTokenizer(head, u'\n')) {
        const QStringView t = line.trimmed();
        if (t.startsWith(u"# ") || t.startsWith(u"## ") || t.startsWith(u"### "))
            markdownSigns += 2;
        else if (t.startsWith(u"**") || t.startsWith(u"* "))
            ++markdownSigns;
        if (t.contains(u"](http"))
            ++markdownSigns;
    }
    return markdownSigns >= 2;
}

QString toPlainText(QStringView markdown)
{
    QString out;
    out.reserve(markdown.size());
    bool fenced = false;
    for (QStringView line : QStringTokenizer(markdown, u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            fenced = !fenced;
            out += u'\n';
            continue;
        }
        if (fenced) {
            out += line;
            out += u'\n';
            continue;
        }
        if (isRule(trimmed)) {
            out += u'\n';
            continue;
        }
        QStringView body = stripHeadingMarks(trimmed);
        if (body.startsWith(u"> "))
            body = body.sliced(2);
        if (body.startsWith(u"* ") || body.startsWith(u"+ ")) {
            out += u"- "_s;
            body = body.sliced(2);
        }
        appendInline(out, body);
        out += u'\n';
    }
    return out;
}
}
