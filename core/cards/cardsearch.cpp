// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardsearch.h"

#include "storage/sqlfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("CardSearch", text);
}

QString fragment(const QString &name)
{
    // A fragment file starts with a comment line: keep the line break that ends it.
    return SqlFile::load(u"browse/"_s + name).trimmed() + u'\n';
}

/// The ORDER BY expression of a column, over c and s (decks only in a subquery: the page query sorts
/// without joining them).
QString sortExpression(CardSearch::Column column)
{
    switch (column) {
    case CardSearch::Column::Key:
        return u"c.key"_s;
    case CardSearch::Column::Deck:
        return u"(SELECT name FROM decks WHERE id = c.deck_id) COLLATE NOCASE"_s;
    case CardSearch::Column::Front:
        return u"c.front COLLATE NOCASE"_s;
    case CardSearch::Column::Tags:
        return u"c.tags"_s;
    case CardSearch::Column::State:
        return u"coalesce(s.state, 0)"_s;
    case CardSearch::Column::Due:
        return u"s.due"_s;
    case CardSearch::Column::Interval:
        return fragment(u"interval_days"_s);
    case CardSearch::Column::Stability:
        return u"s.stability"_s;
    case CardSearch::Column::Difficulty:
        return u"s.difficulty"_s;
    case CardSearch::Column::Lapses:
        return u"coalesce(s.lapses, 0)"_s;
    case CardSearch::Column::Reps:
        return u"coalesce(s.reps, 0)"_s;
    case CardSearch::Column::Suspended:
        return u"coalesce(s.suspended, 0)"_s;
    case CardSearch::Column::Flag:
        return u"coalesce(s.flag, 0)"_s;
    case CardSearch::Column::Modified:
        return u"c.modified_at"_s;
    }
    return u"c.id"_s;
}

bool sortReadsState(CardSearch::Column column)
{
    return column != CardSearch::Column::Key && column != CardSearch::Column::Deck && column != CardSearch::Column::Front && column != CardSearch::Column::Tags
        && column != CardSearch::Column::Modified;
}

/// A browse statement with a query's condition, the card_state join when needed and the order in
/// place of the braces; the condition's values are bound in order.
QSqlQuery prepare(const QSqlDatabase &db, const QString &name, const CardQuery::Sql &sql, const QString &order, bool joinState, QString *error)
{
    QString text = SqlFile::load(u"browse/"_s + name);
    text.replace(u"{where}"_s, sql.where)
        .replace(u"{order}"_s, order)
        .replace(u"{interval}"_s, fragment(u"interval_days"_s))
        .replace(u"{state}"_s, joinState ? fragment(u"state_join"_s) : QString());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(text)) {
        *error = query.lastError().text();
        return query;
    }
    for (const QVariant &value : sql.values) {
        query.addBindValue(value);
    }
    return query;
}

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}
}

CardSearch::CardSearch(QSqlDatabase db, Fsrs::FsrsParameters parameters, std::function<qint64()> clock)
    : m_db(std::move(db)), m_parameters(std::move(parameters)), m_clock(std::move(clock))
{
}

CardQuery::Context CardSearch::context() const
{
    return {m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch(), m_parameters};
}

QList<CardSearch::Row> CardSearch::rows(const CardQuery &query, const Sort &sort, int offset, int limit, QString *error) const
{
    QString problem = query.errorString();
    QList<Row> result;
    if (problem.isEmpty()) {
        const QString direction = sort.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
        // The id breaks ties, so that pages of equal sort keys neither repeat nor skip cards.
        const QString order = u"%1 %2, c.id %2"_s.arg(sortExpression(sort.column), direction);
        const CardQuery::Sql sql = query.toSql(context());
        QSqlQuery select = prepare(m_db, u"rows"_s, sql, order, sql.readsState || sortReadsState(sort.column), &problem);
        select.addBindValue(limit);
        select.addBindValue(offset);
        if (problem.isEmpty() && !select.exec()) {
            problem = select.lastError().text();
        }
        while (problem.isEmpty() && select.next()) {
            Row row;
            row.id = select.value(0).toLongLong();
            row.key = select.value(1).toString();
            row.deck = select.value(2).toString();
            row.front = plainSnippet(select.value(3).toString());
            row.tags = select.value(4).toString();
            row.state = static_cast<Fsrs::CardState>(select.value(5).toInt());
            row.due = select.value(6).isNull() ? std::nullopt : std::optional<qint64>(select.value(6).toLongLong());
            row.intervalDays = select.value(7).toLongLong();
            row.stability = optionalReal(select.value(8));
            row.difficulty = optionalReal(select.value(9));
            row.lapses = select.value(10).toInt();
            row.reps = select.value(11).toInt();
            row.suspended = select.value(12).toInt() != 0;
            row.flag = select.value(13).toInt();
            row.modified = select.value(14).toLongLong();
            result.append(row);
        }
    }
    if (error) {
        *error = problem;
    }
    return problem.isEmpty() ? result : QList<Row> {};
}

int CardSearch::count(const CardQuery &query, QString *error) const
{
    QString problem = query.errorString();
    int matches = -1;
    if (problem.isEmpty()) {
        const CardQuery::Sql sql = query.toSql(context());
        QSqlQuery select = prepare(m_db, u"count"_s, sql, {}, sql.readsState, &problem);
        if (problem.isEmpty() && select.exec() && select.next()) {
            matches = select.value(0).toInt();
        } else if (problem.isEmpty()) {
            problem = select.lastError().isValid() ? select.lastError().text() : tr("the count returned no row");
        }
    }
    if (error) {
        *error = problem;
    }
    return problem.isEmpty() ? matches : -1;
}

QString CardSearch::plainSnippet(const QString &markdown)
{
    static const QRegularExpression fence(u"^\\s*(```|~~~).*$"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression blockMarkers(u"^\\s*(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)+"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression link(u"!?\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    // Emphasis opens after a non-word character and closes before one, so snake_case survives.
    static const QRegularExpression emphasis(u"(?<![\\w\\\\])([*_]{1,3}|~~)(?=\\S)(.+?)(?<=\\S)\\1(?!\\w)"_s);
    static const QRegularExpression code(u"`+"_s);
    static const QRegularExpression escape(u"\\\\([\\\\`*_{}\\[\\]()#+\\-.!~|<>])"_s);

    QString text = markdown;
    // Emphasis twice: the outer markers of `**a *b* c**` hide the inner ones from the first pass.
    text.remove(fence).remove(blockMarkers).replace(link, u"\\1"_s).replace(emphasis, u"\\2"_s).replace(emphasis, u"\\2"_s);
    text.remove(code).replace(escape, u"\\1"_s);
    text = text.simplified();
    if (text.size() > SnippetLength) {
        text.truncate(text.at(SnippetLength - 2).isHighSurrogate() ? SnippetLength - 2 : SnippetLength - 1);
        text += u'…';
    }
    return text;
}
