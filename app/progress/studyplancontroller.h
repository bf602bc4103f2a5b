// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/studyplan.h"
#include "progress/timelog.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <functional>
#include <optional>

class Collection;
class TimeLogModel;

/// The Plan tab: core's StudyPlan snapshot as properties, the plan settings form, the time log and its
/// undo. Recomputed on refresh() and after each change made here; nothing is cached beyond one snapshot.
class StudyPlanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.plan")
    Q_MOC_INCLUDE("timelogmodel.h")

    /// ISO date (YYYY-MM-DD) of the interview, for the date fields.
    Q_PROPERTY(QString interviewDate READ interviewDate NOTIFY changed)
    Q_PROPERTY(QString interviewDateText READ interviewDateText NOTIFY changed)
    Q_PROPERTY(int daysToInterview READ daysToInterview NOTIFY changed)
    Q_PROPERTY(int weeklyHours READ weeklyHours NOTIFY changed)
    /// One map per track in plan order: key, name, confidence (1–5), sharePercent, weeklyMinutes,
    /// actualMinutes (this week).
    Q_PROPERTY(QVariantList tracks READ tracks NOTIFY changed)
    /// One map per week, oldest first: label, current (bool), planned and actual (lists of minutes in
    /// track order).
    Q_PROPERTY(QVariantList weeks READ weeks NOTIFY changed)
    /// The largest planned or actual minutes of any track in any week: the bars' full length.
    Q_PROPERTY(int maxWeekMinutes READ maxWeekMinutes NOTIFY changed)
    /// "What to do today" in one sentence.
    Q_PROPERTY(QString adviceText READ adviceText NOTIFY changed)
    /// The track key the advice names; empty when every track met its week.
    Q_PROPERTY(QString adviceTrack READ adviceTrack NOTIFY changed)
    Q_PROPERTY(int adviceMinutes READ adviceMinutes NOTIFY changed)
    Q_PROPERTY(int dueCards READ dueCards NOTIFY changed)
    /// Where the mapped job postings put the plan, e.g. "3 postings: 80 % ML systems …".
    Q_PROPERTY(QString jobEmphasisText READ jobEmphasisText NOTIFY changed)
    /// Today's local day, ISO, the log dialog's default.
    Q_PROPERTY(QString today READ today NOTIFY changed)
    /// The kinds of work a user can log: maps of key and name.
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QString undoText READ undoText NOTIFY changed)
    Q_PROPERTY(TimeLogModel *timeLog READ timeLog CONSTANT)

public:
    using Clock = std::function<qint64()>;
    /// Weeks of planned-vs-actual shown, the current one included.
    static constexpr int WeeksShown = 6;

    explicit StudyPlanController(Collection &collection, Clock clock = {}, QObject *parent = nullptr);

    [[nodiscard]] QString interviewDate() const;
    [[nodiscard]] QString interviewDateText() const;
    [[nodiscard]] int daysToInterview() const;
    [[nodiscard]] int weeklyHours() const;
    [[nodiscard]] QVariantList tracks() const;
    [[nodiscard]] QVariantList weeks() const;
    [[nodiscard]] int maxWeekMinutes() const;
    [[nodiscard]] QString adviceText() const;
    [[nodiscard]] QString adviceTrack() const;
    [[nodiscard]] int adviceMinutes() const;
    [[nodiscard]] int dueCards() const;
    [[nodiscard]] QString jobEmphasisText() const;
    [[nodiscard]] QString today() const;
    [[nodiscard]] QVariantList kinds() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] QString undoText() const;
    [[nodiscard]] TimeLogModel *timeLog() const;

    Q_INVOKABLE void refresh();
    /// Stores the plan settings (all or nothing); false with errorText set when a value is invalid.
    Q_INVOKABLE bool saveSettings(const QString &interviewDate, int weeklyHours, int codingConfidence, int designConfidence, int domainConfidence);
    /// Logs `minutes` of `kind` on `track` for the local day `day` (ISO).
    Q_INVOKABLE bool logTime(const QString &track, const QString &kind, const QString &day, int minutes, const QString &note);
    /// Deletes the time-log row shown on `row` (design rounds are refused); undo() brings it back.
    Q_INVOKABLE bool removeTime(int row);
    Q_INVOKABLE bool undo();

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] QDate currentDay() const;
    /// Sets errorText from `result`, refreshes on success and reports whether it succeeded.
    bool finish(const TimeLog::Result &result);

    Collection &m_collection; ///< owned by AppContext, which outlives this object
    Clock m_clock;
    StudyPlan::Snapshot m_plan;
    QString m_error;
    std::optional<TimeLogEntry> m_removed; ///< the last deleted entry, for undo
    TimeLogModel *m_timeLog;
};
