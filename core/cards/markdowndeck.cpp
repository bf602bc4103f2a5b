// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowndeck.h"

#include "derive/derivation.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace
{
/// Past this many problems in one file the rest are counted, not listed: a binary file or a file
/// in another format would otherwise produce one problem per line.
constexpr int MaxProblemsPerFile = 200;

const QString SectionFront = u"Front"_s;
const QString SectionBack = u"Back"_s;
const QString SectionTechnical = u"Technical"_s;
const QString SectionArchitectural = u"Architectural"_s;
const QString SectionBusiness = u"Business"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("MarkdownDeck", text);
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

bool isSpaceOrTab(QChar c)
{
    return c == u' ' || c == u'\t';
}

QStringView stripLeadingWhitespace(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isSpaceOrTab(line.at(i))) {
        ++i;
    }
    return line.mid(i);
}

int leadingSpaces(QStringView line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == u' ') {
        ++n;
    }
    return n;
}

/// `#` characters followed by a space, a tab or the end of the line, starting at column 0.
bool startsWithHashes(QStringView line, int count)
{
    if (line.size() < count) {
        return false;
    }
    for (int i = 0; i < count; ++i) {
        if (line.at(i) != u'#') {
            return false;
        }
    }
    return line.size() == count || isSpaceOrTab(line.at(count));
}

bool isTitleHeading(QStringView line)
{
    return startsWithHashes(line, 1);
}

bool isCardHeading(QStringView line)
{
    return startsWithHashes(line, 2);
}

bool isSectionHeading(QStringView line)
{
    return startsWithHashes(line, 3);
}

/// Any CommonMark ATX heading: up to three spaces, one to six `#`, then a space, tab or the end.
bool isAtxHeading(QStringView line)
{
    const int indent = leadingSpaces(line);
    if (indent > 3) {
        return false;
    }
    const QStringView rest = line.mid(indent);
    int hashes = 0;
    while (hashes < rest.size() && rest.at(hashes) == u'#') {
        ++hashes;
    }
    return hashes >= 1 && hashes <= 6 && (rest.size() == hashes || isSpaceOrTab(rest.at(hashes)));
}

/// A line of `=` or `-` (two or more) that would turn the paragraph line above it into a heading.
bool isSetextUnderline(QStringView line)
{
    if (leadingSpaces(line) > 3) {
        return false;
    }
    const QStringView rest = line.trimmed();
    if (rest.size() < 2 || (rest.at(0) != u'=' && rest.at(0) != u'-')) {
        return false;
    }
    return std::all_of(rest.begin(), rest.end(), [first = rest.at(0)](QChar c) {
        return c == first;
    });
}

/// A line that a setext underline below it would make a heading: plain paragraph text, not a list
/// item, quote, table row or heading.
bool isParagraphText(QStringView line)
{
    if (isBlank(line) || leadingSpaces(line) > 3) {
        return false;
    }
    const QStringView rest = line.trimmed();
    const QChar first = rest.at(0);
    if (first == u'>' || first == u'|' || first == u'#' || rest.contains(u'|')) {
        return false;
    }
    if ((first == u'-' || first == u'*' || first == u'+') && (rest.size() == 1 || isSpaceOrTab(rest.at(1)))) {
        return false;
    }
    qsizetype digits = 0;
    while (digits < rest.size() && rest.at(digits).isDigit()) {
        ++digits;
    }
    if (digits > 0 && digits < rest.size() && (rest.at(digits) == u'.' || rest.at(digits) == u')')) {
        return false;
    }
    return true;
}

struct Fence {
    QChar marker;
    qsizetype length = 0;
    QStringView info;
};

/// A run of three or more backticks or tildes opening a fenced code block. Indentation is
/// allowed, so that fences inside list items count. A backtick fence's info string may not
/// contain a backtick (```` ```x``` ```` is inline code).
std::optional<Fence> openingFence(QStringView line)
{
    const QStringView rest = stripLeadingWhitespace(line);
    if (rest.isEmpty() || (rest.at(0) != u'`' && rest.at(0) != u'~')) {
        return std::nullopt;
    }
    const QChar marker = rest.at(0);
    qsizetype length = 0;
    while (length < rest.size() && rest.at(length) == marker) {
        ++length;
    }
    if (length < 3) {
        return std::nullopt;
    }
    const QStringView info = rest.mid(length).trimmed();
    if (marker == u'`' && info.contains(u'`')) {
        return std::nullopt;
    }
    return Fence {marker, length, info};
}

/// A bare run of one fence character (nothing but whitespace after it): the only line that can
/// close a fence. Returns the run length, or 0.
qsizetype closingRun(QStringView line, QChar marker)
{
    const QStringView rest = stripLeadingWhitespace(line);
    qsizetype length = 0;
    while (length < rest.size() && rest.at(length) == marker) {
        ++length;
    }
    if (length < 3 || !rest.mid(length).trimmed().isEmpty()) {
        return 0;
    }
    return length;
}

QString fenceLanguage(QStringView info)
{
    qsizetype end = 0;
    while (end < info.size() && !info.at(end).isSpace()) {
        ++end;
    }
    return info.left(end).toString();
}

/// Splits on LF, CRLF and a lone CR (all CommonMark line endings).
QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    lines.reserve(text.count(u'\n') + 1);
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\r') {
            lines.append(text.mid(start, i - start));
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                ++i;
            }
            start = i + 1;
        }
    }
    lines.append(text.mid(start));
    return lines;
}

/// What a line is before headings and metadata are looked at: fenced code and comments are
/// never read as structure.
enum class LineKind : quint8 {
    Normal,
    FenceOpen,
    FenceClose,
    Code, ///< inside a fenced block
    Comment, ///< part of a `<!-- … -->` comment
    UnclosedFence, ///< an opening fence with no closing fence after it
    UnclosedComment, ///< `<!--` with no `-->` after it
};

/// Classifies every line in time linear in the text. An unclosed fence or comment is marked and
/// the lines after it are read normally, so that one slip costs one card, not the rest of the file.
QList<LineKind> classifyLines(const QList<QStringView> &lines)
{
    const qsizetype n = lines.size();
    QList<LineKind> kinds(n, LineKind::Normal);

    // Candidate closing fences per marker, with the longest run at or after each candidate: a
    // fence that cannot close is then known in O(1), and a fence that does close only scans lines
    // inside its own block.
    struct Closers {
        QList<qsizetype> line;
        QList<qsizetype> length;
        QList<qsizetype> suffixMax;
        qsizetype next = 0;
    };
    Closers backtick;
    Closers tilde;
    for (qsizetype i = 0; i < n; ++i) {
        for (Closers *closers : {&backtick, &tilde}) {
            const qsizetype run = closingRun(lines.at(i), closers == &backtick ? QChar(u'`') : QChar(u'~'));
            if (run > 0) {
                closers->line.append(i);
                closers->length.append(run);
            }
        }
    }
    for (Closers *closers : {&backtick, &tilde}) {
        closers->suffixMax.resize(closers->length.size());
        qsizetype longest = 0;
        for (qsizetype k = closers->length.size() - 1; k >= 0; --k) {
            longest = std::max(longest, closers->length.at(k));
            closers->suffixMax[k] = longest;
        }
    }

    // The first line at or after each line that contains `-->`.
    QList<qsizetype> nextCommentEnd(n + 1, -1);
    for (qsizetype i = n - 1; i >= 0; --i) {
        nextCommentEnd[i] = lines.at(i).contains(u"-->"_s) ? i : nextCommentEnd.at(i + 1);
    }

    qsizetype i = 0;
    while (i < n) {
        const QStringView line = lines.at(i);
        if (const auto fence = openingFence(line)) {
            Closers &closers = fence->marker == u'`' ? backtick : tilde;
            while (closers.next < closers.line.size() && closers.line.at(closers.next) <= i) {
                ++closers.next;
            }
            qsizetype k = closers.next;
            if (k >= closers.line.size() || closers.suffixMax.at(k) < fence->length) {
                kinds[i] = LineKind::UnclosedFence;
                ++i;
                continue;
            }
            while (closers.length.at(k) < fence->length) {
                ++k;
            }
            const qsizetype close = closers.line.at(k);
            kinds[i] = LineKind::FenceOpen;
            for (qsizetype j = i + 1; j < close; ++j) {
                kinds[j] = LineKind::Code;
            }
            kinds[close] = LineKind::FenceClose;
            i = close + 1;
            continue;
        }
        const QStringView stripped = stripLeadingWhitespace(line);
        if (stripped.startsWith(u"<!--"_s)) {
            if (stripped.mid(4).contains(u"-->"_s)) {
                kinds[i] = LineKind::Comment;
                ++i;
                continue;
            }
            const qsizetype end = nextCommentEnd.at(i + 1);
            if (end < 0) {
                kinds[i] = LineKind::UnclosedComment;
                ++i;
                continue;
            }
            for (qsizetype j = i; j <= end; ++j) {
                kinds[j] = LineKind::Comment;
            }
            i = end + 1;
            continue;
        }
        ++i;
    }
    return kinds;
}

struct MetaLine {
    QString key;
    QString value;
};

/// `key: value` where the key is a letter followed by letters, digits, `-` or `_`.
std::optional<MetaLine> metaLine(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0) {
        return std::nullopt;
    }
    const QStringView key = line.left(colon);
    if (!key.at(0).isLetter()) {
        return std::nullopt;
    }
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_')) {
            return std::nullopt;
        }
    }
    return MetaLine {key.toString(), line.mid(colon + 1).trimmed().toString()};
}

QStringList splitList(const QString &value)
{
    QStringList items;
    const auto parts = QStringView(value).split(u',');
    for (QStringView part : parts) {
        const QStringView item = part.trimmed();
        if (!item.isEmpty()) {
            items.append(item.toString());
        }
    }
    return items;
}

QString sectionHeading(const QString &name)
{
    return u"### "_s + name;
}

QString joinedSectionNames(const QStringList &names)
{
    QStringList headings;
    for (const QString &name : names) {
        headings.append(sectionHeading(name));
    }
    return headings.join(u", "_s);
}

/// One card while its lines are read.
struct PendingCard {
    struct Section {
        QString name; ///< as written in the heading
        int line = 0;
        QStringList lines;
    };

    CardDraft draft;
    QString rawKey;
    bool bad = false;
    bool skipRest = false; ///< after an unclosed fence nothing more of this card is read
    bool metaDone = false; ///< a section has started
    bool reportedStrayText = false;
    QHash<QString, int> metaLines; ///< key → line, for duplicates
    QList<Section> sections;
};

QString joinSection(const QStringList &lines)
{
    qsizetype first = 0;
    qsizetype last = lines.size() - 1;
    while (first <= last && isBlank(lines.at(first))) {
        ++first;
    }
    while (last >= first && isBlank(lines.at(last))) {
        --last;
    }
    if (first > last) {
        return {};
    }
    QString text = lines.mid(first, last - first + 1).join(u'\n');
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace()) {
        --end;
    }
    text.truncate(end);
    return text;
}

class Parser
{
public:
    Parser(QString fileName, MarkdownDeck::ParseResult &result) : m_fileName(std::move(fileName)), m_result(result)
    {
    }

    void run(const QByteArray &bytes);

private:
    void report(int line, const QString &cardKey, const QString &message);
    void reportInCard(int line, const QString &message);
    void startCard(int line, QStringView heading);
    void finishCard();
    void deckMetadata(int line, const MetaLine &meta);
    void cardMetadata(int line, const MetaLine &meta);
    void finishDeck(int titleLine);

    QString m_fileName;
    MarkdownDeck::ParseResult &m_result;
    int m_problemCount = 0;
    std::optional<PendingCard> m_card;
    QHash<QString, int> m_cardLines; ///< card id → line of its first heading in this file
    QHash<QString, int> m_deckMeta; ///< key → line
    bool m_reportedHeaderUtf8 = false;
};

void Parser::report(int line, const QString &cardKey, const QString &message)
{
    ++m_problemCount;
    if (m_problemCount <= MaxProblemsPerFile) {
        m_result.problems.append({m_fileName, line, cardKey, message});
    } else if (m_problemCount == MaxProblemsPerFile + 1) {
        m_result.problems.append({m_fileName, line, {}, tr("too many problems; the rest of this file's problems are not listed")});
    }
}

void Parser::reportInCard(int line, const QString &message)
{
    m_card->bad = true;
    report(line, m_card->rawKey, message);
}

void Parser::run(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInvalidToNull);
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    if (isBlank(text)) {
        report(1, {}, tr("the file is empty: a deck starts with a '# Title' line and a 'deck-id:' line"));
        return;
    }

    // Bytes that are not UTF-8 (and NUL, which no text file holds) come out of the decoder as
    // U+0000: note their lines, then show them as U+FFFD.
    QList<bool> invalidLine;
    if (text.contains(QChar(0))) {
        const QList<QStringView> rawLines = splitLines(text);
        invalidLine.reserve(rawLines.size());
        for (QStringView line : rawLines) {
            invalidLine.append(line.contains(QChar(0)));
        }
        text.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    }

    const QList<QStringView> lines = splitLines(text);
    const QList<LineKind> kinds = classifyLines(lines);
    const qsizetype n = lines.size();

    enum class State { BeforeTitle, DeckHeader, Card };
    State state = State::BeforeTitle;
    int titleLine = 0;

    for (qsizetype i = 0; i < n; ++i) {
        const QStringView line = lines.at(i);
        const int lineNo = int(i + 1);
        const LineKind kind = kinds.at(i);

        if (kind == LineKind::Normal && isCardHeading(line)) {
            if (state == State::BeforeTitle) {
                report(lineNo, {}, tr("the file must start with a '# Title' line"));
            }
            finishCard();
            state = State::Card;
            startCard(lineNo, line);
            continue;
        }
        if (m_card && m_card->skipRest) {
            continue;
        }
        if (!invalidLine.isEmpty() && invalidLine.at(i)) {
            const QString message = tr("this line is not valid UTF-8 text (save the file as UTF-8)");
            if (m_card) {
                if (!m_card->bad) {
                    reportInCard(lineNo, message);
                }
            } else if (!m_reportedHeaderUtf8) {
                m_reportedHeaderUtf8 = true;
                report(lineNo, {}, message);
            }
        }

        switch (kind) {
        case LineKind::Comment:
            continue;
        case LineKind::UnclosedComment:
            if (m_card) {
                reportInCard(lineNo, tr("comment is never closed: add '-->'"));
            } else {
                report(lineNo, {}, tr("comment is never closed: add '-->'"));
            }
            continue;
        case LineKind::UnclosedFence: {
            const auto fence = openingFence(line);
            const QString message = tr("code fence is never closed: add a line of %1 '%2' after the code")
                                        .arg(fence ? fence->length : 3)
                                        .arg(fence ? fence->marker : QChar(u'`'));
            if (m_card) {
                reportInCard(lineNo, message);
                m_card->skipRest = true;
            } else {
                report(lineNo, {}, message);
            }
            continue;
        }
        case LineKind::FenceOpen:
        case LineKind::FenceClose:
        case LineKind::Code:
            if (m_card && m_card->metaDone) {
                m_card->sections.last().lines.append(line.toString());
            } else if (m_card) {
                if (!m_card->reportedStrayText) {
                    m_card->reportedStrayText = true;
                    reportInCard(lineNo, tr("text before '### Front': a card's text goes under its section headings"));
                }
            } else if (kind == LineKind::FenceOpen) {
                report(lineNo, {}, tr("code outside a card"));
            }
            continue;
        case LineKind::Normal:
            break;
        }

        if (state == State::BeforeTitle) {
            if (isBlank(line)) {
                continue;
            }
            state = State::DeckHeader;
            if (isTitleHeading(line)) {
                titleLine = lineNo;
                m_result.deck.title = line.mid(1).trimmed().toString();
                if (m_result.deck.title.isEmpty()) {
                    report(lineNo, {}, tr("the deck title is empty"));
                }
                continue;
            }
            report(lineNo, {}, tr("the file must start with a '# Title' line"));
            // Read this line again as part of the deck header.
        }

        if (isSectionHeading(line)) {
            const QString name = line.mid(3).trimmed().toString();
            if (!m_card) {
                report(lineNo, {}, tr("section '%1' outside a card: a card starts with '## card-id'").arg(sectionHeading(name)));
                continue;
            }
            m_card->metaDone = true;
            m_card->sections.append({name, lineNo, {}});
            continue;
        }
        if (isAtxHeading(line)) {
            if (m_card) {
                reportInCard(lineNo, tr("heading inside card text: use **bold** instead ('%1')").arg(line.trimmed().left(60)));
            } else if (isTitleHeading(line)) {
                report(lineNo, {}, tr("a deck file has one '# Title' line"));
            } else {
                report(lineNo, {}, tr("unexpected heading in the deck header: cards start with '## card-id'"));
            }
            continue;
        }

        if (!m_card) {
            if (isBlank(line)) {
                continue;
            }
            if (const auto meta = metaLine(line)) {
                deckMetadata(lineNo, *meta);
            } else {
                report(lineNo, {}, tr("unexpected text in the deck header: metadata lines are 'key: value', cards start with '## card-id'"));
            }
            continue;
        }

        if (!m_card->metaDone) {
            if (isBlank(line)) {
                continue;
            }
            if (const auto meta = metaLine(line)) {
                cardMetadata(lineNo, *meta);
            } else if (!m_card->reportedStrayText) {
                m_card->reportedStrayText = true;
                reportInCard(lineNo, tr("text before '### Front': a card's text goes under its section headings"));
            }
            continue;
        }

        auto &section = m_card->sections.last();
        if (isSetextUnderline(line) && i > 0 && kinds.at(i - 1) == LineKind::Normal && !section.lines.isEmpty() && isParagraphText(lines.at(i - 1))) {
            reportInCard(lineNo, tr("this line makes the line above it a heading: use **bold**, or leave a blank line before it"));
            continue;
        }
        section.lines.append(line.toString());
    }
    finishCard();
    finishDeck(titleLine);
}

void Parser::startCard(int line, QStringView heading)
{
    m_card.emplace();
    m_card->rawKey = heading.mid(2).trimmed().toString();
    m_card->draft.line = line;
    const QString &key = m_card->rawKey;
    const QString &deckKey = m_result.deck.key;
    if (key.isEmpty()) {
        reportInCard(line, tr("card heading without an id: write '## %1-some-slug'").arg(deckKey.isEmpty() ? u"deck"_s : deckKey));
    } else if (!MarkdownDeck::isValidId(key)) {
        reportInCard(line, tr("bad card id '%1': use lowercase letters, digits and single dashes").arg(key.left(80)));
    } else if (const auto it = m_cardLines.constFind(key); it != m_cardLines.constEnd()) {
        reportInCard(line, tr("duplicate card id '%1' (first used on line %2)").arg(key).arg(*it));
    }
    if (!key.isEmpty() && !m_cardLines.contains(key)) {
        m_cardLines.insert(key, line);
    }
    m_card->draft.key = key;
}

void Parser::deckMetadata(int line, const MetaLine &meta)
{
    if (const auto it = m_deckMeta.constFind(meta.key); it != m_deckMeta.constEnd()) {
        report(line, {}, tr("'%1' is given twice (first on line %2)").arg(meta.key).arg(*it));
        return;
    }
    m_deckMeta.insert(meta.key, line);
    DeckFile &deck = m_result.deck;
    if (meta.key == u"deck-id"_s) {
        if (!MarkdownDeck::isValidId(meta.value)) {
            report(line, {}, tr("bad deck-id '%1': use lowercase letters, digits and single dashes").arg(meta.value.left(80)));
            return;
        }
        deck.key = meta.value;
    } else if (meta.key == u"topic"_s) {
        deck.topic = meta.value;
        if (!MarkdownDeck::topics().contains(meta.value)) {
            report(line, {}, tr("unknown topic '%1' (expected one of: %2)").arg(meta.value.left(80), MarkdownDeck::topics().join(u", "_s)));
        }
    } else if (meta.key == u"description"_s) {
        deck.description = meta.value;
    } else {
        report(line, {}, tr("unknown deck key '%1' (expected deck-id, topic or description)").arg(meta.key.left(80)));
    }
}

void Parser::cardMetadata(int line, const MetaLine &meta)
{
    if (const auto it = m_card->metaLines.constFind(meta.key); it != m_card->metaLines.constEnd()) {
        reportInCard(line, tr("'%1' is given twice (first on line %2)").arg(meta.key).arg(*it));
        return;
    }
    m_card->metaLines.insert(meta.key, line);
    CardDraft &draft = m_card->draft;
    if (meta.key == u"tags"_s) {
        draft.tags = splitList(meta.value);
        for (const QString &tag : std::as_const(draft.tags)) {
            if (!MarkdownDeck::isValidId(tag)) {
                reportInCard(line, tr("bad tag '%1': tags are lowercase kebab-case").arg(tag.left(80)));
            }
        }
        draft.tags.removeDuplicates();
    } else if (meta.key == u"source"_s) {
        draft.source = meta.value;
    } else if (meta.key == u"follow-up"_s) {
        draft.followUps = splitList(meta.value);
        for (const QString &id : std::as_const(draft.followUps)) {
            if (!MarkdownDeck::isValidId(id)) {
                reportInCard(line, tr("bad follow-up id '%1'").arg(id.left(80)));
            } else if (id == draft.key) {
                reportInCard(line, tr("a card cannot be its own follow-up"));
            }
        }
        draft.followUps.removeDuplicates();
    } else if (meta.key == u"kind"_s) {
        if (!MarkdownDeck::kindFromName(meta.value, &draft.kind)) {
            reportInCard(line, tr("unknown kind '%1' (expected basic, three-level or derive)").arg(meta.value.left(80)));
        }
    } else if (meta.key == u"derive"_s) {
        draft.derive = meta.value;
        if (!Derive::isKnownGenerator(meta.value)) {
            reportInCard(line, tr("unknown generator '%1' (expected one of: %2)").arg(meta.value.left(80), Derive::generatorNames().join(u", "_s)));
        }
    } else {
        reportInCard(line, tr("unknown card key '%1' (expected tags, source, follow-up, kind or derive)").arg(meta.key.left(80)));
    }
}

void Parser::finishCard()
{
    if (!m_card) {
        return;
    }
    PendingCard &card = *m_card;
    CardDraft &draft = card.draft;
    const QStringList expected = draft.kind == CardKind::ThreeLevel ? QStringList {SectionFront, SectionTechnical, SectionArchitectural, SectionBusiness}
                                                                    : QStringList {SectionFront, SectionBack};
    const QStringList allNames {SectionFront, SectionBack, SectionTechnical, SectionArchitectural, SectionBusiness};

    // `derive:` and `kind:` may come in either order, so they are checked together here.
    if (draft.kind == CardKind::Derive && !card.metaLines.contains(u"derive"_s)) {
        reportInCard(draft.line, tr("a derive card needs a 'derive: <generator>' line naming what draws its numbers"));
    } else if (draft.kind != CardKind::Derive && card.metaLines.contains(u"derive"_s)) {
        reportInCard(card.metaLines.value(u"derive"_s), tr("'derive' belongs to derive cards: add 'kind: derive' under the card heading"));
    }
    if (!card.skipRest) {
        QHash<QString, int> seen; // canonical name → line
        QStringList order;
        QHash<QString, QString> texts;
        for (const auto &section : std::as_const(card.sections)) {
            QString canonical;
            for (const QString &name : allNames) {
                if (section.name.compare(name, Qt::CaseInsensitive) == 0) {
                    canonical = name;
                }
            }
            if (canonical.isEmpty()) {
                reportInCard(section.line, tr("unknown section '%1' (expected %2)").arg(sectionHeading(section.name).left(80), joinedSectionNames(expected)));
                continue;
            }
            if (!expected.contains(canonical)) {
                if (draft.kind != CardKind::ThreeLevel) {
                    reportInCard(section.line,
                                 tr("'%1' belongs to three-level cards: add 'kind: three-level' under the card heading").arg(sectionHeading(canonical)));
                } else {
                    reportInCard(section.line, tr("a three-level card has no '### Back': use %1").arg(joinedSectionNames(expected.mid(1))));
                }
                continue;
            }
            if (const auto it = seen.constFind(canonical); it != seen.constEnd()) {
                reportInCard(section.line, tr("duplicate section '%1' (first on line %2)").arg(sectionHeading(canonical)).arg(*it));
                continue;
            }
            seen.insert(canonical, section.line);
            order.append(canonical);
            const QString text = joinSection(section.lines);
            if (text.isEmpty()) {
                reportInCard(section.line, tr("empty section '%1'").arg(sectionHeading(canonical)));
            }
            texts.insert(canonical, text);
        }
        for (const QString &name : expected) {
            if (!seen.contains(name)) {
                reportInCard(draft.line, tr("card '%1' has no '%2' section").arg(card.rawKey.left(80), sectionHeading(name)));
            }
        }
        if (order.size() == expected.size() && order != expected) {
            reportInCard(card.sections.constFirst().line, tr("sections must come in the order %1").arg(joinedSectionNames(expected)));
        }
        if (!card.bad) {
            draft.front = texts.value(SectionFront);
            if (draft.kind == CardKind::ThreeLevel) {
                draft.levels = {texts.value(SectionTechnical), texts.value(SectionArchitectural), texts.value(SectionBusiness)};
                draft.back = u"**Technical**\n\n"_s + draft.levels.technical + u"\n\n**Architectural**\n\n"_s + draft.levels.architectural
                    + u"\n\n**Business**\n\n"_s + draft.levels.business;
            } else {
                draft.back = texts.value(SectionBack);
            }
        }
    }
    if (!card.bad) {
        m_result.deck.cards.append(std::move(draft));
    }
    m_card.reset();
}

void Parser::finishDeck(int titleLine)
{
    if (!m_deckMeta.contains(u"deck-id"_s)) {
        report(titleLine > 0 ? titleLine : 1, {}, tr("missing deck-id: add a 'deck-id: <id>' line under the title"));
    }
}
}

QString MarkdownDeck::Problem::toString() const
{
    if (line <= 0) {
        return u"%1: %2"_s.arg(file, message);
    }
    return u"%1:%2: %3"_s.arg(file).arg(line).arg(message);
}

bool MarkdownDeck::ParseResult::hasDeck() const
{
    return !deck.key.isEmpty();
}

MarkdownDeck::ParseResult MarkdownDeck::parse(const QByteArray &bytes, const QString &fileName)
{
    ParseResult result;
    Parser parser(fileName, result);
    parser.run(bytes);
    return result;
}

MarkdownDeck::ParseResult MarkdownDeck::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParseResult result;
        result.problems.append({path, 0, {}, tr("cannot be read: %1").arg(file.errorString())});
        return result;
    }
    return parse(file.readAll(), path);
}

QList<MarkdownDeck::CodeBlock> MarkdownDeck::codeBlocks(QStringView markdown)
{
    QList<CodeBlock> blocks;
    std::optional<Fence> open;
    QStringList code;
    for (QStringView line : splitLines(markdown)) {
        if (open) {
            if (closingRun(line, open->marker) >= open->length) {
                blocks.append({fenceLanguage(open->info), code.join(u'\n')});
                code.clear();
                open.reset();
            } else {
                code.append(line.toString());
            }
        } else {
            open = openingFence(line);
        }
    }
    if (open) {
        blocks.append({fenceLanguage(open->info), code.join(u'\n')});
    }
    return blocks;
}

int MarkdownDeck::proseWordCount(QStringView markdown)
{
    int words = 0;
    std::optional<Fence> open;
    for (QStringView line : splitLines(markdown)) {
        if (open) {
            if (closingRun(line, open->marker) >= open->length) {
                open.reset();
            }
            continue;
        }
        if ((open = openingFence(line))) {
            continue;
        }
        bool inWord = false;
        bool wordHasText = false;
        for (QChar c : line) {
            if (c.isSpace()) {
                if (inWord && wordHasText) {
                    ++words;
                }
                inWord = false;
                wordHasText = false;
            } else {
                inWord = true;
                wordHasText = wordHasText || c.isLetterOrNumber();
            }
        }
        if (inWord && wordHasText) {
            ++words;
        }
    }
    return words;
}

bool MarkdownDeck::isValidId(QStringView id)
{
    if (id.isEmpty() || id.front() == u'-' || id.back() == u'-') {
        return false;
    }
    QChar previous;
    for (QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok || (c == u'-' && previous == u'-')) {
            return false;
        }
        previous = c;
    }
    return true;
}

const QStringList &MarkdownDeck::codeLanguages()
{
    static const QStringList languages {u"python"_s, u"cpp"_s, u"cuda"_s, u"bash"_s, u"json"_s, u"yaml"_s, u"sql"_s, u"text"_s};
    return languages;
}

const QStringList &MarkdownDeck::topics()
{
    static const QStringList list {u"fine-tuning"_s,
                                   u"training-memory"_s,
                                   u"parallelism"_s,
                                   u"attention"_s,
                                   u"serving"_s,
                                   u"decoding"_s,
                                   u"quantization"_s,
                                   u"kernels"_s,
                                   u"preference-eval"_s,
                                   u"system-design"_s,
                                   u"interview"_s,
                                   u"numbers"_s};
    return list;
}

bool MarkdownDeck::kindFromName(QStringView name, CardKind *kind)
{
    if (name == u"basic"_s) {
        *kind = CardKind::Basic;
        return true;
    }
    if (name == u"three-level"_s) {
        *kind = CardKind::ThreeLevel;
        return true;
    }
    if (name == u"derive"_s) {
        *kind = CardKind::Derive;
        return true;
    }
    return false;
}
