// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardcontroller.h"

#include "collection.h"

DashboardController::DashboardController(Collection &collection, QObject *parent) : QObject(parent), m_collection(collection)
{
}

int DashboardController::totalCards() const
{
    return m_cards.total;
}

int DashboardController::newCards() const
{
    return m_cards.newCards;
}

int DashboardController::learningCards() const
{
    return m_cards.learning;
}

int DashboardController::reviewCards() const
{
    return m_cards.review;
}

int DashboardController::relearningCards() const
{
    return m_cards.relearning;
}

int DashboardController::suspendedCards() const
{
    return m_cards.suspended;
}

int DashboardController::reviewsTotal() const
{
    return int(m_reviews.total);
}

int DashboardController::reviewMinutes() const
{
    return qRound(m_reviews.timeSeconds / 60.0);
}

int DashboardController::studyDays() const
{
    return int(m_reviews.byDay.size());
}

void DashboardController::refresh()
{
    m_cards = ReviewStats::cardCounts(m_collection.connection());
    m_reviews = ReviewStats::reviewTotals(m_collection.connection());
    Q_EMIT changed();
}
