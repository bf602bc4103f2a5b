// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardquery.h"
#include "fsrs.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

/// Runs a CardQuery for the card browser's table: one page of rows at a time, in the order the
/// user clicked, so that a table over 100 000 cards only ever reads what it shows.
///
/// Pages come from LIMIT/OFFSET over a stable order (the sort column, then the card id): a model
/// asks for count() once per search and for rows() as the view scrolls.
class CardSearch final
{
public:
    /// The sortable columns of the table, one per Row field.
    enum class Column { Key, Deck, Front, Tags, State, Due, Interval, Stability, Difficulty, Lapses, Reps, Suspended, Flag, Modified };

    struct Sort {
        Column column = Column::Modified;
        Qt::SortOrder order = Qt::DescendingOrder;
    };

    /// One row of the table.
    struct Row {
        qint64 id = 0;
        QString key;
        QString deck; ///< the deck's name
        /// The front as one line of plain text: Markdown markers dropped, whitespace collapsed, at
        /// most SnippetLength characters (the last one `…` when cut).
        QString front;
        QString tags; ///< space-separated
        Fsrs::CardState state = Fsrs::CardState::New;
        std::optional<qint64> due; ///< UTC epoch ms; absent for a card never scheduled
        qint64 intervalDays = 0; ///< whole days from the last review to the due time; 0 before a review
        std::optional<double> stability; ///< days; absent before the first review
        std::optional<double> difficulty; ///< 1..10; absent before the first review
        int lapses = 0;
        int reps = 0;
        bool suspended = false;
        int flag = 0; ///< 0 none, 1..7
        qint64 modified = 0; ///< UTC epoch ms
    };

    static constexpr int SnippetLength = 120;

    /// `parameters` give prop:r its forgetting curve; `clock` gives "now" in UTC epoch ms for
    /// is:due, rated:, added: and prop:r (empty: the system clock).
    explicit CardSearch(QSqlDatabase db, Fsrs::FsrsParameters parameters = {}, std::function<qint64()> clock = {});

    /// Rows `offset` … `offset + limit - 1` of the matches in `sort` order. Empty, with `error` set,
    /// for an invalid query or a database error.
    [[nodiscard]] QList<Row> rows(const CardQuery &query, const Sort &sort, int offset, int limit, QString *error = nullptr) const;

    /// How many cards match; -1, with `error` set, for an invalid query or a database error.
    [[nodiscard]] int count(const CardQuery &query, QString *error = nullptr) const;

    /// Markdown as the one-line snippet of Row::front.
    [[nodiscard]] static QString plainSnippet(const QString &markdown);

private:
    [[nodiscard]] CardQuery::Context context() const;

    QSqlDatabase m_db;
    Fsrs::FsrsParameters m_parameters;
    std::function<qint64()> m_clock;
};
