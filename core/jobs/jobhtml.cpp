// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobhtml.h"

#include "jobtext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace
{
const QHash<QString, char32_t> &namedEntities()
{
    // The ones careers pages actually use; an unknown name is left as written, which is still readable.
    static const QHash<QString, char32_t> entities {
        {u"amp"_s, U'&'},    {u"lt"_s, U'<'},     {u"gt"_s, U'>'},       {u"quot"_s, U'"'},     {u"apos"_s, U'\''},     {u"nbsp"_s, U' '},
        {u"ensp"_s, U' '},   {u"emsp"_s, U' '},   {u"thinsp"_s, U' '},   {u"ndash"_s, U'–'},    {u"mdash"_s, U'—'},     {u"hellip"_s, U'…'},
        {u"bull"_s, U'•'},   {u"middot"_s, U'·'}, {u"lsquo"_s, U'‘'},    {u"rsquo"_s, U'’'},    {u"ldquo"_s, U'“'},     {u"rdquo"_s, U'”'},
        {u"sbquo"_s, U'‚'},  {u"bdquo"_s, U'„'},  {u"laquo"_s, U'«'},    {u"raquo"_s, U'»'},    {u"copy"_s, U'©'},      {u"reg"_s, U'®'},
        {u"trade"_s, U'™'},  {u"euro"_s, U'€'},   {u"pound"_s, U'£'},    {u"yen"_s, U'¥'},      {u"cent"_s, U'¢'},      {u"sect"_s, U'§'},
        {u"deg"_s, U'°'},    {u"plusmn"_s, U'±'}, {u"times"_s, U'×'},    {u"divide"_s, U'÷'},   {u"micro"_s, U'µ'},     {u"para"_s, U'¶'},
        {u"frac12"_s, U'½'}, {u"frac14"_s, U'¼'}, {u"frac34"_s, U'¾'},   {u"sup2"_s, U'²'},     {u"rarr"_s, U'→'},      {u"larr"_s, U'←'},
        {u"harr"_s, U'↔'},   {u"uarr"_s, U'↑'},   {u"darr"_s, U'↓'},     {u"le"_s, U'≤'},       {u"ge"_s, U'≥'},        {u"ne"_s, U'≠'},
        {u"asymp"_s, U'≈'},  {u"infin"_s, U'∞'},  {u"check"_s, U'✓'},    {u"dagger"_s, U'†'},   {u"prime"_s, U'′'},     {u"iexcl"_s, U'¡'},
        {u"iquest"_s, U'¿'}, {u"agrave"_s, U'à'}, {u"aacute"_s, U'á'},   {u"acirc"_s, U'â'},    {u"auml"_s, U'ä'},      {u"aring"_s, U'å'},
        {u"ccedil"_s, U'ç'}, {u"egrave"_s, U'è'}, {u"eacute"_s, U'é'},   {u"ecirc"_s, U'ê'},    {u"euml"_s, U'ë'},      {u"iacute"_s, U'í'},
        {u"iuml"_s, U'ï'},   {u"ntilde"_s, U'ñ'}, {u"oacute"_s, U'ó'},   {u"ocirc"_s, U'ô'},    {u"ouml"_s, U'ö'},      {u"oslash"_s, U'ø'},
        {u"uacute"_s, U'ú'}, {u"uuml"_s, U'ü'},   {u"szlig"_s, U'ß'},    {u"Auml"_s, U'Ä'},     {u"Ouml"_s, U'Ö'},      {u"Uuml"_s, U'Ü'},
        {u"Eacute"_s, U'É'}, {u"Aring"_s, U'Å'},  {u"shy"_s, U'\u00AD'}, {u"zwj"_s, U'\u200D'}, {u"zwnj"_s, U'\u200C'},
    };
    return entities;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp == 0xA0)
        cp = U' ';
    out += QStringView(QChar::fromUcs4(cp));
}

bool isBlockTag(QStringView name)
{
    static const QStringView blocks[]
        = {u"p",       u"div",    u"br",         u"h1",    u"h2", u"h3", u"h4",     u"h5",         u"h6",      u"tr",      u"ul",      u"ol",
           u"section", u"header", u"footer",     u"table", u"dt", u"dd", u"hr",     u"pre",        u"title",   u"nav",     u"main",    u"article",
           u"aside",   u"form",   u"blockquote", u"dl",    u"td", u"th", u"figure", u"figcaption", u"details", u"summary", u"address", u"li"};
    for (QStringView block : blocks) {
        if (name == block)
            return true;
    }
    return false;
}

bool endsParagraph(QStringView name)
{
    static const QStringView paragraphs[]
        = {u"p", u"h1", u"h2", u"h3", u"h4", u"h5", u"h6", u"ul", u"ol", u"table", u"section", u"article", u"header", u"blockquote", u"pre", u"dl"};
    for (QStringView paragraph : paragraphs) {
        if (name == paragraph)
            return true;
    }
    return false;
}

/// Elements whose content is never text a reader sees.
bool isHiddenContainer(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"noscript" || name == u"svg" || name == u"template" || name == u"iframe" || name == u"object"
        || name == u"canvas";
}

class Converter
{
public:
    explicit Converter(QStringView html) : m_html(html)
    {
        m_out.reserve(html.size() / 2);
    }

    QString run()
    {
        qsizetype i = 0;
        const qsizetype n = m_html.size();
        while (i < n) {
            const QChar c = m_html[i];
            if (c == u'<' && i + 1 < n && (m_html[i + 1].isLetter() || m_html[i + 1] == u'/' || m_html[i + 1] == u'!' || m_html[i + 1] == u'?')) {
                i = tag(i);
                continue;
            }
            if (c == u'&') {
                i = entity(i);
                continue;
            }
            text(c);
            ++i;
        }
        return std::move(m_out);
    }

private:
    void text(QChar c)
    {
        if (m_pre) {
            m_out += c;
            m_pendingSpace = false;
            return;
        }
        if (c.isSpace()) {
            m_pendingSpace = !m_out.isEmpty() && m_out.back() != u'\n' && m_out.back() != u' ';
            return;
        }
        if (m_pendingSpace)
            m_out += u' ';
        m_pendingSpace = false;
        m_out += c;
    }

    /// A line break, or a paragraph break (a blank line, which sectioning uses to end boilerplate paragraphs).
    void newline(bool paragraph = false)
    {
        m_pendingSpace = false;
        const int wanted = paragraph ? 2 : 1;
        int have = 0;
        while (have < wanted && have < m_out.size() && m_out[m_out.size() - 1 - have] == u'\n')
            ++have;
        for (; have < wanted; ++have)
            m_out += u'\n';
    }

    qsizetype entity(qsizetype at)
    {
        const qsizetype n = m_html.size();
        qsizetype end = at + 1;
        while (end < n && end - at <= 32 && (m_html[end].isLetterOrNumber() || m_html[end] == u'#'))
            ++end;
        if (end < n && m_html[end] == u';' && end > at + 1) {
            const QString decoded = JobText::decodeEntities(m_html.sliced(at, end + 1 - at));
            for (QChar c : decoded)
                text(c);
            return end + 1;
        }
        text(u'&');
        return at + 1;
    }

    /// Reads one tag starting at `at` ('<'); returns the index after it.
    qsizetype tag(qsizetype at)
    {
        const qsizetype n = m_html.size();
        if (m_html.sliced(at).startsWith(u"<!--")) {
            const qsizetype close = m_html.indexOf(u"-->", at + 4);
            return close < 0 ? n : close + 3;
        }
        const qsizetype close = m_html.indexOf(u'>', at + 1);
        if (close < 0)
            return n; // an unterminated tag at the end: nothing readable follows
        qsizetype p = at + 1;
        const bool closing = m_html[p] == u'/';
        if (closing)
            ++p;
        const qsizetype nameStart = p;
        while (p < close && (m_html[p].isLetterOrNumber() || m_html[p] == u'-'))
            ++p;
        const QString name = m_html.sliced(nameStart, p - nameStart).toString().toLower();
        if (!closing && isHiddenContainer(name)) {
            const qsizetype end = m_html.indexOf(QString(u"</"_s + name), close + 1, Qt::CaseInsensitive);
            if (end < 0)
                return n;
            const qsizetype endClose = m_html.indexOf(u'>', end);
            return endClose < 0 ? n : endClose + 1;
        }
        if (name == u"pre")
            m_pre = !closing;
        if (name == u"hr") {
            newline(true);
        } else if (name == u"li" && !closing) {
            newline();
            m_out += u"- "_s;
        } else if (name == u"td" || name == u"th") {
            text(u' ');
        } else if (isBlockTag(name)) {
            newline(closing && endsParagraph(name));
        }
        return close + 1;
    }

    QStringView m_html;
    QString m_out;
    bool m_pendingSpace = false;
    bool m_pre = false;
};
}

namespace JobHtml
{
QString toPlainText(QStringView html)
{
    return Converter(html).run();
}
}

namespace JobText
{
QString decodeEntities(QStringView html)
{
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype amp = html.indexOf(u'&', i);
        if (amp < 0) {
            out += html.sliced(i);
            break;
        }
        out += html.sliced(i, amp - i);
        const qsizetype semi = html.indexOf(u';', amp + 1);
        if (semi < 0 || semi - amp > 33) {
            out += u'&';
            i = amp + 1;
            continue;
        }
        const QStringView name = html.sliced(amp + 1, semi - amp - 1);
        bool ok = false;
        char32_t cp = 0;
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            const uint value = name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            cp = value;
        } else {
            const auto it = namedEntities().constFind(name.toString());
            ok = it != namedEntities().cend();
            if (ok)
                cp = it.value();
        }
        if (!ok) {
            out += u'&';
            i = amp + 1;
            continue;
        }
        appendCodePoint(out, cp);
        i = semi + 1;
    }
    return out;
}
}
