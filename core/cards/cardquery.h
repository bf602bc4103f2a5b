// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QString>
#include <QVariantList>

#include <memory>

/// The card browser's search language, in the spirit of Anki's: the text a user types becomes a
/// WHERE clause with bound values, so no user text ever reaches SQL or FTS5 syntax unescaped.
///
/// - bare words and "quoted phrases" search front, back, tags and source (FTS5 tokens; a trailing
///   `*` makes a prefix, and the last unquoted word of the query is always a prefix, for typing);
/// - `deck:NAME` (deck name or key), `tag:NAME` (a whole tag), `id:KEY`: case-insensitive, `*` is a
///   wildcard, `\*` a literal star;
/// - `is:due|new|learn|review|suspended|buried|deleted`, `flag:0..7`;
/// - `prop:NAME OP NUMBER` with NAME s, d, r, ivl, reps or lapses and OP one of `> < >= <= = !=`;
///   `=` and `!=` on s, d and r compare at the precision typed (`prop:r=0.9` is 0.85 ≤ r < 0.95);
///   s, d and r only match cards that have been reviewed;
/// - `rated:N` (answered today or in the N-1 local days before), `rated:N:RATING`, `added:N`;
/// - `-term` negates, `OR` (or `or`) joins, `AND` or a space intersects and binds tighter,
///   parentheses group; a backslash makes the next character literal.
///
/// Retired cards never match, and deleted cards only when the query says `is:deleted` somewhere.
/// Parsing is pure; the SQL depends on the time and the FSRS parameters given to toSql().
class CardQuery final
{
public:
    /// What a query's SQL depends on besides its text.
    struct Context {
        qint64 nowMs = 0; ///< UTC epoch ms; days (rated:, added:, is:due) are local calendar days
        Fsrs::FsrsParameters parameters; ///< the forgetting curve that prop:r reads
    };

    /// A condition over `cards c` and, when readsState, `LEFT JOIN card_state s ON s.card_id = c.id`
    /// (other tables only in subqueries), with its positional values in order.
    struct Sql {
        QString where;
        QVariantList values;
        /// Whether the condition reads `s`: a search without it can skip the join, which costs one
        /// lookup per card.
        bool readsState = false;
    };

    /// The query that matches every live card.
    CardQuery();

    /// Never fails hard: an invalid query has isValid() false and a message naming the position.
    [[nodiscard]] static CardQuery parse(const QString &text);

    [[nodiscard]] bool isValid() const;
    /// E.g. "unknown search key 'tga' at 1"; empty when valid.
    [[nodiscard]] QString errorString() const;
    /// 1-based character position of the error; 0 when valid.
    [[nodiscard]] int errorPosition() const;

    /// The query written back in canonical form (keys lowercase, explicit `OR`, minimal quoting):
    /// parsing it again gives the same query. Empty for an invalid or empty query.
    [[nodiscard]] QString normalized() const;

    /// The condition for valid queries; an invalid query matches nothing.
    [[nodiscard]] Sql toSql(const Context &context) const;

    /// `text` as one FTS5 string (a phrase of its tokens), `*` appended for a prefix: valid FTS5
    /// syntax whatever the text holds.
    [[nodiscard]] static QString ftsPhrase(const QString &text, bool prefix);

    struct Node; ///< the parsed tree, defined in cardquery.cpp

private:
    std::shared_ptr<const Node> m_root; // null: match every card
    QString m_error;
    int m_errorPosition = 0;
};
