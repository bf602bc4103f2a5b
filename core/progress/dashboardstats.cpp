// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardstats.h"

#include "cards/studysettings.h"
#include "storage/settingsstore.h"

using namespace Qt::StringLiterals;

const QString DashboardStats::InterviewDateKey = u"plan/interviewDate"_s;

qint64 DashboardStats::answers() const
{
    qint64 total = 0;
    for (const DayActivity &day : activity) {
        total += day.total();
    }
    return total;
}

qint64 DashboardStats::durationMs() const
{
    qint64 total = 0;
    for (const DayActivity &day : activity) {
        total += day.durationMs;
    }
    return total;
}

QDate DashboardStats::interviewDateSetting(const QSqlDatabase &db, QDate today)
{
    const QDate stored = QDate::fromString(SettingsStore(db).value(InterviewDateKey), Qt::ISODate);
    return stored.isValid() ? stored : today.addDays(7 * DefaultWeeksToInterview);
}

std::optional<DashboardStats> DashboardStats::compute(const QSqlDatabase &db, const StudySettings &settings, qint64 nowMs, QString *error)
{
    const LocalDays days = LocalDays::fromSettings(settings);
    DashboardStats result;
    result.nowMs = nowMs;
    result.today = days.dayOf(nowMs);
    result.interviewDate = interviewDateSetting(db, result.today);
    result.desiredRetention = settings.fsrs.desiredRetention;

    auto activity = ReviewActivity::load(db, days, error);
    if (!activity) {
        return std::nullopt;
    }
    result.activity = std::move(*activity);
    auto today = Today::load(db, result.activity, result.today, nowMs, error);
    auto forecast = Forecast::load(db, days, result.today, Forecast::DefaultDays, error);
    if (!today || !forecast) {
        return std::nullopt;
    }
    result.todayStats = *today;
    result.forecast = std::move(*forecast);
    result.streaks = StudyCalendar::streaks(result.activity, result.today);
    result.retention = Retention::overall(result.activity);
    result.retentionByWeek = Retention::byPeriod(result.activity, Retention::Period::Week);
    result.retentionByMonth = Retention::byPeriod(result.activity, Retention::Period::Month);

    const qint64 projectionMs = std::max(nowMs, days.startOf(result.interviewDate));
    auto cards = CardStats::load(db, settings.fsrs, nowMs, projectionMs, error);
    auto rounds = DesignRoundStats::load(db, days, error);
    if (!cards || !rounds) {
        return std::nullopt;
    }
    result.cards = std::move(*cards);
    result.designRounds = std::move(*rounds);
    return result;
}
