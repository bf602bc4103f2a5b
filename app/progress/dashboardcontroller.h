// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartmodel.h"
#include "groupstatsmodel.h"
#include "progress/dashboardstats.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

class Collection;

/// The statistics screen: core's DashboardStats as properties and chart models. Computed on demand (the page
/// calls refresh() when it becomes visible), never stored: the review log stays the only truth.
class DashboardController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.dashboard")

    // Card counts (live cards; suspended counted apart from their state).
    Q_PROPERTY(int totalCards READ totalCards NOTIFY changed)
    Q_PROPERTY(int newCards READ newCards NOTIFY changed)
    Q_PROPERTY(int learningCards READ learningCards NOTIFY changed)
    Q_PROPERTY(int reviewCards READ reviewCards NOTIFY changed)
    Q_PROPERTY(int relearningCards READ relearningCards NOTIFY changed)
    Q_PROPERTY(int suspendedCards READ suspendedCards NOTIFY changed)
    /// Σ R over reviewed cards: how many the user would recall right now.
    Q_PROPERTY(int knownCards READ knownCards NOTIFY changed)
    // Today.
    Q_PROPERTY(int todayAnswers READ todayAnswers NOTIFY changed)
    Q_PROPERTY(int todayMinutes READ todayMinutes NOTIFY changed)
    Q_PROPERTY(int todayAgain READ todayAgain NOTIFY changed)
    /// Percent of today's answers rated Again, e.g. "12.5 %"; "–" before the first answer.
    Q_PROPERTY(QString todayAgainText READ todayAgainText NOTIFY changed)
    Q_PROPERTY(int dueNow READ dueNow NOTIFY changed)
    // History.
    Q_PROPERTY(int reviewsTotal READ reviewsTotal NOTIFY changed)
    Q_PROPERTY(int reviewMinutes READ reviewMinutes NOTIFY changed)
    Q_PROPERTY(int studyDays READ studyDays NOTIFY changed)
    Q_PROPERTY(int currentStreak READ currentStreak NOTIFY changed)
    Q_PROPERTY(int longestStreak READ longestStreak NOTIFY changed)
    /// True retention over the whole log as "91.2 %", or "–" without review answers.
    Q_PROPERTY(QString trueRetentionText READ trueRetentionText NOTIFY changed)
    /// In percent, for the target line of the retention chart.
    Q_PROPERTY(double desiredRetention READ desiredRetention NOTIFY changed)
    Q_PROPERTY(QString interviewDateText READ interviewDateText NOTIFY changed)
    Q_PROPERTY(int daysToInterview READ daysToInterview NOTIFY changed)
    // Whiteboard practice.
    Q_PROPERTY(int designRoundsDone READ designRoundsDone NOTIFY changed)
    Q_PROPERTY(int designRoundMinutes READ designRoundMinutes NOTIFY changed)
    Q_PROPERTY(QString designRoundScoreText READ designRoundScoreText NOTIFY changed)
    /// Set when the numbers could not be read; shown instead of the charts.
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

    /// 30, 90 or 365: the days the reviews chart shows.
    Q_PROPERTY(int reviewDays READ reviewDays WRITE setReviewDays NOTIFY reviewDaysChanged)
    /// The reviews chart shows answer time instead of answer counts.
    Q_PROPERTY(bool reviewMinutesShown READ reviewMinutesShown WRITE setReviewMinutesShown NOTIFY reviewMinutesShownChanged)
    /// The retention chart groups by month instead of by week.
    Q_PROPERTY(bool retentionByMonth READ retentionByMonth WRITE setRetentionByMonth NOTIFY retentionByMonthChanged)

    Q_PROPERTY(ChartModel *heatmap READ heatmap CONSTANT)
    Q_PROPERTY(ChartModel *reviews READ reviews CONSTANT)
    Q_PROPERTY(ChartModel *forecast READ forecast CONSTANT)
    Q_PROPERTY(ChartModel *retention READ retention CONSTANT)
    Q_PROPERTY(ChartModel *stability READ stability CONSTANT)
    Q_PROPERTY(ChartModel *difficulty READ difficulty CONSTANT)
    Q_PROPERTY(ChartModel *retrievability READ retrievability CONSTANT)
    Q_PROPERTY(ChartModel *designRounds READ designRounds CONSTANT)
    Q_PROPERTY(ChartModel *workload READ workload CONSTANT)
    Q_PROPERTY(GroupStatsModel *decks READ decks CONSTANT)
    /// Topics (tags), most cards first.
    Q_PROPERTY(GroupStatsModel *topics READ topics CONSTANT)
    /// One line on the last workload simulation, e.g. "Every card introduced by 3 Jan: 2 weeks before …".
    Q_PROPERTY(QString workloadSummary READ workloadSummary NOTIFY workloadChanged)

public:
    explicit DashboardController(Collection &collection, QObject *parent = nullptr);

    [[nodiscard]] int totalCards() const;
    [[nodiscard]] int newCards() const;
    [[nodiscard]] int learningCards() const;
    [[nodiscard]] int reviewCards() const;
    [[nodiscard]] int relearningCards() const;
    [[nodiscard]] int suspendedCards() const;
    [[nodiscard]] int knownCards() const;
    [[nodiscard]] int todayAnswers() const;
    [[nodiscard]] int todayMinutes() const;
    [[nodiscard]] int todayAgain() const;
    [[nodiscard]] QString todayAgainText() const;
    [[nodiscard]] int dueNow() const;
    [[nodiscard]] int reviewsTotal() const;
    [[nodiscard]] int reviewMinutes() const;
    [[nodiscard]] int studyDays() const;
    [[nodiscard]] int currentStreak() const;
    [[nodiscard]] int longestStreak() const;
    [[nodiscard]] QString trueRetentionText() const;
    [[nodiscard]] double desiredRetention() const;
    [[nodiscard]] QString interviewDateText() const;
    [[nodiscard]] int daysToInterview() const;
    [[nodiscard]] int designRoundsDone() const;
    [[nodiscard]] int designRoundMinutes() const;
    [[nodiscard]] QString designRoundScoreText() const;
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] int reviewDays() const;
    void setReviewDays(int days);
    [[nodiscard]] bool reviewMinutesShown() const;
    void setReviewMinutesShown(bool shown);
    [[nodiscard]] bool retentionByMonth() const;
    void setRetentionByMonth(bool byMonth);

    [[nodiscard]] ChartModel *heatmap() const;
    [[nodiscard]] ChartModel *reviews() const;
    [[nodiscard]] ChartModel *forecast() const;
    [[nodiscard]] ChartModel *retention() const;
    [[nodiscard]] ChartModel *stability() const;
    [[nodiscard]] ChartModel *difficulty() const;
    [[nodiscard]] ChartModel *retrievability() const;
    [[nodiscard]] ChartModel *designRounds() const;
    [[nodiscard]] ChartModel *workload() const;
    [[nodiscard]] GroupStatsModel *decks() const;
    [[nodiscard]] GroupStatsModel *topics() const;
    [[nodiscard]] QString workloadSummary() const;

    /// Recomputes everything at the current time.
    Q_INVOKABLE void refresh();
    /// Writes the numbers as CSV (core's StatsCsv); false (with errorText() set) when the file cannot be written.
    Q_INVOKABLE bool exportCsv(const QUrl &file);
    /// Runs the workload forecast for `days` days with `newPerDay` new cards a day at `retention` (0.70–0.99).
    Q_INVOKABLE void simulate(int days, int newPerDay, double retention);

Q_SIGNALS:
    void changed();
    void reviewDaysChanged();
    void reviewMinutesShownChanged();
    void retentionByMonthChanged();
    void workloadChanged();

private:
    void fillReviews();
    void fillRetention();

    Collection &m_collection; ///< owned by AppContext, which outlives this object
    DashboardStats m_stats;
    QString m_error;
    int m_reviewDays = 30;
    bool m_reviewMinutesShown = false;
    bool m_retentionByMonth = false;
    QString m_workloadSummary;

    ChartModel *m_heatmap;
    ChartModel *m_reviews;
    ChartModel *m_forecast;
    ChartModel *m_retention;
    ChartModel *m_stability;
    ChartModel *m_difficulty;
    ChartModel *m_retrievability;
    ChartModel *m_designRounds;
    ChartModel *m_workload;
    GroupStatsModel *m_decks;
    GroupStatsModel *m_topics;
};
