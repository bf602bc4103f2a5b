// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainhighlighter.h"

using namespace Qt::StringLiterals;

HighlightResult PlainHighlighter::highlight(const QString &code, const QString &language, Theme theme)
{
    Q_UNUSED(language)
    return plain(code, theme);
}

HighlightResult PlainHighlighter::plain(const QString &code, Theme theme)
{
    HighlightResult result;
    result.html = u"<pre>"_s + normalizedCode(code).toHtmlEscaped() + u"</pre>"_s;
    result.background = background(theme);
    result.foreground = foreground(theme);
    result.highlighted = false;
    return result;
}

QString PlainHighlighter::normalizedCode(const QString &code)
{
    QString text = code;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    text.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    if (text.endsWith(u'\n')) {
        text.chop(1);
    }
    return text;
}

QColor PlainHighlighter::background(Theme theme)
{
    // Breeze Light / Breeze Dark "background-color" of the Normal text style.
    return theme == Theme::Dark ? QColor(0x23, 0x26, 0x29) : QColor(0xff, 0xff, 0xff);
}

QColor PlainHighlighter::foreground(Theme theme)
{
    return theme == Theme::Dark ? QColor(0xcf, 0xcf, 0xc2) : QColor(0x1f, 0x1c, 0x1b);
}
