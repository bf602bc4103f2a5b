// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyplancontroller.h"

#include "cards/studysettings.h"
#include "collection.h"
#include "progress/localdays.h"
#include "timelogmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

StudyPlanController::StudyPlanController(Collection &collection, Clock clock, QObject *parent)
    : QObject(parent), m_collection(collection), m_clock(std::move(clock)), m_timeLog(new TimeLogModel(this))
{
    // The default date is "six weeks from first use": fixed now, so it does not move every day.
    QSqlDatabase db = m_collection.connection();
    if (!PlanSettings::ensureInterviewDate(db, currentDay(), &m_error)) {
        return;
    }
    refresh();
}

qint64 StudyPlanController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QDate StudyPlanController::currentDay() const
{
    return LocalDays::fromSettings(StudySettings::load(m_collection.connection())).dayOf(now());
}

void StudyPlanController::refresh()
{
    QSqlDatabase db = m_collection.connection();
    const QDate day = currentDay();
    QString error;
    const auto plan = StudyPlan::compute(db, day, now(), WeeksShown, &error);
    const auto entries
        = TimeLog(db, StudySettings::load(db).dayStartsHour).entries(StudyPlan::weekStart(day).addDays(-7 * (WeeksShown - 1)), day.addDays(7), &error);
    if (!plan || !entries) {
        m_error = tr("Cannot read the study plan: %1").arg(error);
    } else {
        m_plan = *plan;
        m_error.clear();
        m_timeLog->setEntries(*entries);
    }
    Q_EMIT changed();
}

QString StudyPlanController::interviewDate() const
{
    return m_plan.settings.interviewDate.toString(Qt::ISODate);
}

QString StudyPlanController::interviewDateText() const
{
    return QLocale().toString(m_plan.settings.interviewDate, QLocale::LongFormat);
}

int StudyPlanController::daysToInterview() const
{
    return m_plan.daysToInterview;
}

int StudyPlanController::weeklyHours() const
{
    return m_plan.settings.weeklyHours;
}

QVariantList StudyPlanController::tracks() const
{
    QVariantList result;
    for (const StudyTrack track : StudyTracks::all()) {
        const int i = int(track);
        result.append(QVariantMap {
            {u"key"_s, StudyTracks::key(track)},
            {u"name"_s, TimeLogModel::trackName(track)},
            {u"confidence"_s, m_plan.settings.confidence[i]},
            {u"sharePercent"_s, int(std::lround(m_plan.shares[i] * 100))},
            {u"weeklyMinutes"_s, m_plan.weeklyMinutes[i]},
            {u"actualMinutes"_s, m_plan.weeks.isEmpty() ? 0 : m_plan.weeks.last().actualMinutes[i]},
        });
    }
    return result;
}

QVariantList StudyPlanController::weeks() const
{
    QVariantList result;
    for (const StudyPlan::Week &week : m_plan.weeks) {
        QVariantList planned;
        QVariantList actual;
        for (int i = 0; i < StudyTrackCount; ++i) {
            planned.append(week.plannedMinutes[i]);
            actual.append(week.actualMinutes[i]);
        }
        result.append(QVariantMap {
            {u"label"_s, QLocale().toString(week.start, u"d MMM"_s)},
            {u"current"_s, week.start == StudyPlan::weekStart(m_plan.today)},
            {u"planned"_s, planned},
            {u"actual"_s, actual},
        });
    }
    return result;
}

int StudyPlanController::maxWeekMinutes() const
{
    int result = 1;
    for (const StudyPlan::Week &week : m_plan.weeks) {
        result = std::max({result,
                           *std::max_element(week.plannedMinutes.begin(), week.plannedMinutes.end()),
                           *std::max_element(week.actualMinutes.begin(), week.actualMinutes.end())});
    }
    return result;
}

QString StudyPlanController::adviceText() const
{
    const StudyPlan::TodayAdvice &advice = m_plan.advice;
    const QString cards = tr("%n card(s) due", nullptr, advice.dueCards);
    if (!advice.track) {
        return tr("Every track is on plan this week. Today: %1.").arg(cards);
    }
    return tr("Today: %1 min of %2 (%3 min behind this week), and %4.")
        .arg(advice.minutes)
        .arg(TimeLogModel::trackName(*advice.track).toLower())
        .arg(advice.behindMinutes)
        .arg(cards);
}

QString StudyPlanController::adviceTrack() const
{
    return m_plan.advice.track ? StudyTracks::key(*m_plan.advice.track) : QString();
}

int StudyPlanController::adviceMinutes() const
{
    return m_plan.advice.minutes;
}

int StudyPlanController::dueCards() const
{
    return m_plan.advice.dueCards;
}

QString StudyPlanController::jobEmphasisText() const
{
    if (m_plan.jobs.postings == 0) {
        return tr("No job postings mapped yet: the split follows your confidence only.");
    }
    const int percent = int(std::lround(m_plan.jobs.mlSystemsShare * 100));
    QString focus;
    switch (m_plan.designFocus) {
    case StudyPlan::DesignFocus::MlSystems:
        focus = tr("lean design practice towards ML systems (training, serving, feature pipelines)");
        break;
    case StudyPlan::DesignFocus::DistributedSystems:
        focus = tr("lean design practice towards general distributed systems");
        break;
    case StudyPlan::DesignFocus::Balanced:
        focus = tr("keep design practice balanced");
        break;
    }
    return tr("%n mapped posting(s), %1 % ML systems: %2.", nullptr, m_plan.jobs.postings).arg(percent).arg(focus);
}

QString StudyPlanController::today() const
{
    return m_plan.today.toString(Qt::ISODate);
}

QVariantList StudyPlanController::kinds() const
{
    QVariantList result;
    for (const QString &kind : TimeLog::kinds()) {
        result.append(QVariantMap {{u"key"_s, kind}, {u"name"_s, TimeLogModel::kindName(kind)}});
    }
    return result;
}

QString StudyPlanController::errorText() const
{
    return m_error;
}

bool StudyPlanController::canUndo() const
{
    return m_removed.has_value();
}

QString StudyPlanController::undoText() const
{
    return m_removed ? tr("Undo delete of %1 min %2").arg(m_removed->minutes).arg(TimeLogModel::kindName(m_removed->kind).toLower()) : QString();
}

TimeLogModel *StudyPlanController::timeLog() const
{
    return m_timeLog;
}

bool StudyPlanController::saveSettings(const QString &interviewDate, int weeklyHours, int codingConfidence, int designConfidence, int domainConfidence)
{
    PlanSettings settings;
    settings.interviewDate = QDate::fromString(interviewDate, Qt::ISODate);
    settings.weeklyHours = weeklyHours;
    settings.confidence = {codingConfidence, designConfidence, domainConfidence};
    QSqlDatabase db = m_collection.connection();
    QString error;
    if (!PlanSettings::save(db, settings, &error)) {
        m_error = error;
        Q_EMIT changed();
        return false;
    }
    refresh();
    return true;
}

bool StudyPlanController::logTime(const QString &track, const QString &kind, const QString &day, int minutes, const QString &note)
{
    const auto parsedTrack = StudyTracks::fromKey(track);
    if (!parsedTrack) {
        m_error = tr("Unknown track: %1").arg(track);
        Q_EMIT changed();
        return false;
    }
    TimeLogEntry entry;
    entry.track = *parsedTrack;
    entry.kind = kind;
    entry.day = QDate::fromString(day, Qt::ISODate);
    entry.minutes = minutes;
    entry.note = note;
    return finish(TimeLog(m_collection.connection()).add(entry, now()));
}

bool StudyPlanController::removeTime(int row)
{
    const auto entry = m_timeLog->entryAt(row);
    if (!entry || entry->automatic) {
        m_error = tr("Design rounds are deleted on the whiteboard, not here.");
        Q_EMIT changed();
        return false;
    }
    const TimeLog::Result result = TimeLog(m_collection.connection()).remove(entry->id);
    if (result.ok()) {
        m_removed = entry;
    }
    return finish(result);
}

bool StudyPlanController::undo()
{
    if (!m_removed) {
        return false;
    }
    const TimeLog::Result result = TimeLog(m_collection.connection()).restore(*m_removed);
    if (result.ok()) {
        m_removed.reset();
    }
    return finish(result);
}

bool StudyPlanController::finish(const TimeLog::Result &result)
{
    if (!result.ok()) {
        m_error = result.error;
        Q_EMIT changed();
        return false;
    }
    refresh();
    return true;
}
