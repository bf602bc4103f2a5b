// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardcontroller.h"

#include "cards/studysettings.h"
#include "chartrows.h"
#include "collection.h"
#include "progress/statscsv.h"
#include "progress/workloadsimulator.h"

#include <QDateTime>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace
{
QString percentText(double fraction, bool known)
{
    return known ? QLocale().toString(fraction * 100.0, 'f', 1) + u" %"_s : u"–"_s;
}
}

DashboardController::DashboardController(Collection &collection, QObject *parent)
    : QObject(parent)
    , m_collection(collection)
    , m_heatmap(new ChartModel(this))
    , m_reviews(new ChartModel(this))
    , m_forecast(new ChartModel(this))
    , m_retention(new ChartModel(this))
    , m_stability(new ChartModel(this))
    , m_difficulty(new ChartModel(this))
    , m_retrievability(new ChartModel(this))
    , m_designRounds(new ChartModel(this))
    , m_workload(new ChartModel(this))
    , m_decks(new GroupStatsModel(this))
    , m_topics(new GroupStatsModel(this))
{
}

int DashboardController::totalCards() const
{
    return m_stats.cards.counts.total;
}

int DashboardController::newCards() const
{
    return m_stats.cards.counts.newCards;
}

int DashboardController::learningCards() const
{
    return m_stats.cards.counts.learning;
}

int DashboardController::reviewCards() const
{
    return m_stats.cards.counts.review;
}

int DashboardController::relearningCards() const
{
    return m_stats.cards.counts.relearning;
}

int DashboardController::suspendedCards() const
{
    return m_stats.cards.counts.suspended;
}

int DashboardController::knownCards() const
{
    return qRound(m_stats.cards.knowledge);
}

int DashboardController::todayAnswers() const
{
    return m_stats.todayStats.answered.total();
}

int DashboardController::todayMinutes() const
{
    return qRound(m_stats.todayStats.answered.durationMs / 60000.0);
}

int DashboardController::todayAgain() const
{
    return m_stats.todayStats.answered.again;
}

QString DashboardController::todayAgainText() const
{
    return percentText(m_stats.todayStats.againRate(), todayAnswers() > 0);
}

int DashboardController::dueNow() const
{
    return m_stats.todayStats.dueNow;
}

int DashboardController::reviewsTotal() const
{
    return int(m_stats.answers());
}

int DashboardController::reviewMinutes() const
{
    return qRound(m_stats.durationMs() / 60000.0);
}

int DashboardController::studyDays() const
{
    return int(m_stats.activity.size());
}

int DashboardController::currentStreak() const
{
    return m_stats.streaks.current;
}

int DashboardController::longestStreak() const
{
    return m_stats.streaks.longest;
}

QString DashboardController::trueRetentionText() const
{
    return percentText(m_stats.retention.rate(), m_stats.retention.answers > 0);
}

double DashboardController::desiredRetention() const
{
    return m_stats.desiredRetention * 100.0;
}

QString DashboardController::interviewDateText() const
{
    return QLocale().toString(m_stats.interviewDate, QLocale::LongFormat);
}

int DashboardController::daysToInterview() const
{
    return int(m_stats.today.daysTo(m_stats.interviewDate));
}

int DashboardController::designRoundsDone() const
{
    return int(m_stats.designRounds.rounds.size());
}

int DashboardController::designRoundMinutes() const
{
    return qRound(m_stats.designRounds.timeUsedMs() / 60000.0);
}

QString DashboardController::designRoundScoreText() const
{
    const bool scored = std::any_of(m_stats.designRounds.rounds.cbegin(), m_stats.designRounds.rounds.cend(), [](const DesignRound &round) {
        return round.rubricTotal > 0;
    });
    return percentText(m_stats.designRounds.meanScore(), scored);
}

QString DashboardController::errorText() const
{
    return m_error;
}

int DashboardController::reviewDays() const
{
    return m_reviewDays;
}

void DashboardController::setReviewDays(int days)
{
    if (days == m_reviewDays || days <= 0) {
        return;
    }
    m_reviewDays = days;
    fillReviews();
    Q_EMIT reviewDaysChanged();
}

bool DashboardController::reviewMinutesShown() const
{
    return m_reviewMinutesShown;
}

void DashboardController::setReviewMinutesShown(bool shown)
{
    if (shown == m_reviewMinutesShown) {
        return;
    }
    m_reviewMinutesShown = shown;
    fillReviews();
    Q_EMIT reviewMinutesShownChanged();
}

bool DashboardController::retentionByMonth() const
{
    return m_retentionByMonth;
}

void DashboardController::setRetentionByMonth(bool byMonth)
{
    if (byMonth == m_retentionByMonth) {
        return;
    }
    m_retentionByMonth = byMonth;
    fillRetention();
    Q_EMIT retentionByMonthChanged();
}

ChartModel *DashboardController::heatmap() const
{
    return m_heatmap;
}

ChartModel *DashboardController::reviews() const
{
    return m_reviews;
}

ChartModel *DashboardController::forecast() const
{
    return m_forecast;
}

ChartModel *DashboardController::retention() const
{
    return m_retention;
}

ChartModel *DashboardController::stability() const
{
    return m_stability;
}

ChartModel *DashboardController::difficulty() const
{
    return m_difficulty;
}

ChartModel *DashboardController::retrievability() const
{
    return m_retrievability;
}

ChartModel *DashboardController::designRounds() const
{
    return m_designRounds;
}

ChartModel *DashboardController::workload() const
{
    return m_workload;
}

GroupStatsModel *DashboardController::decks() const
{
    return m_decks;
}

GroupStatsModel *DashboardController::topics() const
{
    return m_topics;
}

QString DashboardController::workloadSummary() const
{
    return m_workloadSummary;
}

void DashboardController::refresh()
{
    QString error;
    const QSqlDatabase db = m_collection.connection();
    auto stats = DashboardStats::compute(db, StudySettings::load(db), QDateTime::currentMSecsSinceEpoch(), &error);
    m_error = stats ? QString() : tr("Cannot read the statistics: %1").arg(error);
    m_stats = stats ? std::move(*stats) : DashboardStats {};

    m_heatmap->setRows(ChartRows::heatmap(m_stats), {tr("Answers")});
    m_forecast->setRows(ChartRows::forecast(m_stats), {tr("Due")});
    m_stability->setRows(ChartRows::histogram(m_stats, ChartRows::Histogram::Stability), {tr("Cards")});
    m_difficulty->setRows(ChartRows::histogram(m_stats, ChartRows::Histogram::Difficulty), {tr("Cards")});
    m_retrievability->setRows(ChartRows::histogram(m_stats, ChartRows::Histogram::Retrievability), {tr("Cards")});
    m_designRounds->setRows(ChartRows::designRounds(m_stats), {tr("Rubric score")});
    m_decks->setGroups(m_stats.cards.decks);
    // Largest topics first: the table shows the first few until the user asks for all.
    QList<GroupStats> topics = m_stats.cards.topics;
    std::stable_sort(topics.begin(), topics.end(), [](const GroupStats &a, const GroupStats &b) {
        return a.counts.total > b.counts.total;
    });
    m_topics->setGroups(std::move(topics));
    fillReviews();
    fillRetention();
    Q_EMIT changed();
}

bool DashboardController::exportCsv(const QUrl &file)
{
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(StatsCsv::write(m_stats).toUtf8()) < 0 || !out.commit()) {
        m_error = tr("Cannot write %1: %2").arg(file.toLocalFile(), out.errorString());
        Q_EMIT changed();
        return false;
    }
    return true;
}

void DashboardController::simulate(int days, int newPerDay, double retention)
{
    const QSqlDatabase db = m_collection.connection();
    const StudySettings settings = StudySettings::load(db);
    QString error;
    const auto start = WorkloadSimulator::load(db, &error);
    if (!start) {
        m_workloadSummary = tr("Cannot read the schedule: %1").arg(error);
        m_workload->setRows({}, {});
        Q_EMIT workloadChanged();
        return;
    }
    WorkloadSimulator::Options options;
    options.days = std::clamp(days, 1, 365);
    options.newPerDay = std::max(0, newPerDay);
    options.desiredRetention = std::clamp(retention, 0.70, 0.99);
    options.secondsPerAnswer = start->secondsPerAnswer.value_or(options.secondsPerAnswer);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const LocalDays localDays = LocalDays::fromSettings(settings);
    const WorkloadForecast forecast = WorkloadSimulator::simulate(*start, options, settings.fsrs, localDays, nowMs);
    const QDate interview = DashboardStats::interviewDateSetting(db, localDays.dayOf(nowMs));

    m_workload->setRows(ChartRows::workload(forecast), {tr("Answers")});
    const QString load = tr("About %1 answers a day (at most %2).").arg(qRound(forecast.averageAnswers())).arg(forecast.peakAnswers());
    if (!forecast.allIntroducedOn) {
        m_workloadSummary = load + u" "_s + tr("With no new cards a day, %n cards are never introduced.", nullptr, start->newCards);
    } else if (*forecast.allIntroducedOn < interview) {
        m_workloadSummary = load + u" "_s
            + tr("Every card is introduced by %1, %n days before the interview.", nullptr, int(forecast.allIntroducedOn->daysTo(interview)))
                  .arg(QLocale().toString(*forecast.allIntroducedOn, QLocale::LongFormat));
    } else {
        m_workloadSummary = load + u" "_s
            + tr("The last new card comes on %1, %n days after the interview: take more new cards a day.",
                 nullptr,
                 int(interview.daysTo(*forecast.allIntroducedOn)))
                  .arg(QLocale().toString(*forecast.allIntroducedOn, QLocale::LongFormat));
    }
    Q_EMIT workloadChanged();
}

void DashboardController::fillReviews()
{
    m_reviews->setRows(ChartRows::reviews(m_stats, m_reviewDays, m_reviewMinutesShown), ChartRows::reviewSeries(m_reviewMinutesShown));
}

void DashboardController::fillRetention()
{
    m_retention->setRows(ChartRows::retention(m_stats, m_retentionByMonth), {tr("True retention")});
}
