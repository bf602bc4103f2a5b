// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartmodel.h"

#include <algorithm>
#include <numeric>

namespace
{
double total(const ChartModel::Row &row)
{
    return std::accumulate(row.values.cbegin(), row.values.cend(), 0.0);
}
}

ChartModel::ChartModel(QObject *parent) : QAbstractListModel(parent)
{
}

int ChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChartModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid | QAbstractItemModel::CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case LabelRole:
        return row.label;
    case DetailRole:
    case Qt::DisplayRole:
        return row.detail;
    case ValuesRole:
        return QVariant::fromValue(QVariantList(row.values.cbegin(), row.values.cend()));
    case TotalRole:
        return total(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChartModel::roleNames() const
{
    return {{LabelRole, "label"}, {DetailRole, "detail"}, {ValuesRole, "values"}, {TotalRole, "total"}};
}

double ChartModel::maximum() const
{
    return m_maximum;
}

QStringList ChartModel::seriesNames() const
{
    return m_seriesNames;
}

QList<double> ChartModel::series(int index) const
{
    QList<double> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows) {
        result.append(row.values.value(index));
    }
    return result;
}

QString ChartModel::detailAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).detail : QString();
}

void ChartModel::setRows(QList<Row> rows, QStringList seriesNames)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_seriesNames = std::move(seriesNames);
    m_maximum = 0;
    for (const Row &row : std::as_const(m_rows)) {
        m_maximum = std::max(m_maximum, total(row));
    }
    endResetModel();
    Q_EMIT reset();
}
