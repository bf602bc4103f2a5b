// SPDX-License-Identifier: GPL-3.0-or-later
#include "journallistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

JournalListModel::JournalListModel(QObject *parent) : QAbstractListModel(parent)
{
}

int JournalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant JournalListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return entry.title;
    case EntryIdRole:
        return int(entry.id);
    case DayTextRole:
        return QLocale().toString(entry.day, QLocale::ShortFormat);
    case TagsRole:
        return entry.tags.join(u", "_s);
    case SummaryRole:
        return (entry.decision.isEmpty() ? entry.context : entry.decision).simplified();
    case CardCountRole:
        return int(entry.cardKeys.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> JournalListModel::roleNames() const
{
    return {
        {EntryIdRole, "entryId"},
        {TitleRole, "title"},
        {DayTextRole, "dayText"},
        {TagsRole, "tags"},
        {SummaryRole, "summary"},
        {CardCountRole, "cardCount"},
    };
}

void JournalListModel::setEntries(const QList<JournalEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const QList<JournalEntry> &JournalListModel::entries() const
{
    return m_entries;
}

int JournalListModel::rowOf(int id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id) {
            return int(row);
        }
    }
    return -1;
}
