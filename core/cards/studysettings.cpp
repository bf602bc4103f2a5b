// SPDX-License-Identifier: GPL-3.0-or-later
#include "studysettings.h"

#include "reviewlogging.h"
#include "storage/settingsstore.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

const QString StudySettings::NewPerDayKey = u"study/new_per_day"_s;
const QString StudySettings::ReviewsPerDayKey = u"study/reviews_per_day"_s;
const QString StudySettings::DayStartsHourKey = u"study/day_starts_hour"_s;
const QString StudySettings::DesiredRetentionKey = u"study/desired_retention"_s;
const QString StudySettings::LearningStepsKey = u"study/learning_steps"_s;
const QString StudySettings::RelearningStepsKey = u"study/relearning_steps"_s;
const QString StudySettings::LearnAheadMinutesKey = u"study/learn_ahead_minutes"_s;

namespace
{
/// An integer setting within [low, high]; anything else keeps `fallback`.
int boundedInt(const SettingsStore &store, const QString &key, int fallback, int low, int high)
{
    const QString text = store.value(key);
    if (text.isEmpty()) {
        return fallback;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high) {
        qCWarning(lcReview) << "ignoring setting" << key << "=" << text << "(expected" << low << "to" << high << ")";
        return fallback;
    }
    return value;
}

/// Steps stored as text; a missing key reads as `fallback`, an empty value as no steps at all.
void loadSteps(const SettingsStore &store, const QString &key, const QString &fallback, std::vector<double> *steps)
{
    const QString text = store.value(key, fallback);
    if (auto parsed = StudySettings::parseSteps(text)) {
        *steps = std::move(*parsed);
    } else {
        qCWarning(lcReview) << "ignoring setting" << key << "=" << text << "(expected steps such as \"1m 10m\")";
    }
}
}

StudySettings StudySettings::load(const QSqlDatabase &db)
{
    const SettingsStore store(db);
    StudySettings settings;
    constexpr int MaximumPerDay = 1'000'000;
    settings.newPerDay = boundedInt(store, NewPerDayKey, settings.newPerDay, 0, MaximumPerDay);
    settings.reviewsPerDay = boundedInt(store, ReviewsPerDayKey, settings.reviewsPerDay, 0, MaximumPerDay);
    settings.dayStartsHour = boundedInt(store, DayStartsHourKey, settings.dayStartsHour, 0, 23);
    settings.learnAheadMs = qint64(boundedInt(store, LearnAheadMinutesKey, int(settings.learnAheadMs / 60'000), 0, 24 * 60)) * 60'000;

    Fsrs::FsrsParameters fsrs = settings.fsrs;
    if (const QString retention = store.value(DesiredRetentionKey); !retention.isEmpty()) {
        fsrs.desiredRetention = retention.toDouble();
    }
    loadSteps(store, LearningStepsKey, u"1m 10m"_s, &fsrs.learningStepsSeconds);
    loadSteps(store, RelearningStepsKey, u"10m"_s, &fsrs.relearningStepsSeconds);
    QString error;
    if (fsrs.validate(&error)) {
        settings.fsrs = std::move(fsrs);
    } else {
        qCWarning(lcReview) << "ignoring the stored scheduler settings:" << error;
    }
    return settings;
}

StudyDay StudySettings::dayAt(qint64 nowMs) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, timeZone);
    const QDate date = local.time().hour() < dayStartsHour ? local.date().addDays(-1) : local.date();
    auto dayStart = [this](QDate day) {
        return QDateTime(day, QTime(dayStartsHour, 0), timeZone).toMSecsSinceEpoch();
    };
    return {dayStart(date), dayStart(date.addDays(1))};
}

std::optional<std::vector<double>> StudySettings::parseSteps(const QString &text)
{
    static const QRegularExpression step(u"^(\\d+(?:\\.\\d+)?)([smhd]?)$"_s);
    std::vector<double> seconds;
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QRegularExpressionMatch match = step.match(part);
        if (!match.hasMatch()) {
            return std::nullopt;
        }
        const double amount = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        const double scale = unit == u"s"_s ? 1.0 : unit == u"h"_s ? 3600.0 : unit == u"d"_s ? 86400.0 : 60.0;
        if (amount <= 0.0) {
            return std::nullopt;
        }
        seconds.push_back(amount * scale);
    }
    return seconds;
}
