// SPDX-License-Identifier: GPL-3.0-or-later
#include "postinglistmodel.h"

#include <QFileInfo>

PostingListModel::PostingListModel(QObject *parent) : QAbstractListModel(parent)
{
}

int PostingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PostingListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const PostingSummary &row = m_rows.at(index.row());
    switch (role) {
    case PostingIdRole:
        return row.id;
    case Qt::DisplayRole:
    case TitleRole:
        if (!row.title.isEmpty()) {
            return row.title;
        }
        return row.fileName.isEmpty() ? tr("Untitled posting") : QFileInfo(row.fileName).fileName();
    case CompanyRole:
        return row.company;
    case FileNameRole:
        return QFileInfo(row.fileName).fileName();
    case LabelRole:
        return row.effectiveMlSystems() ? tr("ML systems") : tr("Systems with ML");
    case MlSystemsRole:
        return row.effectiveMlSystems();
    case ProbabilityRole:
        return row.pMlSystems;
    case ProbabilityTextRole:
        return QString::number(row.pMlSystems, 'f', 2);
    case AmbiguousRole:
        return row.ambiguous && !row.userLabel;
    case CorrectedRole:
        return row.userLabel.has_value();
    case TickedRole:
        return m_checked.contains(row.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> PostingListModel::roleNames() const
{
    return {
        {PostingIdRole, "postingId"},
        {TitleRole, "title"},
        {CompanyRole, "company"},
        {FileNameRole, "fileName"},
        {LabelRole, "label"},
        {MlSystemsRole, "mlSystems"},
        {ProbabilityRole, "probability"},
        {ProbabilityTextRole, "probabilityText"},
        {AmbiguousRole, "ambiguous"},
        {CorrectedRole, "corrected"},
        {TickedRole, "ticked"},
    };
}

int PostingListModel::count() const
{
    return int(m_rows.size());
}

int PostingListModel::checkedCount() const
{
    return int(m_checked.size());
}

void PostingListModel::setRows(QList<PostingSummary> rows)
{
    const int before = count();
    const qsizetype checkedBefore = m_checked.size();
    beginResetModel();
    m_rows = std::move(rows);
    QSet<qint64> listed;
    for (const PostingSummary &row : std::as_const(m_rows)) {
        listed.insert(row.id);
    }
    m_checked.intersect(listed);
    endResetModel();
    if (count() != before) {
        Q_EMIT countChanged();
    }
    if (m_checked.size() != checkedBefore) {
        Q_EMIT checkedChanged();
    }
}

const PostingSummary *PostingListModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PostingListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

QList<PostingSummary> PostingListModel::checkedRows() const
{
    QList<PostingSummary> rows;
    for (const PostingSummary &row : m_rows) {
        if (m_checked.contains(row.id)) {
            rows.append(row);
        }
    }
    return rows;
}

void PostingListModel::setChecked(int row, bool checked)
{
    const PostingSummary *posting = at(row);
    if (!posting || m_checked.contains(posting->id) == checked) {
        return;
    }
    if (checked) {
        m_checked.insert(posting->id);
    } else {
        m_checked.remove(posting->id);
    }
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {TickedRole});
    Q_EMIT checkedChanged();
}

void PostingListModel::toggleChecked(int row)
{
    if (const PostingSummary *posting = at(row)) {
        setChecked(row, !m_checked.contains(posting->id));
    }
}

void PostingListModel::toggleAll()
{
    if (m_rows.isEmpty()) {
        return;
    }
    if (m_checked.size() == m_rows.size()) {
        m_checked.clear();
    } else {
        for (const PostingSummary &row : std::as_const(m_rows)) {
            m_checked.insert(row.id);
        }
    }
    Q_EMIT dataChanged(index(0), index(count() - 1), {TickedRole});
    Q_EMIT checkedChanged();
}
