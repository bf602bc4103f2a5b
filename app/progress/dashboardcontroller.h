// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/reviewstats.h"

#include <QObject>
#include <QQmlEngine>

class Collection;

/// The dashboard's numbers, derived from the card states and the review log (core's ReviewStats).
/// Computed on demand: the page calls refresh() when it becomes visible.
class DashboardController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.dashboard")

    Q_PROPERTY(int totalCards READ totalCards NOTIFY changed)
    Q_PROPERTY(int newCards READ newCards NOTIFY changed)
    Q_PROPERTY(int learningCards READ learningCards NOTIFY changed)
    Q_PROPERTY(int reviewCards READ reviewCards NOTIFY changed)
    Q_PROPERTY(int relearningCards READ relearningCards NOTIFY changed)
    Q_PROPERTY(int suspendedCards READ suspendedCards NOTIFY changed)
    Q_PROPERTY(int reviewsTotal READ reviewsTotal NOTIFY changed)
    /// Whole minutes of answer time over all reviews.
    Q_PROPERTY(int reviewMinutes READ reviewMinutes NOTIFY changed)
    Q_PROPERTY(int studyDays READ studyDays NOTIFY changed)

public:
    explicit DashboardController(Collection &collection, QObject *parent = nullptr);

    [[nodiscard]] int totalCards() const;
    [[nodiscard]] int newCards() const;
    [[nodiscard]] int learningCards() const;
    [[nodiscard]] int reviewCards() const;
    [[nodiscard]] int relearningCards() const;
    [[nodiscard]] int suspendedCards() const;
    [[nodiscard]] int reviewsTotal() const;
    [[nodiscard]] int reviewMinutes() const;
    [[nodiscard]] int studyDays() const;

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    Collection &m_collection; ///< owned by AppContext, which outlives this object
    ReviewStats::CardCounts m_cards;
    ReviewStats::ReviewTotals m_reviews;
};
