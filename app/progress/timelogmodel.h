// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/timelog.h"

#include <QAbstractListModel>
#include <QQmlEngine>

/// The time log of the study plan's weeks as a list for the Plan tab: manual entries and the
/// whiteboard's design rounds, newest first. StudyPlanController fills it; it holds no rules.
class TimeLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.plan.timeLog")

public:
    enum Roles {
        EntryIdRole = Qt::UserRole + 1, ///< int: time_log id (or design round id when automatic)
        TrackRole, ///< QString: "coding", "design" or "domain"
        TrackNameRole, ///< QString: the track's translated name
        KindNameRole, ///< QString: the kind of work, translated
        DayTextRole, ///< QString: the local day, short locale format
        MinutesRole, ///< int
        NoteRole, ///< QString: the note, or a design round's prompt key
        AutomaticRole, ///< bool: a design round, which only the board can delete
    };

    explicit TimeLogModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setEntries(const QList<TimeLogEntry> &entries);
    /// The entry on `row`, or nullopt for a row out of range.
    [[nodiscard]] std::optional<TimeLogEntry> entryAt(int row) const;

    /// Translated names, shared with the controller's menus.
    [[nodiscard]] static QString trackName(StudyTrack track);
    [[nodiscard]] static QString kindName(const QString &kind);

private:
    QList<TimeLogEntry> m_entries;
};
