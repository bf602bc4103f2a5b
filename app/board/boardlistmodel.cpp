// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardlistmodel.h"

#include <QDateTime>
#include <QLocale>

BoardListModel::BoardListModel(QObject *parent) : QAbstractListModel(parent)
{
}

void BoardListModel::setBoards(const QList<Board::BoardInfo> &boards)
{
    if (boards == m_boards) {
        return;
    }
    beginResetModel();
    m_boards = boards;
    endResetModel();
}

int BoardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_boards.size());
}

QVariant BoardListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Board::BoardInfo &b = m_boards.at(index.row());
    switch (role) {
    case BoardIdRole:
        return int(b.id);
    case Qt::DisplayRole:
    case NameRole:
        return b.name;
    case ModifiedRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.modifiedAt), QLocale::ShortFormat);
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardListModel::roleNames() const
{
    return {{BoardIdRole, "boardId"}, {NameRole, "name"}, {ModifiedRole, "modified"}};
}
