// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupstatsmodel.h"

GroupStatsModel::GroupStatsModel(QObject *parent) : QAbstractListModel(parent)
{
}

int GroupStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant GroupStatsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid | QAbstractItemModel::CheckIndexOption::ParentIsInvalid));
    const GroupStats &group = m_groups.at(index.row());
    switch (role) {
    case NameRole:
    case Qt::DisplayRole:
        return group.name;
    case TotalRole:
        return group.counts.total;
    case NewRole:
        return group.counts.newCards;
    case LearningRole:
        return group.counts.learning + group.counts.relearning;
    case ReviewRole:
        return group.counts.review;
    case SuspendedRole:
        return group.counts.suspended;
    case MasteryNowRole:
        return group.masteryNow();
    case MasteryOnDateRole:
        return group.masteryOnDate();
    default:
        return {};
    }
}

QHash<int, QByteArray> GroupStatsModel::roleNames() const
{
    return {{NameRole, "name"},
            {TotalRole, "total"},
            {NewRole, "newCards"},
            {LearningRole, "learning"},
            {ReviewRole, "review"},
            {SuspendedRole, "suspended"},
            {MasteryNowRole, "masteryNow"},
            {MasteryOnDateRole, "masteryOnDate"}};
}

void GroupStatsModel::setGroups(QList<GroupStats> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}
