// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelogmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

TimeLogModel::TimeLogModel(QObject *parent) : QAbstractListModel(parent)
{
}

int TimeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimeLogModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const TimeLogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NoteRole:
        return entry.note;
    case EntryIdRole:
        return int(entry.id);
    case TrackRole:
        return StudyTracks::key(entry.track);
    case TrackNameRole:
        return trackName(entry.track);
    case KindNameRole:
        return kindName(entry.kind);
    case DayTextRole:
        return QLocale().toString(entry.day, QLocale::ShortFormat);
    case MinutesRole:
        return entry.minutes;
    case AutomaticRole:
        return entry.automatic;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimeLogModel::roleNames() const
{
    return {
        {EntryIdRole, "entryId"},
        {TrackRole, "track"},
        {TrackNameRole, "trackName"},
        {KindNameRole, "kindName"},
        {DayTextRole, "dayText"},
        {MinutesRole, "minutes"},
        {NoteRole, "note"},
        {AutomaticRole, "automatic"},
    };
}

void TimeLogModel::setEntries(const QList<TimeLogEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

std::optional<TimeLogEntry> TimeLogModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size()) {
        return std::nullopt;
    }
    return m_entries.at(row);
}

QString TimeLogModel::trackName(StudyTrack track)
{
    switch (track) {
    case StudyTrack::Coding:
        return tr("Coding practice");
    case StudyTrack::Design:
        return tr("ML systems design");
    case StudyTrack::Domain:
        return tr("Domain depth");
    }
    Q_UNREACHABLE();
    return {};
}

QString TimeLogModel::kindName(const QString &kind)
{
    if (kind == u"coding_problem"_s) {
        return tr("Coding problem");
    }
    if (kind == u"mock_interview"_s) {
        return tr("Mock interview");
    }
    if (kind == u"paper_implementation"_s) {
        return tr("Paper implementation");
    }
    if (kind == u"reading"_s) {
        return tr("Reading");
    }
    if (kind == u"design_round"_s) {
        return tr("Design round");
    }
    return tr("Other");
}
