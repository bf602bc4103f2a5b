// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowncode.h"

#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace
{
struct Fence {
    QChar marker;
    qsizetype length = 0;
    qsizetype indent = 0;
    QString info;
};

qsizetype leadingSpaces(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n) == u' ') {
        ++n;
    }
    return n;
}

/// The opening fence on `line`, if it is one.
std::optional<Fence> openingFence(const QString &line)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3 || indent >= line.size()) {
        return std::nullopt;
    }
    const QChar marker = line.at(indent);
    if (marker != u'`' && marker != u'~') {
        return std::nullopt;
    }
    qsizetype end = indent;
    while (end < line.size() && line.at(end) == marker) {
        ++end;
    }
    if (end - indent < 3) {
        return std::nullopt;
    }
    const QString info = line.mid(end).trimmed();
    if (marker == u'`' && info.contains(u'`')) {
        return std::nullopt; // ```a``` is inline code, not a fence
    }
    return Fence {marker, end - indent, indent, info};
}

bool closesFence(const QString &line, const Fence &fence)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3) {
        return false;
    }
    qsizetype end = indent;
    while (end < line.size() && line.at(end) == fence.marker) {
        ++end;
    }
    return end - indent >= fence.length && line.mid(end).trimmed().isEmpty();
}

/// The fence opened inside a list item's first line (`- ```python`, `2. ~~~`), if any. Such
/// blocks stay in the Markdown (Qt renders them in the list), but their lines must not be read as
/// top-level fences: the indented closer would otherwise open a block that swallows the card.
std::optional<Fence> listItemFence(const QString &line)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3 || indent >= line.size()) {
        return std::nullopt;
    }
    qsizetype pos = indent;
    const QChar bullet = line.at(pos);
    if (bullet == u'-' || bullet == u'+' || bullet == u'*') {
        ++pos;
    } else {
        while (pos < line.size() && pos - indent < 9 && line.at(pos).isDigit()) {
            ++pos;
        }
        if (pos == indent || pos >= line.size() || (line.at(pos) != u'.' && line.at(pos) != u')')) {
            return std::nullopt;
        }
        ++pos;
    }
    if (pos >= line.size() || line.at(pos) != u' ') {
        return std::nullopt;
    }
    qsizetype content = pos;
    while (content < line.size() && line.at(content) == u' ') {
        ++content;
    }
    return openingFence(line.mid(content));
}

/// Removes up to `indent` leading spaces, as CommonMark does for a fence's content lines.
QString dedent(const QString &line, qsizetype indent)
{
    return line.mid(qMin(indent, leadingSpaces(line)));
}
}

QList<MarkdownSegment> splitMarkdownCode(const QString &markdown)
{
    QString text = markdown;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');

    QList<MarkdownSegment> segments;
    QStringList prose;
    auto flushProse = [&] {
        const QString joined = prose.join(u'\n');
        if (!joined.trimmed().isEmpty()) {
            segments.append({MarkdownSegment::Kind::Markdown, joined, QString()});
        }
        prose.clear();
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (const std::optional<Fence> listFence = listItemFence(lines.at(i))) {
            prose.append(lines.at(i));
            for (++i; i < lines.size(); ++i) {
                prose.append(lines.at(i));
                if (closesFence(lines.at(i).trimmed(), *listFence)) {
                    break;
                }
            }
            continue;
        }
        const std::optional<Fence> fence = openingFence(lines.at(i));
        if (!fence) {
            prose.append(lines.at(i));
            continue;
        }
        flushProse();
        QStringList code;
        ++i;
        while (i < lines.size() && !closesFence(lines.at(i), *fence)) {
            code.append(dedent(lines.at(i), fence->indent));
            ++i;
        }
        // An unterminated fence takes the rest: a final empty "line" there is only the text's last newline.
        if (i >= lines.size() && !code.isEmpty() && code.constLast().isEmpty()) {
            code.removeLast();
        }
        qsizetype wordEnd = 0;
        while (wordEnd < fence->info.size() && !fence->info.at(wordEnd).isSpace()) {
            ++wordEnd;
        }
        const QString language = fence->info.left(wordEnd);
        segments.append({MarkdownSegment::Kind::Code, code.join(u'\n'), language});
    }
    flushProse();
    return segments;
}
