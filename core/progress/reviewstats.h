// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QSqlDatabase>

/// Numbers derived from the cards, their state and the review log; nothing here is stored twice.
namespace ReviewStats
{
struct CardCounts {
    int total = 0;
    int newCards = 0;
    int learning = 0;
    int review = 0;
    int relearning = 0;
    int suspended = 0; ///< counted here instead of in its FSRS state, as Anki's card-count graph does
};

struct ReviewTotals {
    qint64 total = 0;
    double timeSeconds = 0;
    QMap<QDate, int> byDay; ///< local calendar days
};

/// Cards that are not retired, by state.
[[nodiscard]] CardCounts cardCounts(const QSqlDatabase &db);
[[nodiscard]] ReviewTotals reviewTotals(const QSqlDatabase &db);
}
