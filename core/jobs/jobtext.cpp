// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtext.h"

#include "jobhtml.h"
#include "jobmarkdown.h"

#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace
{
bool startsWith(const QByteArray &raw, QByteArrayView prefix)
{
    return raw.startsWith(prefix);
}

/// Recognises containers people save postings in that we cannot read, so the message can say what it is.
QString unsupportedContainer(const QByteArray &raw, const QString &suffix)
{
    if (startsWith(raw, "%PDF-") || suffix == u"pdf"_s)
        return u"PDF is not supported in this build (Qt PDF is not available); save the posting as text or HTML"_s;
    if (startsWith(raw, "PK\x03\x04") || suffix == u"docx"_s || suffix == u"odt"_s)
        return u"word-processor document (ZIP container) is not supported; save the posting as text or HTML"_s;
    if (startsWith(raw, "\xD0\xCF\x11\xE0"))
        return u"legacy Office document is not supported; save the posting as text or HTML"_s;
    if (startsWith(raw, "{\\rtf"))
        return u"RTF is not supported; save the posting as text or HTML"_s;
    return {};
}

/// Text has almost no control characters; a NUL or many controls mean bytes that are not a posting.
bool looksBinary(QStringView text)
{
    const qsizetype sample = std::min<qsizetype>(text.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t c = text[i].unicode();
        if (c == 0)
            return true;
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') || c == 0x7f)
            ++controls;
    }
    return sample > 0 && controls * 20 > sample; // more than 5 %
}

struct Decoded {
    QString text;
    QString encoding;
    QString warning;
};

Decoded decode(const QByteArray &raw)
{
    if (startsWith(raw, "\xFF\xFE") || startsWith(raw, "\xFE\xFF")) {
        const bool little = raw.at(0) == '\xFF';
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        QString text = decoder(QByteArrayView(raw).sliced(2));
        return {std::move(text), little ? u"UTF-16LE"_s : u"UTF-16BE"_s, decoder.hasError() ? u"invalid UTF-16 sequences replaced"_s : QString()};
    }
    const QByteArrayView body = startsWith(raw, "\xEF\xBB\xBF") ? QByteArrayView(raw).sliced(3) : QByteArrayView(raw);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(body);
    if (!utf8.hasError())
        return {std::move(text), u"UTF-8"_s, {}};
    return {QString::fromLatin1(body), u"Latin-1"_s, u"not valid UTF-8; read as Latin-1"_s};
}

JobText::Format detectFormat(QStringView text, const QString &suffix)
{
    if (suffix == u"html"_s || suffix == u"htm"_s || suffix == u"xhtml"_s)
        return JobText::Format::Html;
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return JobText::Format::Markdown;
    if (suffix == u"txt"_s || suffix == u"text"_s)
        return JobText::Format::Text;
    const QStringView head = text.left(4096);
    static const QStringView htmlMarkers[] = {u"<html", u"<!doctype html", u"<body", u"<div", u"<p>", u"<h1", u"<h2", u"<ul", u"<article", u"<br"};
    for (QStringView marker : htmlMarkers) {
        if (head.contains(marker, Qt::CaseInsensitive))
            return JobText::Format::Html;
    }
    if (JobMarkdown::looksLikeMarkdown(head))
        return JobText::Format::Markdown;
    return JobText::Format::Text;
}

/// One newline convention, no trailing spaces, at most one blank line in a row: offsets stay meaningful
/// and the text reads well in the app.
QString tidy(QStringView text)
{
    QString out;
    out.reserve(text.size());
    int pendingNewlines = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != u'\n' && text[i] != u'\r')
            continue;
        QStringView line = text.sliced(lineStart, i - lineStart);
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (i < text.size() && text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        lineStart = i + 1;
        if (line.trimmed().isEmpty()) {
            ++pendingNewlines;
            continue;
        }
        if (!out.isEmpty())
            out += pendingNewlines > 0 ? u"\n\n"_s : u"\n"_s;
        out += line;
        pendingNewlines = 0;
    }
    return out;
}
}

namespace JobText
{
Extracted extract(const QByteArray &raw, const QString &fileNameHint)
{
    Extracted result;
    const QString suffix = QFileInfo(fileNameHint).suffix().toLower();
    if (raw.size() > MaxBytes) {
        result.problem = u"file is larger than 50 MB; no posting is that long"_s;
        return result;
    }
    if (raw.isEmpty()) {
        result.problem = u"empty file"_s;
        return result;
    }
    if (const QString container = unsupportedContainer(raw, suffix); !container.isEmpty()) {
        result.problem = container;
        return result;
    }
    Decoded decoded = decode(raw);
    result.encoding = decoded.encoding;
    result.warning = decoded.warning;
    if (looksBinary(decoded.text)) {
        result.problem = u"binary file (not text)"_s;
        return result;
    }
    result.format = detectFormat(decoded.text, suffix);
    switch (result.format) {
    case Format::Html:
        result.text = tidy(JobHtml::toPlainText(decoded.text));
        break;
    case Format::Markdown:
        result.text = tidy(JobMarkdown::toPlainText(decoded.text));
        break;
    case Format::Text:
        result.text = tidy(decoded.text);
        break;
    }
    if (result.text.isEmpty())
        result.problem = decoded.text.trimmed().isEmpty() ? u"no text (only whitespace)"_s : u"no text left after removing markup"_s;
    return result;
}
}
