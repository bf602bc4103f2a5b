// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardquery.h"

#include "storage/sqlfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

struct CardQuery::Node {
    enum class Kind { And, Or, Not, Text, Deck, Tag, Id, Is, Flag, Prop, Rated, Added };
    Kind kind = Kind::Text;
    std::vector<std::shared_ptr<const Node>> children; ///< And, Or: two or more; Not: one
    /// Text: the words, escapes resolved. Deck, Tag, Id: the pattern, `*` a wildcard and `\*`, `\\`
    /// literal. Is, Prop: the name. Prop: also the number as typed, in `number`.
    QString text;
    QString number;
    QString op; ///< Prop: > < >= <= = !=
    bool quoted = false; ///< Text: written in quotes, so never an automatic prefix
    bool prefix = false; ///< Text: ended in an unescaped `*`
    int count = 0; ///< Flag: the flag; Rated, Added: days
    int rating = 0; ///< Rated: 1..4, or 0 for any answer
};

namespace
{
using Node = CardQuery::Node;
using NodePtr = std::shared_ptr<const Node>;
using Kind = Node::Kind;

/// Deeper nesting is refused: recursion on hostile input must not exhaust the stack.
constexpr int MaxDepth = 100;
constexpr int MaxDays = 36500;

const QStringList States {u"due"_s, u"new"_s, u"learn"_s, u"review"_s, u"suspended"_s, u"buried"_s, u"deleted"_s};
const QStringList Properties {u"s"_s, u"d"_s, u"r"_s, u"ivl"_s, u"reps"_s, u"lapses"_s};
const QStringList Comparisons {u">="_s, u"<="_s, u"!="_s, u">"_s, u"<"_s, u"="_s}; // two-character ones first

QString tr(const char *text)
{
    return QCoreApplication::translate("CardQuery", text);
}

struct Token {
    enum class Type { Word, Not, Open, Close, Or, And, End };
    Type type = Type::End;
    int pos = 0; ///< 1-based
    QString raw; ///< Word: the characters without quotes, backslash escapes kept
    int colon = -1; ///< Word: index in raw of the colon after a key
    int valuePos = 0; ///< Word: 1-based position of the first character after that colon
    bool quoted = false;
};

bool isKey(const QString &raw)
{
    return !raw.isEmpty() && std::all_of(raw.cbegin(), raw.cend(), [](QChar c) {
        return c.isLetter() && c.unicode() < 128;
    });
}

/// Text with escapes resolved; a trailing unescaped `*` is returned as `prefix`.
QString resolveText(const QString &raw, bool *prefix)
{
    QString text;
    *prefix = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == u'\\') {
            text += raw.at(++i);
        } else if (raw.at(i) == u'*' && i == raw.size() - 1) {
            *prefix = true;
        } else {
            text += raw.at(i);
        }
    }
    return text;
}

/// The canonical pattern: every escape resolved except `\*` and `\\`, which stay literal.
QString globPattern(const QString &raw)
{
    QString pattern;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == u'\\') {
            const QChar next = raw.at(++i);
            if (next == u'*' || next == u'\\') {
                pattern += u'\\';
            }
            pattern += next;
        } else {
            pattern += raw.at(i);
        }
    }
    return pattern;
}

NodePtr combine(Kind kind, std::vector<NodePtr> parts)
{
    if (parts.size() == 1) {
        return parts.front();
    }
    auto node = std::make_shared<Node>();
    node->kind = kind;
    for (NodePtr &part : parts) {
        if (part->kind == kind) {
            node->children.insert(node->children.end(), part->children.cbegin(), part->children.cend());
        } else {
            node->children.push_back(std::move(part));
        }
    }
    return node;
}

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text)
    {
    }

    NodePtr parse()
    {
        if (!lex() || peek().type == Token::Type::End) {
            return nullptr;
        }
        NodePtr root = parseOr(0);
        if (root && peek().type == Token::Type::Close) {
            return fail(tr("unexpected ')'"), peek().pos);
        }
        return root;
    }

    QString error;
    int errorPos = 0;

private:
    NodePtr fail(const QString &message, int pos)
    {
        if (error.isEmpty()) {
            error = tr("%1 at %2").arg(message, QString::number(pos)); // one pass: the message may hold user text with %
            errorPos = pos;
        }
        return nullptr;
    }

    [[nodiscard]] const Token &peek() const
    {
        return m_tokens.at(m_next);
    }

    [[nodiscard]] bool peekEndsTerm() const
    {
        const Token::Type type = peek().type;
        return type == Token::Type::End || type == Token::Type::Close || type == Token::Type::Or || type == Token::Type::And;
    }

    bool lex()
    {
        const QString &t = m_text;
        const qsizetype n = t.size();
        qsizetype i = 0;
        auto symbol = [this](Token::Type type, int pos) {
            Token token;
            token.type = type;
            token.pos = pos;
            m_tokens.push_back(token);
        };
        while (true) {
            while (i < n && t.at(i).isSpace()) {
                ++i;
            }
            const int pos = int(i) + 1;
            if (i >= n) {
                symbol(Token::Type::End, pos);
                return true;
            }
            const QChar c = t.at(i);
            if (c == u'(' || c == u')') {
                symbol(c == u'(' ? Token::Type::Open : Token::Type::Close, pos);
                ++i;
                continue;
            }
            if (c == u'-') {
                if (i + 1 >= n || t.at(i + 1).isSpace() || t.at(i + 1) == u')') {
                    fail(tr("nothing to negate after '-'"), pos);
                    return false;
                }
                symbol(Token::Type::Not, pos);
                ++i;
                continue;
            }
            Token word;
            word.type = Token::Type::Word;
            word.pos = pos;
            bool inQuotes = false;
            int quotePos = 0;
            while (i < n && (inQuotes || !(t.at(i).isSpace() || t.at(i) == u'(' || t.at(i) == u')'))) {
                const QChar ch = t.at(i);
                if (ch == u'"') {
                    inQuotes = !inQuotes;
                    quotePos = int(i) + 1;
                    word.quoted = true;
                } else if (ch == u'\\') {
                    // A backslash at the very end stands for itself.
                    word.raw += ch;
                    word.raw += i + 1 < n ? t.at(++i) : ch;
                } else {
                    if (ch == u':' && !inQuotes && !word.quoted && word.colon < 0 && isKey(word.raw)) {
                        word.colon = int(word.raw.size());
                        word.valuePos = int(i) + 2;
                    }
                    word.raw += ch;
                }
                ++i;
            }
            if (inQuotes) {
                fail(tr("unclosed quote"), quotePos);
                return false;
            }
            if (!word.quoted && word.raw.compare(u"or"_s, Qt::CaseInsensitive) == 0) {
                word.type = Token::Type::Or;
            } else if (!word.quoted && word.raw.compare(u"and"_s, Qt::CaseInsensitive) == 0) {
                word.type = Token::Type::And;
            }
            m_tokens.push_back(word);
        }
    }

    NodePtr parseOr(int depth)
    {
        std::vector<NodePtr> parts;
        while (true) {
            if (peek().type == Token::Type::Or || peek().type == Token::Type::And) {
                return fail(tr("'%1' needs a search term on both sides").arg(peek().raw.toUpper()), peek().pos);
            }
            NodePtr part = parseAnd(depth);
            if (!part) {
                return nullptr;
            }
            parts.push_back(std::move(part));
            if (peek().type != Token::Type::Or) {
                return combine(Kind::Or, std::move(parts));
            }
            const Token op = m_tokens.at(m_next++);
            if (peekEndsTerm()) {
                return fail(tr("'OR' needs a search term on both sides"), op.pos);
            }
        }
    }

    NodePtr parseAnd(int depth)
    {
        std::vector<NodePtr> parts;
        while (peek().type != Token::Type::End && peek().type != Token::Type::Close && peek().type != Token::Type::Or) {
            if (peek().type == Token::Type::And) {
                const Token op = m_tokens.at(m_next++);
                if (parts.empty() || peekEndsTerm()) {
                    return fail(tr("'AND' needs a search term on both sides"), op.pos);
                }
                continue;
            }
            NodePtr part = parseUnary(depth);
            if (!part) {
                return nullptr;
            }
            parts.push_back(std::move(part));
        }
        if (parts.empty()) {
            return fail(peek().type == Token::Type::Close ? tr("unexpected ')'") : tr("missing search term"), peek().pos);
        }
        return combine(Kind::And, std::move(parts));
    }

    NodePtr parseUnary(int depth)
    {
        const Token token = m_tokens.at(m_next++);
        if (depth > MaxDepth) {
            return fail(tr("the search is nested too deeply"), token.pos);
        }
        if (token.type == Token::Type::Not) {
            if (peekEndsTerm()) {
                return fail(tr("nothing to negate after '-'"), token.pos);
            }
            NodePtr inner = parseUnary(depth + 1);
            if (!inner) {
                return nullptr;
            }
            auto node = std::make_shared<Node>();
            node->kind = Kind::Not;
            node->children.push_back(std::move(inner));
            return node;
        }
        if (token.type == Token::Type::Open) {
            if (peek().type == Token::Type::Close) {
                return fail(tr("empty parentheses"), token.pos);
            }
            if (peek().type == Token::Type::End) {
                return fail(tr("unclosed parenthesis"), token.pos);
            }
            NodePtr inner = parseOr(depth + 1);
            if (!inner) {
                return nullptr;
            }
            if (peek().type != Token::Type::Close) {
                return fail(tr("unclosed parenthesis"), token.pos);
            }
            ++m_next;
            return inner;
        }
        return parseTerm(token);
    }

    NodePtr parseTerm(const Token &token)
    {
        auto node = std::make_shared<Node>();
        if (token.colon < 0) {
            node->kind = Kind::Text;
            node->text = resolveText(token.raw, &node->prefix);
            node->quoted = token.quoted;
            return node;
        }
        const QString typedKey = token.raw.left(token.colon);
        const QString key = typedKey.toLower();
        const QString raw = token.raw.mid(token.colon + 1);
        bool ignored = false;
        const QString value = resolveText(raw, &ignored) + (ignored ? u"*"_s : QString());
        static const QHash<QString, Kind> keys {{u"deck"_s, Kind::Deck},
                                                {u"tag"_s, Kind::Tag},
                                                {u"id"_s, Kind::Id},
                                                {u"is"_s, Kind::Is},
                                                {u"flag"_s, Kind::Flag},
                                                {u"prop"_s, Kind::Prop},
                                                {u"rated"_s, Kind::Rated},
                                                {u"added"_s, Kind::Added}};
        const auto kind = keys.constFind(key);
        if (kind == keys.constEnd()) {
            return fail(tr("unknown search key '%1'").arg(typedKey), token.pos);
        }
        node->kind = *kind;
        if (value.isEmpty()) {
            return fail(tr("'%1:' needs a value").arg(key), token.pos);
        }
        const int at = token.valuePos;
        switch (node->kind) {
        case Kind::Deck:
        case Kind::Tag:
        case Kind::Id:
            node->text = globPattern(raw);
            return node;
        case Kind::Is:
            node->text = value.toLower();
            return States.contains(node->text) ? node : fail(tr("unknown state 'is:%1' (use %2)").arg(value, States.join(u", "_s)), at);
        case Kind::Flag:
            return number(value, 0, 7, &node->count) ? node : fail(tr("flag must be a number from 0 to 7"), at);
        case Kind::Added:
            return number(value, 1, MaxDays, &node->count) ? node : fail(tr("added: needs a number of days from 1 to %1").arg(MaxDays), at);
        case Kind::Rated: {
            const QString days = value.section(u':', 0, 0);
            if (!number(days, 1, MaxDays, &node->count)) {
                return fail(tr("rated: needs a number of days from 1 to %1").arg(MaxDays), at);
            }
            if (value.contains(u':') && !number(value.section(u':', 1), 1, 4, &node->rating)) {
                return fail(tr("the rating in rated:%1 must be 1 (Again) to 4 (Easy)").arg(value), at + int(days.size()) + 1);
            }
            return node;
        }
        case Kind::Prop:
            return property(value, at, node);
        default:
            return nullptr;
        }
    }

    static bool number(const QString &text, int low, int high, int *result)
    {
        bool ok = false;
        *result = text.toInt(&ok);
        return ok && !text.isEmpty() && text.at(0).isDigit() && *result >= low && *result <= high;
    }

    NodePtr property(const QString &value, int at, const std::shared_ptr<Node> &node)
    {
        qsizetype end = 0;
        while (end < value.size() && value.at(end).isLetter()) {
            ++end;
        }
        node->text = value.left(end).toLower();
        if (!Properties.contains(node->text)) {
            return fail(tr("unknown property '%1' (use %2)").arg(value.left(end), Properties.join(u", "_s)), at);
        }
        for (const QString &op : Comparisons) {
            if (value.mid(end).startsWith(op)) {
                node->op = op;
                break;
            }
        }
        if (node->op.isEmpty()) {
            return fail(tr("prop:%1 needs a comparison like prop:ivl>10").arg(node->text), at + int(end));
        }
        node->number = value.mid(end + node->op.size());
        static const QRegularExpression plainNumber(u"^-?(\\d+\\.?\\d*|\\.\\d+)$"_s);
        if (!plainNumber.match(node->number).hasMatch()) {
            return fail(tr("'%1' is not a number").arg(node->number), at + int(end + node->op.size()));
        }
        return node;
    }

    const QString &m_text;
    std::vector<Token> m_tokens;
    size_t m_next = 0;
};

/// Whether FTS5's unicode61 tokenizer finds a token in `text`: letters, digits, marks, private use.
bool hasTokens(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c.isMark() || c.isSurrogate() || c.category() == QChar::Other_PrivateUse;
    });
}

/// A canonical pattern as a LIKE pattern with `\` as its escape; `wildcard` tells whether it has a `*`.
QString likePattern(const QString &glob, bool *wildcard)
{
    QString like;
    *wildcard = false;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        QChar c = glob.at(i);
        if (c == u'\\') {
            c = glob.at(++i);
        } else if (c == u'*') {
            like += u'%';
            *wildcard = true;
            continue;
        }
        if (c == u'%' || c == u'_' || c == u'\\') {
            like += u'\\';
        }
        like += c;
    }
    return like;
}

/// The text a canonical pattern starts with, up to its first wildcard, escapes resolved.
QString literalStart(const QString &glob)
{
    QString literal;
    for (qsizetype i = 0; i < glob.size() && glob.at(i) != u'*'; ++i) {
        literal += glob.at(i) == u'\\' ? glob.at(++i) : glob.at(i);
    }
    return literal;
}

const Node *lastUnquotedWord(const Node *node)
{
    const Node *last = node->kind == Kind::Text && !node->quoted ? node : nullptr;
    for (const NodePtr &child : node->children) {
        if (const Node *found = lastUnquotedWord(child.get())) {
            last = found;
        }
    }
    return last;
}

bool mentionsDeleted(const Node &node)
{
    return (node.kind == Kind::Is && node.text == u"deleted"_s) || std::any_of(node.children.cbegin(), node.children.cend(), [](const NodePtr &child) {
               return mentionsDeleted(*child);
           });
}

qint64 localDayStart(qint64 nowMs, int daysBack)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs).date().addDays(-daysBack).startOfDay().toMSecsSinceEpoch();
}

/// Writes the SQL of a tree. Every leaf is 0 or 1, never NULL, so that NOT is a true complement;
/// values are appended in the order their `?` appear.
class Compiler
{
public:
    Compiler(const CardQuery::Context &context, const Node *lastWord) : m_context(context), m_lastWord(lastWord)
    {
    }

    QVariantList values;
    bool readsState = false;

    QString compile(const Node &node)
    {
        readsState = readsState || node.kind == Kind::Flag || node.kind == Kind::Prop || (node.kind == Kind::Is && node.text != u"deleted"_s);
        switch (node.kind) {
        case Kind::And:
            return conjunction(node);
        case Kind::Or: {
            QStringList parts;
            for (const NodePtr &child : node.children) {
                parts.append(compile(*child));
            }
            return u"("_s + parts.join(u" OR "_s) + u")"_s;
        }
        case Kind::Not:
            return u"NOT ("_s + compile(*node.children.front()) + u")"_s;
        case Kind::Text:
            return hasTokens(node.text) ? match(CardQuery::ftsPhrase(node.text, node.prefix || &node == m_lastWord)) : u"1"_s;
        case Kind::Deck:
            bindPattern(node.text); // once for the name, once for the key
            bindPattern(node.text);
            return u"c.deck_id IN (SELECT id FROM decks WHERE name LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\')"_s;
        case Kind::Id:
            bindPattern(node.text);
            return u"c.key LIKE ? ESCAPE '\\'"_s;
        case Kind::Tag:
            return tag(node.text);
        case Kind::Is:
            return state(node.text);
        case Kind::Flag:
            values.append(node.count);
            return u"coalesce(s.flag, 0) = ?"_s;
        case Kind::Prop:
            return node.text == u"r"_s ? retrievability(node) : property(node);
        case Kind::Rated:
            values.append(localDayStart(m_context.nowMs, node.count - 1));
            if (node.rating == 0) {
                return u"c.id IN (SELECT card_id FROM review_log WHERE reviewed_at >= ? AND rating BETWEEN 1 AND 4)"_s;
            }
            values.append(node.rating);
            return u"c.id IN (SELECT card_id FROM review_log WHERE reviewed_at >= ? AND rating = ?)"_s;
        case Kind::Added:
            values.append(localDayStart(m_context.nowMs, node.count - 1));
            return u"c.created_at >= ?"_s;
        }
        return u"0"_s;
    }

private:
    /// The positive words of an AND become one FTS5 query (its own implicit AND): one index lookup.
    QString conjunction(const Node &node)
    {
        QStringList phrases;
        for (const NodePtr &child : node.children) {
            if (child->kind == Kind::Text && hasTokens(child->text)) {
                phrases.append(CardQuery::ftsPhrase(child->text, child->prefix || child.get() == m_lastWord));
            }
        }
        QStringList parts;
        if (!phrases.isEmpty()) {
            parts.append(match(phrases.join(u' ')));
        }
        for (const NodePtr &child : node.children) {
            if (child->kind != Kind::Text) {
                parts.append(compile(*child));
            }
        }
        return parts.isEmpty() ? u"1"_s : u"("_s + parts.join(u" AND "_s) + u")"_s;
    }

    QString match(const QString &fts)
    {
        values.append(fts);
        return u"c.id IN (SELECT rowid FROM cards_fts WHERE cards_fts MATCH ?)"_s;
    }

    void bindPattern(const QString &glob)
    {
        bool wildcard = false;
        values.append(likePattern(glob, &wildcard));
    }

    QString tag(const QString &glob)
    {
        bool wildcard = false;
        const QString like = likePattern(glob, &wildcard);
        QString sql;
        // FTS5 indexes the tags column too: looking up the pattern's literal start there narrows the
        // cards to check to a superset of the matches, so that a tag search reads few cards.
        const QString literal = literalStart(glob);
        if (hasTokens(literal)) {
            values.append(QString(u"{tags} : "_s + CardQuery::ftsPhrase(literal, wildcard)));
            sql = u"c.id IN (SELECT rowid FROM cards_fts WHERE cards_fts MATCH ?) AND "_s;
        }
        // Padded with spaces, a whole tag is a space-delimited run: tag:lora never matches qlora.
        values.append(QString(u"% "_s + like + u" %"_s));
        sql += u"(' ' || c.tags || ' ') LIKE ? ESCAPE '\\'"_s;
        if (wildcard) {
            // A wildcard could run across the spaces between tags, so each tag is then matched on its own.
            values.append(like);
            sql += u" AND EXISTS (WITH RECURSIVE split(rest, tag) AS (SELECT c.tags || ' ', '' UNION ALL "
                   "SELECT substr(rest, instr(rest, ' ') + 1), substr(rest, 1, instr(rest, ' ') - 1) FROM split WHERE rest <> '') "
                   "SELECT 1 FROM split WHERE tag <> '' AND tag LIKE ? ESCAPE '\\')"_s;
        }
        return u"("_s + sql + u")"_s;
    }

    QString state(const QString &name)
    {
        if (name == u"due"_s) {
            // Review cards due today, (re)learning cards due now: what a study session would show.
            values << m_context.nowMs << localDayStart(m_context.nowMs, -1) << m_context.nowMs;
            return u"coalesce(s.suspended = 0 AND coalesce(s.buried_until, 0) <= ? AND ((s.state = 2 AND s.due < ?) OR (s.state IN (1, 3) AND s.due <= ?)), 0)"_s;
        }
        if (name == u"buried"_s) {
            values.append(m_context.nowMs);
            return u"coalesce(s.buried_until > ?, 0)"_s;
        }
        static const QHash<QString, QString> conditions {{u"new"_s, u"coalesce(s.state, 0) = 0"_s},
                                                         {u"learn"_s, u"coalesce(s.state, 0) IN (1, 3)"_s},
                                                         {u"review"_s, u"coalesce(s.state, 0) IN (2, 3)"_s},
                                                         {u"suspended"_s, u"coalesce(s.suspended, 0) = 1"_s},
                                                         {u"deleted"_s, u"c.deleted_at IS NOT NULL"_s}};
        return conditions.value(name, u"0"_s);
    }

    /// `=` and `!=` on a real number compare at the precision typed: [x − h, x + h) with h half a unit
    /// of the last digit.
    static std::pair<double, double> typedRange(const QString &number)
    {
        const qsizetype point = number.indexOf(u'.');
        const int decimals = point < 0 ? 0 : int(number.size() - point - 1);
        const double half = 0.5 * std::pow(10.0, -decimals);
        const double x = number.toDouble();
        return {x - half, x + half};
    }

    QString property(const Node &node)
    {
        const bool real = node.text == u"s"_s || node.text == u"d"_s;
        const QString column = node.text == u"s"_s ? u"s.stability"_s
            : node.text == u"d"_s                  ? u"s.difficulty"_s
            : node.text == u"ivl"_s                ? SqlFile::load(u"browse/interval_days"_s).trimmed() + u'\n'
                                                   : u"coalesce(s.%1, 0)"_s.arg(node.text);
        if (real && (node.op == u"="_s || node.op == u"!="_s)) {
            const auto [low, high] = typedRange(node.number);
            values << low << high;
            return u"coalesce(%1(%2 >= ? AND %2 < ?), 0)"_s.arg(node.op == u"!="_s ? u"NOT "_s : QString(), column);
        }
        values.append(node.number.toDouble());
        return u"coalesce(%1 %2 ?, 0)"_s.arg(column, node.op);
    }

    /// R = (1 + factor·t/S)^decay falls as t/S grows (factor > 0 > decay), so R < x ⇔ t > S·k(x) with
    /// k(x) = (x^(1/decay) − 1)/factor: SQLite compares whole days since the last review, counted as
    /// Fsrs::retrievability() counts them, without pow(). Cards never reviewed have no R.
    QString retrievability(const Node &node)
    {
        const std::vector<double> &w = m_context.parameters.weights.size() == size_t(Fsrs::FsrsParameters::WeightCount)
            ? m_context.parameters.weights
            : Fsrs::FsrsParameters::defaultWeights();
        const double decay = -w[20];
        const double factor = std::pow(0.9, 1.0 / decay) - 1.0;
        auto compare = [&](const QString &op, double x) -> QString {
            if (x <= 0) {
                return op.startsWith(u'>') ? u"1"_s : u"0"_s; // R > 0 for every reviewed card
            }
            values << m_context.nowMs << (std::pow(x, 1.0 / decay) - 1.0) / factor;
            static const QHash<QString, QString> daysOp {{u"<"_s, u">"_s}, {u"<="_s, u">="_s}, {u">"_s, u"<"_s}, {u">="_s, u"<="_s}};
            return u"max(0, (? - s.last_review) / 86400000) %1 ? * s.stability"_s.arg(daysOp.value(op));
        };
        QString condition;
        if (node.op == u"="_s || node.op == u"!="_s) {
            const auto [low, high] = typedRange(node.number);
            const QString atLeast = compare(u">="_s, low);
            const QString below = compare(u"<"_s, high);
            condition = u"%1(%2 AND %3)"_s.arg(node.op == u"!="_s ? u"NOT "_s : QString(), atLeast, below);
        } else {
            condition = compare(node.op, node.number.toDouble());
        }
        return u"coalesce(s.stability > 0 AND s.last_review IS NOT NULL AND %1, 0)"_s.arg(condition);
    }

    const CardQuery::Context &m_context;
    const Node *m_lastWord;
};

/// `text` with a backslash before each character in `special`, before whitespace when `spaces`,
/// and before a final `*` when `literalStar`.
QString escaped(const QString &text, QStringView special, bool spaces, bool literalStar)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (special.contains(c) || (spaces && c.isSpace()) || (literalStar && c == u'*' && i == text.size() - 1)) {
            out += u'\\';
        }
        out += c;
    }
    return out;
}

QString write(const Node &node);

QString writeGrouped(const Node &node)
{
    return node.kind == Kind::Or || node.kind == Kind::And ? u"("_s + write(node) + u")"_s : write(node);
}

QString writeText(const Node &node)
{
    const QString star = node.prefix ? u"*"_s : QString();
    if (node.quoted) {
        return u"\""_s + escaped(node.text, u"\"\\", false, true) + u"\""_s + star;
    }
    QString word = escaped(node.text, u"()\"\\:", true, true);
    if (word.startsWith(u'-') || word.compare(u"or"_s, Qt::CaseInsensitive) == 0 || word.compare(u"and"_s, Qt::CaseInsensitive) == 0) {
        word.prepend(u'\\');
    }
    return word + star;
}

QString writePattern(const QString &key, const QString &pattern)
{
    const bool quote = std::any_of(pattern.cbegin(), pattern.cend(), [](QChar c) {
        return c.isSpace() || c == u'(' || c == u')' || c == u'"';
    });
    return key + u':' + (quote ? u"\""_s + escaped(pattern, u"\"", false, false) + u"\""_s : pattern);
}

QString write(const Node &node)
{
    QStringList parts;
    switch (node.kind) {
    case Kind::And:
        for (const NodePtr &child : node.children) {
            parts.append(child->kind == Kind::Or ? writeGrouped(*child) : write(*child));
        }
        return parts.join(u' ');
    case Kind::Or:
        for (const NodePtr &child : node.children) {
            parts.append(write(*child));
        }
        return parts.join(u" OR "_s);
    case Kind::Not:
        return u"-"_s + writeGrouped(*node.children.front());
    case Kind::Text:
        return writeText(node);
    case Kind::Deck:
        return writePattern(u"deck"_s, node.text);
    case Kind::Tag:
        return writePattern(u"tag"_s, node.text);
    case Kind::Id:
        return writePattern(u"id"_s, node.text);
    case Kind::Is:
        return u"is:"_s + node.text;
    case Kind::Flag:
        return u"flag:%1"_s.arg(node.count);
    case Kind::Prop:
        return u"prop:"_s + node.text + node.op + node.number;
    case Kind::Rated:
        return node.rating == 0 ? u"rated:%1"_s.arg(node.count) : u"rated:%1:%2"_s.arg(node.count).arg(node.rating);
    case Kind::Added:
        return u"added:%1"_s.arg(node.count);
    }
    return {};
}
}

CardQuery::CardQuery() = default;

CardQuery CardQuery::parse(const QString &text)
{
    CardQuery query;
    Parser parser(text);
    NodePtr root = parser.parse();
    if (!parser.error.isEmpty()) {
        query.m_error = parser.error;
        query.m_errorPosition = parser.errorPos;
        return query;
    }
    query.m_root = std::move(root);
    return query;
}

bool CardQuery::isValid() const
{
    return m_error.isEmpty();
}

QString CardQuery::errorString() const
{
    return m_error;
}

int CardQuery::errorPosition() const
{
    return m_errorPosition;
}

QString CardQuery::normalized() const
{
    return m_root ? write(*m_root) : QString();
}

CardQuery::Sql CardQuery::toSql(const Context &context) const
{
    if (!isValid()) {
        return {u"0"_s, {}, false};
    }
    if (!m_root) {
        return {u"c.retired = 0 AND c.deleted_at IS NULL"_s, {}, false};
    }
    Compiler compiler(context, lastUnquotedWord(m_root.get()));
    const QString condition = compiler.compile(*m_root);
    const QString scope = mentionsDeleted(*m_root) ? u"c.retired = 0"_s : u"c.retired = 0 AND c.deleted_at IS NULL"_s;
    return {scope + u" AND ("_s + condition + u")"_s, compiler.values, compiler.readsState};
}

QString CardQuery::ftsPhrase(const QString &text, bool prefix)
{
    // Inside an FTS5 string only `"` is special, and it is doubled; a NUL would end the query early.
    QString phrase = text;
    phrase.replace(u'"', u"\"\""_s).replace(QChar(0), u' ');
    return u"\""_s + phrase + u"\""_s + (prefix ? u"*"_s : QString());
}
