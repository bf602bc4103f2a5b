// SPDX-License-Identifier: GPL-3.0-or-later
#include "decklistmodel.h"

#include "cards/reviewqueue.h"
#include "cards/studysettings.h"
#include "storage/sqlfile.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

DeckListModel::DeckListModel(QObject *parent) : QAbstractListModel(parent)
{
}

int DeckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeckListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case DeckIdRole:
        return row.deckId;
    case TopicRole:
        return row.topic;
    case NewRole:
        return row.newCards;
    case LearningRole:
        return row.learning;
    case ReviewRole:
        return row.review;
    case TotalCardsRole:
        return row.total;
    case SelectedRole:
        return row.selected;
    default:
        return {};
    }
}

bool DeckListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != SelectedRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    Row &row = m_rows[index.row()];
    if (row.selected == value.toBool()) {
        return false;
    }
    row.selected = value.toBool();
    Q_EMIT dataChanged(index, index, {SelectedRole});
    Q_EMIT selectionChanged();
    return true;
}

QHash<int, QByteArray> DeckListModel::roleNames() const
{
    return {
        {DeckIdRole, "deckId"},
        {NameRole, "name"},
        {TopicRole, "topic"},
        {NewRole, "newCount"},
        {LearningRole, "learningCount"},
        {ReviewRole, "reviewCount"},
        {TotalCardsRole, "totalCards"},
        {SelectedRole, "selected"},
    };
}

bool DeckListModel::reload(const QSqlDatabase &db, const StudySettings &settings, qint64 nowMs, QString *error)
{
    const auto counts = ReviewQueue::deckCounts(db, settings, nowMs, error);
    if (!counts) {
        return false;
    }
    QSet<qint64> deselected;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.selected) {
            deselected.insert(row.deckId);
        }
    }
    QList<Row> rows;
    QSqlQuery query = SqlFile::prepare(db, u"decks/list"_s);
    if (!query.exec()) {
        return false;
    }
    while (query.next()) {
        Row row;
        row.deckId = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.topic = query.value(2).toString();
        row.total = query.value(3).toInt();
        row.selected = !deselected.contains(row.deckId);
        for (const ReviewQueue::DeckCounts &deck : *counts) {
            if (deck.deckId == row.deckId) {
                row.newCards = deck.counts.newCards;
                row.learning = deck.counts.learning;
                row.review = deck.counts.review;
            }
        }
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT selectionChanged();
    return true;
}

QList<qint64> DeckListModel::selectedDeckIds() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows) {
        if (row.selected) {
            ids.append(row.deckId);
        }
    }
    return ids;
}

int DeckListModel::selectedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.selected;
    }));
}

int DeckListModel::selectedDue() const
{
    int due = 0;
    for (const Row &row : m_rows) {
        if (row.selected) {
            due += row.newCards + row.learning + row.review;
        }
    }
    return due;
}

void DeckListModel::setAllSelected(bool selected)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        setData(index(int(i)), selected, SelectedRole);
    }
}
