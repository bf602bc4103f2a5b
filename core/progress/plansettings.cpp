// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansettings.h"

#include "storage/settingsstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

const QString PlanSettings::InterviewDateKey = u"plan/interviewDate"_s;
const QString PlanSettings::WeeklyHoursKey = u"plan/weeklyHours"_s;

namespace
{
bool fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}
}

QString PlanSettings::confidenceKey(StudyTrack track)
{
    return u"plan/confidence/"_s + StudyTracks::key(track);
}

PlanSettings PlanSettings::load(const QSqlDatabase &db, QDate today)
{
    const SettingsStore store(db);
    PlanSettings settings;
    settings.interviewDate = QDate::fromString(store.value(InterviewDateKey), Qt::ISODate);
    if (!settings.interviewDate.isValid()) {
        settings.interviewDate = today.addDays(7 * DefaultWeeksToInterview);
    }
    settings.weeklyHours = std::clamp(store.intValue(WeeklyHoursKey, DefaultWeeklyHours), MinWeeklyHours, MaxWeeklyHours);
    for (const StudyTrack track : StudyTracks::all()) {
        settings.confidence[int(track)] = std::clamp(store.intValue(confidenceKey(track), DefaultConfidence), MinConfidence, MaxConfidence);
    }
    return settings;
}

bool PlanSettings::ensureInterviewDate(QSqlDatabase &db, QDate today, QString *error)
{
    SettingsStore store(db);
    if (QDate::fromString(store.value(InterviewDateKey), Qt::ISODate).isValid()) {
        return true;
    }
    if (!store.setValue(InterviewDateKey, today.addDays(7 * DefaultWeeksToInterview).toString(Qt::ISODate))) {
        return fail(error, QCoreApplication::translate("PlanSettings", "Cannot store the interview date."));
    }
    return true;
}

bool PlanSettings::save(QSqlDatabase &db, const PlanSettings &settings, QString *error)
{
    if (!settings.interviewDate.isValid()) {
        return fail(error, QCoreApplication::translate("PlanSettings", "The interview date is not a valid date."));
    }
    if (settings.weeklyHours < MinWeeklyHours || settings.weeklyHours > MaxWeeklyHours) {
        return fail(error, QCoreApplication::translate("PlanSettings", "Weekly hours must be between %1 and %2.").arg(MinWeeklyHours).arg(MaxWeeklyHours));
    }
    for (const int confidence : settings.confidence) {
        if (confidence < MinConfidence || confidence > MaxConfidence) {
            return fail(error, QCoreApplication::translate("PlanSettings", "Confidence must be between %1 and %2.").arg(MinConfidence).arg(MaxConfidence));
        }
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return fail(error, transaction.errorText());
    }
    SettingsStore store(db);
    bool written = store.setValue(InterviewDateKey, settings.interviewDate.toString(Qt::ISODate))
        && store.setValue(WeeklyHoursKey, QString::number(settings.weeklyHours));
    for (const StudyTrack track : StudyTracks::all()) {
        written = written && store.setValue(confidenceKey(track), QString::number(settings.confidence[int(track)]));
    }
    if (!written) {
        return fail(error, QCoreApplication::translate("PlanSettings", "Cannot store the study plan settings."));
    }
    if (!transaction.commit()) {
        return fail(error, transaction.errorText());
    }
    return true;
}
