// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatecommand.h"

#include "cards/studysettings.h"
#include "collection.h"
#include "progress/dashboardstats.h"
#include "progress/workloadsimulator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("SimulateCommand", text);
}

constexpr int MaximumDays = 3650;
constexpr int MaximumNewPerDay = 10'000;
/// Anki's range for desired retention: below it reviews are rare but forgetting dominates, above it the
/// workload explodes.
constexpr double MinimumRetention = 0.70;
constexpr double MaximumRetention = 0.99;

/// The option's number within [low, high]; nullopt (with the reason on `err`) otherwise.
template<typename T> std::optional<T> boundedOption(const QCommandLineParser &parser, const QString &name, T fallback, T low, T high, QTextStream &err)
{
    if (!parser.isSet(name)) {
        return fallback;
    }
    bool ok = false;
    const QString text = parser.value(name);
    const T value = std::is_integral_v<T> ? T(text.toInt(&ok)) : T(text.toDouble(&ok));
    if (!ok || value < low || value > high) {
        err << "mlprep simulate: " << tr("--%1 must be a number from %2 to %3, not '%4'").arg(name).arg(low).arg(high).arg(text) << Qt::endl;
        return std::nullopt;
    }
    return value;
}

QJsonObject toJson(const WorkloadForecast &forecast, const WorkloadSimulator::Options &options, const WorkloadSimulator::Start &start, QDate interview)
{
    QJsonArray days;
    for (const SimulatedDay &day : forecast.days) {
        days.append(QJsonObject {{u"date"_s, day.day.toString(Qt::ISODate)},
                                 {u"answers"_s, day.answers},
                                 {u"reviews"_s, day.reviews},
                                 {u"new"_s, day.newCards},
                                 {u"minutes"_s, day.minutes}});
    }
    const bool learned = forecast.allIntroducedOn && *forecast.allIntroducedOn < interview;
    return {
        {u"days"_s, options.days},
        {u"new_per_day"_s, options.newPerDay},
        {u"desired_retention"_s, options.desiredRetention},
        {u"seconds_per_answer"_s, options.secondsPerAnswer},
        {u"scheduled_cards"_s, start.scheduled.size()},
        {u"new_cards"_s, start.newCards},
        {u"interview_date"_s, interview.toString(Qt::ISODate)},
        {u"all_introduced_on"_s, forecast.allIntroducedOn ? QJsonValue(forecast.allIntroducedOn->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"learned_before_interview"_s, learned},
        {u"average_answers_per_day"_s, forecast.averageAnswers()},
        {u"peak_answers_per_day"_s, forecast.peakAnswers()},
        {u"by_day"_s, days},
    };
}
}

QString SimulateCommand::name() const
{
    return u"simulate"_s;
}

QString SimulateCommand::summary() const
{
    return tr("Forecast the daily workload with FSRS for a number of new cards a day and a desired retention.");
}

void SimulateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(u"days"_s, tr("Days to simulate (default 30)."), u"N"_s));
    parser.addOption(QCommandLineOption(u"new-per-day"_s, tr("New cards introduced a day (default: the study setting)."), u"N"_s));
    parser.addOption(QCommandLineOption(u"retention"_s, tr("Desired retention, 0.70 to 0.99 (default: the study setting)."), u"R"_s));
    parser.addOption(QCommandLineOption(u"json"_s, tr("Print one JSON object.")));
}

int SimulateCommand::run(const QCommandLineParser &parser, const CommandContext &context) const
{
    const auto days = boundedOption(parser, u"days"_s, 30, 1, MaximumDays, context.err);
    const auto newPerDayOption = boundedOption(parser, u"new-per-day"_s, -1, 0, MaximumNewPerDay, context.err);
    const auto retentionOption = boundedOption(parser, u"retention"_s, -1.0, MinimumRetention, MaximumRetention, context.err);
    if (!days || !newPerDayOption || !retentionOption) {
        return ExitUsage;
    }
    const auto collection = context.openCollection();
    if (!collection) {
        return ExitInput;
    }
    const QSqlDatabase db = collection->connection();
    const StudySettings settings = StudySettings::load(db);
    QString error;
    const auto start = WorkloadSimulator::load(db, &error);
    if (!start) {
        context.err << "mlprep: " << tr("cannot read the schedule of %1: %2").arg(collection->dataDir(), error) << Qt::endl;
        return ExitInput;
    }
    WorkloadSimulator::Options options;
    options.days = *days;
    options.newPerDay = *newPerDayOption >= 0 ? *newPerDayOption : settings.newPerDay;
    options.desiredRetention = *retentionOption >= 0 ? *retentionOption : settings.fsrs.desiredRetention;
    options.secondsPerAnswer = start->secondsPerAnswer.value_or(options.secondsPerAnswer);

    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const LocalDays localDays = LocalDays::fromSettings(settings);
    const WorkloadForecast forecast = WorkloadSimulator::simulate(*start, options, settings.fsrs, localDays, nowMs);
    const QDate interview = DashboardStats::interviewDateSetting(db, localDays.dayOf(nowMs));

    if (parser.isSet(u"json"_s)) {
        context.out << QJsonDocument(toJson(forecast, options, *start, interview)).toJson(QJsonDocument::Indented);
        context.out.flush();
        return ExitOk;
    }
    context.out << tr("%1 new cards a day at %2 % retention: %3 answers a day on average, %4 at most.")
                       .arg(options.newPerDay)
                       .arg(options.desiredRetention * 100.0, 0, 'f', 0)
                       .arg(forecast.averageAnswers(), 0, 'f', 1)
                       .arg(forecast.peakAnswers())
                << '\n';
    if (forecast.allIntroducedOn) {
        context.out
            << tr("Every card is introduced by %1 (interview: %2).").arg(forecast.allIntroducedOn->toString(Qt::ISODate), interview.toString(Qt::ISODate))
            << '\n';
    } else {
        context.out << tr("New cards are left and none are introduced: some cards will never be learned.") << '\n';
    }
    for (const SimulatedDay &day : forecast.days) {
        context.out << day.day.toString(Qt::ISODate) << "  " << tr("%1 answers, %2 new, %3 min").arg(day.answers).arg(day.newCards).arg(qRound(day.minutes))
                    << '\n';
    }
    context.out.flush();
    return ExitOk;
}
