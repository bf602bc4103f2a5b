// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyplan.h"

#include "cards/studysettings.h"
#include "storage/sqlfile.h"
#include "timelog.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace StudyPlan
{
namespace
{
/// How far a posting majority moves coding and domain depth (± this fraction of their share).
constexpr double JobSwing = 0.5;
/// How far each confidence step from the middle moves a track (± this fraction of its share).
constexpr double ConfidenceStep = 0.25;

double jobDirection(const JobEmphasis &jobs)
{
    if (jobs.postings <= 0) {
        return 0.0;
    }
    const double evidence = std::min(1.0, double(jobs.postings) / FullEvidencePostings);
    return (2.0 * std::clamp(jobs.mlSystemsShare, 0.0, 1.0) - 1.0) * evidence;
}

std::optional<int> dueCards(const QSqlDatabase &db, qint64 nowMs, QString *error)
{
    QSqlQuery query = SqlFile::prepare(db, u"plan/due_count"_s);
    query.bindValue(u":now"_s, nowMs);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toInt();
}
}

double confidenceFactor(int confidence)
{
    const int clamped = std::clamp(confidence, PlanSettings::MinConfidence, PlanSettings::MaxConfidence);
    return 1.0 + ConfidenceStep * (PlanSettings::DefaultConfidence - clamped);
}

PerTrack<double> shares(const PerTrack<int> &confidence, const JobEmphasis &jobs)
{
    const double direction = jobDirection(jobs);
    const PerTrack<double> jobFactor {1.0 - JobSwing * direction, 1.0, 1.0 + JobSwing * direction};
    PerTrack<double> result {};
    for (int i = 0; i < StudyTrackCount; ++i) {
        result[i] = DefaultShares[i] * confidenceFactor(confidence[i]) * jobFactor[i];
    }
    const double total = std::accumulate(result.begin(), result.end(), 0.0);
    for (double &share : result) {
        share /= total;
    }
    return result;
}

DesignFocus designFocus(const JobEmphasis &jobs)
{
    const double direction = jobDirection(jobs);
    if (direction >= 0.2) {
        return DesignFocus::MlSystems;
    }
    if (direction <= -0.2) {
        return DesignFocus::DistributedSystems;
    }
    return DesignFocus::Balanced;
}

PerTrack<int> splitMinutes(int totalMinutes, const PerTrack<double> &shares)
{
    PerTrack<int> result {};
    PerTrack<double> remainder {};
    int assigned = 0;
    for (int i = 0; i < StudyTrackCount; ++i) {
        const double exact = totalMinutes * shares[i];
        result[i] = int(std::floor(exact));
        remainder[i] = exact - result[i];
        assigned += result[i];
    }
    PerTrack<int> order {0, 1, 2};
    // Ties go to the earlier track, so the split never depends on sort stability.
    std::stable_sort(order.begin(), order.end(), [&remainder](int a, int b) {
        return remainder[a] > remainder[b];
    });
    for (int i = 0; assigned < totalMinutes; i = (i + 1) % StudyTrackCount, ++assigned) {
        ++result[order[i]];
    }
    return result;
}

QDate weekStart(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

TodayAdvice advise(const Week &currentWeek, QDate today, int dueCards)
{
    TodayAdvice advice;
    advice.dueCards = dueCards;
    advice.daysLeftInWeek = 8 - today.dayOfWeek();
    for (const StudyTrack track : StudyTracks::all()) {
        const int i = int(track);
        const int behind = currentWeek.plannedMinutes[i] - currentWeek.actualMinutes[i];
        if (behind > advice.behindMinutes) {
            advice.behindMinutes = behind;
            advice.track = track;
        }
    }
    advice.minutes = (advice.behindMinutes + advice.daysLeftInWeek - 1) / advice.daysLeftInWeek;
    return advice;
}

std::optional<Snapshot> compute(QSqlDatabase &db, QDate today, qint64 nowMs, int weekCount, QString *error)
{
    Snapshot plan;
    plan.today = today;
    plan.settings = PlanSettings::load(db, today);
    plan.jobs = JobEmphasisStore::load(db);
    plan.designFocus = designFocus(plan.jobs);
    plan.shares = shares(plan.settings.confidence, plan.jobs);
    plan.weeklyMinutes = splitMinutes(plan.settings.weeklyHours * 60, plan.shares);
    plan.daysToInterview = int(today.daysTo(plan.settings.interviewDate));

    const QDate currentWeek = weekStart(today);
    const QDate first = currentWeek.addDays(-7 * (std::max(1, weekCount) - 1));
    for (QDate start = first; start <= currentWeek; start = start.addDays(7)) {
        plan.weeks.append(Week {start, plan.weeklyMinutes, {}});
    }
    const auto days = TimeLog(db, StudySettings::load(db).dayStartsHour).minutesByDay(first, currentWeek.addDays(6), error);
    if (!days) {
        return std::nullopt;
    }
    for (const auto &[day, minutes] : *days) {
        Week &week = plan.weeks[first.daysTo(day) / 7];
        for (int i = 0; i < StudyTrackCount; ++i) {
            week.actualMinutes[i] += minutes[i];
        }
    }
    const auto due = dueCards(db, nowMs, error);
    if (!due) {
        return std::nullopt;
    }
    plan.advice = advise(plan.weeks.last(), today, *due);
    return plan;
}
}
