// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardformatter.h"

#include "highlight/highlighter.h"
#include "highlight/markdowncode.h"

#include <QRegularExpression>
#include <QVariantMap>

using namespace Qt::StringLiterals;

CardFormatter::CardFormatter(QObject *parent) : QObject(parent), m_highlighter(createDefaultHighlighter(&m_notice))
{
}

CardFormatter::~CardFormatter() = default;

QString CardFormatter::notice() const
{
    return m_notice;
}

QString CardFormatter::withoutRemoteResources(const QString &markdown)
{
    // Markdown images with a scheme (http:, https:, ftp:, file:…) become their alt text; HTML
    // <img>, <audio>, <video>, <iframe>, <object> and <embed> tags are dropped whole. Local media
    // would be resolved by the view against the data dir only.
    static const QRegularExpression remoteImage(uR"(!\[([^\]]*)\]\(\s*<?[a-zA-Z][a-zA-Z0-9+.-]*:[^)]*\))"_s);
    static const QRegularExpression mediaTag(uR"(<\s*/?\s*(img|audio|video|source|iframe|object|embed|link|script|style)\b[^>]*>)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    QString safe = markdown;
    safe.replace(remoteImage, u"\\1"_s);
    safe.replace(mediaTag, QString());
    return safe;
}

QVariantList CardFormatter::segments(const QString &markdown, bool dark)
{
    QVariantList result;
    const auto theme = dark ? Highlighter::Theme::Dark : Highlighter::Theme::Light;
    const QList<MarkdownSegment> parts = splitMarkdownCode(markdown);
    for (const MarkdownSegment &part : parts) {
        if (part.kind == MarkdownSegment::Kind::Markdown) {
            result.append(QVariantMap {{u"kind"_s, u"markdown"_s}, {u"text"_s, withoutRemoteResources(part.text)}});
            continue;
        }
        const HighlightResult highlighted = m_highlighter->highlight(part.text, part.language, theme);
        result.append(QVariantMap {{u"kind"_s, u"code"_s},
                                   {u"html"_s, highlighted.html},
                                   {u"background"_s, highlighted.background},
                                   {u"foreground"_s, highlighted.foreground},
                                   {u"language"_s, part.language}});
    }
    return result;
}
