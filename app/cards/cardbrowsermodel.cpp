// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardbrowsermodel.h"

#include "cards/cardcontent.h"
#include "cards/studysettings.h"
#include "collection.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QScopedValueRollback>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
CardSearch::Column searchColumn(int column)
{
    switch (column) {
    case CardBrowserModel::FrontColumn:
        return CardSearch::Column::Front;
    case CardBrowserModel::DeckColumn:
        return CardSearch::Column::Deck;
    case CardBrowserModel::TagsColumn:
        return CardSearch::Column::Tags;
    case CardBrowserModel::StateColumn:
        return CardSearch::Column::State;
    case CardBrowserModel::DueColumn:
        return CardSearch::Column::Due;
    case CardBrowserModel::StabilityColumn:
        return CardSearch::Column::Stability;
    case CardBrowserModel::LapsesColumn:
        return CardSearch::Column::Lapses;
    default:
        return CardSearch::Column::Modified;
    }
}

QStringList words(const QString &text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    return text.split(whitespace, Qt::SkipEmptyParts);
}

CardEditor::Fields editorFields(const QVariantMap &fields)
{
    return {fields.value(u"front"_s).toString(),
            fields.value(u"back"_s).toString(),
            words(fields.value(u"tags"_s).toString()),
            fields.value(u"source"_s).toString(),
            fields.value(u"deck"_s).toString().trimmed()};
}
}

CardBrowserModel::CardBrowserModel(Collection &collection, Clock clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_collection(collection)
    , m_search(collection.connection(), StudySettings::load(collection.connection()).fsrs, clock)
    , m_editor(std::make_unique<CardEditor>(collection.connection(), std::move(clock)))
{
}

CardBrowserModel::~CardBrowserModel() = default;

int CardBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CardBrowserModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const CardSearch::Row &row = m_rows.at(index.row());
    switch (role) {
    case CardIdRole:
        return row.id;
    case KeyRole:
        return row.key;
    case Qt::DisplayRole:
    case FrontRole:
        return row.front;
    case DeckRole:
        return row.deck;
    case TagsRole:
        return row.tags;
    case StateRole:
        return Fsrs::stateName(row.state);
    case SuspendedRole:
        return row.suspended;
    case DueRole:
        return row.due ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*row.due).date(), QLocale::ShortFormat) : QString();
    case StabilityRole:
        return row.stability ? tr("%1 d").arg(*row.stability, 0, 'f', *row.stability < 10 ? 1 : 0) : QString();
    case LapsesRole:
        return row.lapses;
    default:
        return {};
    }
}

QHash<int, QByteArray> CardBrowserModel::roleNames() const
{
    return {
        {CardIdRole, "cardId"},
        {KeyRole, "key"},
        {FrontRole, "front"},
        {DeckRole, "deck"},
        {TagsRole, "tags"},
        {StateRole, "cardState"},
        {SuspendedRole, "suspended"},
        {DueRole, "due"},
        {StabilityRole, "stability"},
        {LapsesRole, "lapses"},
    };
}

bool CardBrowserModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_replacing && m_rows.size() < m_count;
}

void CardBrowserModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<CardSearch::Row> page = m_search.rows(m_query, m_sort, int(m_rows.size()), PageSize);
    if (page.isEmpty()) {
        return;
    }
    const QScopedValueRollback replacing(m_replacing, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void CardBrowserModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= FrontColumn && column <= LapsesColumn ? column : -1;
    m_sort = m_sortColumn < 0 ? CardSearch::Sort() : CardSearch::Sort {searchColumn(column), order};
    Q_EMIT sortChanged();
    search(true);
}

QString CardBrowserModel::query() const
{
    return m_queryText;
}

void CardBrowserModel::setQuery(const QString &text)
{
    const bool changed = text != m_queryText;
    m_queryText = text;
    m_query = CardQuery::parse(text);
    search(true);
    if (changed) {
        Q_EMIT queryChanged();
    }
}

QString CardBrowserModel::queryError() const
{
    return m_queryError;
}

int CardBrowserModel::count() const
{
    return m_count;
}

int CardBrowserModel::sortColumn() const
{
    return m_sortColumn;
}

Qt::SortOrder CardBrowserModel::sortOrder() const
{
    return m_sort.order;
}

bool CardBrowserModel::canUndo() const
{
    return m_editor->canUndo();
}

QString CardBrowserModel::undoLabel() const
{
    return m_editor->undoLabel();
}

QString CardBrowserModel::message() const
{
    return m_message;
}

void CardBrowserModel::refresh()
{
    search(false);
}

QVariantMap CardBrowserModel::card(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return {};
    }
    const auto content = CardContent::load(m_collection.connection(), m_rows.at(row).id);
    if (!content) {
        return {};
    }
    return {
        {u"id"_s, content->cardId},
        {u"key"_s, content->key},
        {u"front"_s, content->front},
        {u"back"_s, content->back},
        {u"tags"_s, content->tags.join(u' ')},
        {u"source"_s, content->source},
        {u"deck"_s, content->deckName},
    };
}

bool CardBrowserModel::addCard(const QVariantMap &fields)
{
    return apply(m_editor->addCard(editorFields(fields)));
}

bool CardBrowserModel::editCard(int row, const QVariantMap &fields)
{
    if (row < 0 || row >= m_rows.size()) {
        setMessage(tr("No card is selected."));
        return false;
    }
    return apply(m_editor->editCard(m_rows.at(row).id, editorFields(fields)));
}

bool CardBrowserModel::remove(const QList<int> &rows)
{
    return apply(m_editor->deleteCards(cardIds(rows)));
}

bool CardBrowserModel::restore(const QList<int> &rows)
{
    return apply(m_editor->restoreCards(cardIds(rows)));
}

bool CardBrowserModel::suspend(const QList<int> &rows)
{
    return apply(m_editor->setSuspended(cardIds(rows), true));
}

bool CardBrowserModel::unsuspend(const QList<int> &rows)
{
    return apply(m_editor->setSuspended(cardIds(rows), false));
}

bool CardBrowserModel::toggleSuspended(const QList<int> &rows)
{
    const bool allSuspended = std::all_of(rows.cbegin(), rows.cend(), [this](int row) {
        return row >= 0 && row < m_rows.size() && m_rows.at(row).suspended;
    });
    return allSuspended ? unsuspend(rows) : suspend(rows);
}

bool CardBrowserModel::move(const QList<int> &rows, const QString &deck)
{
    return apply(m_editor->moveCards(cardIds(rows), deck.trimmed()));
}

bool CardBrowserModel::retag(const QList<int> &rows, const QString &add, const QString &remove)
{
    return apply(m_editor->retag(cardIds(rows), words(add), words(remove)));
}

bool CardBrowserModel::undo()
{
    return apply(m_editor->undo());
}

QList<qint64> CardBrowserModel::cardIds(const QList<int> &rows) const
{
    QList<qint64> ids;
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size()) {
            ids.append(m_rows.at(row).id);
        }
    }
    return ids;
}

void CardBrowserModel::search(bool reset)
{
    QString error = m_query.errorString();
    int count = 0;
    QList<CardSearch::Row> rows;
    if (m_query.isValid()) {
        count = std::max(0, m_search.count(m_query, &error));
        // A refresh rereads what the view has fetched, so the view keeps its place.
        const int wanted = reset ? PageSize : std::max(int(m_rows.size()), PageSize);
        if (count > 0) {
            rows = m_search.rows(m_query, m_sort, 0, std::min(count, wanted), &error);
        }
    }
    // Views (and QAbstractItemModelTester) may ask for more rows while rows change: not then.
    const QScopedValueRollback replacing(m_replacing, true);
    if (reset) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    } else {
        replaceRows(std::move(rows));
    }
    if (count != m_count) {
        m_count = count;
        Q_EMIT countChanged();
    }
    if (error != m_queryError) {
        m_queryError = error;
        Q_EMIT queryErrorChanged();
    }
}

void CardBrowserModel::replaceRows(QList<CardSearch::Row> rows)
{
    // Overwrite the common prefix, then trim or extend the tail, so views (and their current
    // row) see changed data rather than a reset.
    const int common = int(std::min(rows.size(), m_rows.size()));
    std::copy(rows.cbegin(), rows.cbegin() + common, m_rows.begin());
    if (common > 0) {
        Q_EMIT dataChanged(index(0), index(common - 1));
    }
    if (m_rows.size() > rows.size()) {
        beginRemoveRows({}, common, int(m_rows.size() - 1));
        m_rows.resize(common);
        endRemoveRows();
    } else if (rows.size() > m_rows.size()) {
        beginInsertRows({}, common, int(rows.size() - 1));
        m_rows.append(rows.mid(common));
        endInsertRows();
    }
}

bool CardBrowserModel::apply(const CardEditor::Result &result)
{
    if (!result.ok()) {
        setMessage(result.error);
        return false;
    }
    setMessage({});
    Q_EMIT undoChanged();
    if (result.changes.toInt() != 0) {
        refresh();
        Q_EMIT cardsChanged();
    }
    return true;
}

void CardBrowserModel::setMessage(const QString &message)
{
    if (message != m_message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
}
