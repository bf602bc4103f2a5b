// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardeditor.h"

#include "storage/sqlfile.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

/// What one operation changed, enough to put it back: the columns it overwrote (as `write` takes
/// them) and the rows it created.
struct CardEditor::UndoEntry {
    struct Before {
        qint64 cardId = 0;
        QVariantList values;
    };

    QString label;
    StoreChanges changes = StoreChange::Cards;
    QString write;
    QList<Before> before;
    QList<qint64> createdCards;
    QList<qint64> createdStates; ///< card_state rows a suspend created
    QList<qint64> createdDecks;

    [[nodiscard]] bool isEmpty() const
    {
        return before.isEmpty() && createdCards.isEmpty() && createdDecks.isEmpty();
    }
};

namespace
{
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("CardEditor", text, nullptr, n);
}

CardEditor::Result failure(const QString &error)
{
    CardEditor::Result result;
    result.error = error;
    return result;
}

/// Text columns are NOT NULL: an absent value is bound as '' (a null QString binds as NULL).
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QString generatedKey()
{
    return u"user-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Tags as stored: split on whitespace, duplicates (ignoring case) dropped, in order.
QStringList normalizedTags(const QStringList &tags)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QStringList result;
    for (const QString &tag : tags) {
        for (const QString &part : tag.split(whitespace, Qt::SkipEmptyParts)) {
            if (!result.contains(part, Qt::CaseInsensitive)) {
                result.append(part);
            }
        }
    }
    return result;
}

QSqlQuery statement(const QSqlDatabase &db, const QString &name, const QVariantList &values)
{
    QSqlQuery query = SqlFile::prepare(db, u"browse/"_s + name);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    return query;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec()) {
        return true;
    }
    *error = query.lastError().text();
    return false;
}

bool run(const QSqlDatabase &db, const QString &name, const QVariantList &values, QString *error)
{
    QSqlQuery query = statement(db, name, values);
    return run(query, error);
}
}

bool CardEditor::Result::ok() const
{
    return error.isEmpty();
}

CardEditor::CardEditor(QSqlDatabase db, std::function<qint64()> clock) : m_db(std::move(db)), m_clock(std::move(clock))
{
}

CardEditor::~CardEditor() = default;

qint64 CardEditor::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

CardEditor::Result CardEditor::addCard(const Fields &fields)
{
    if (fields.front.trimmed().isEmpty()) {
        return failure(tr("The front of a card cannot be empty."));
    }
    qint64 cardId = 0;
    Result result = transact(QT_TRANSLATE_NOOP("CardEditor", "Add card"), [&](UndoEntry &entry, QString *error) {
        const qint64 deck = deckId(fields.deck, entry, error);
        const qint64 at = now();
        QSqlQuery insert
            = statement(m_db,
                        u"card_insert"_s,
                        {generatedKey(), deck, fields.front, text(fields.back), text(normalizedTags(fields.tags).join(u' ')), text(fields.source), at, at});
        if (error->isEmpty() && run(insert, error)) {
            cardId = insert.lastInsertId().toLongLong();
            entry.createdCards.append(cardId);
        }
    });
    result.cardId = result.ok() ? cardId : 0;
    return result;
}

CardEditor::Result CardEditor::editCard(qint64 cardId, const Fields &fields)
{
    if (fields.front.trimmed().isEmpty()) {
        return failure(tr("The front of a card cannot be empty."));
    }
    return transact(QT_TRANSLATE_NOOP("CardEditor", "Edit card"), [&](UndoEntry &entry, QString *error) {
        const qint64 deck = fields.deck.trimmed().isEmpty() ? 0 : deckId(fields.deck, entry, error);
        const QVariantList content {fields.front, text(fields.back), text(normalizedTags(fields.tags).join(u' ')), text(fields.source)};
        const qint64 at = now();
        change(
            u"content_select"_s,
            u"content_write"_s,
            {cardId},
            [&](qint64, QVariantList &values) {
                const QVariant newDeck = deck != 0 ? QVariant(deck) : values.at(0);
                const bool same = newDeck.toLongLong() == values.at(0).toLongLong() && content == values.mid(1, content.size());
                values = QVariantList {newDeck} + content + QVariantList {1, at};
                return !same;
            },
            entry,
            error);
    });
}

CardEditor::Result CardEditor::deleteCards(const QList<qint64> &cardIds)
{
    const qint64 at = now();
    return transact(QT_TRANSLATE_NOOP("CardEditor", "Delete %n card(s)"), [&](UndoEntry &entry, QString *error) {
        change(
            u"deleted_select"_s,
            u"deleted_write"_s,
            cardIds,
            [at](qint64, QVariantList &values) {
                const bool live = values.at(0).isNull();
                values = {at, at};
                return live;
            },
            entry,
            error);
    });
}

CardEditor::Result CardEditor::restoreCards(const QList<qint64> &cardIds)
{
    const qint64 at = now();
    return transact(QT_TRANSLATE_NOOP("CardEditor", "Restore %n card(s)"), [&](UndoEntry &entry, QString *error) {
        change(
            u"deleted_select"_s,
            u"deleted_write"_s,
            cardIds,
            [at](qint64, QVariantList &values) {
                const bool deleted = !values.at(0).isNull();
                values = {QVariant(), at};
                return deleted;
            },
            entry,
            error);
    });
}

CardEditor::Result CardEditor::setSuspended(const QList<qint64> &cardIds, bool suspended)
{
    const char *label = suspended ? QT_TRANSLATE_NOOP("CardEditor", "Suspend %n card(s)") : QT_TRANSLATE_NOOP("CardEditor", "Unsuspend %n card(s)");
    return transact(label, [&](UndoEntry &entry, QString *error) {
        QSqlQuery exists = SqlFile::prepare(m_db, u"browse/state_exists"_s);
        change(
            u"suspended_select"_s,
            u"suspended_write"_s,
            cardIds,
            [&](qint64 cardId, QVariantList &values) {
                if ((values.at(0).toInt() != 0) == suspended) {
                    return false;
                }
                exists.addBindValue(cardId);
                QString unknown; // then the row is kept on undo, with `suspended` put back
                if (run(exists, &unknown) && exists.next() && exists.value(0).toInt() == 0) {
                    entry.createdStates.append(cardId);
                }
                exists.finish();
                values = {int(suspended)};
                return true;
            },
            entry,
            error);
    });
}

CardEditor::Result CardEditor::moveCards(const QList<qint64> &cardIds, const QString &deck)
{
    const qint64 at = now();
    return transact(QT_TRANSLATE_NOOP("CardEditor", "Move %n card(s)"), [&](UndoEntry &entry, QString *error) {
        const qint64 target = deckId(deck, entry, error);
        change(
            u"deck_of_select"_s,
            u"deck_of_write"_s,
            cardIds,
            [target, at](qint64, QVariantList &values) {
                const bool moves = values.at(0).toLongLong() != target;
                values = {target, 1, at};
                return moves;
            },
            entry,
            error);
    });
}

CardEditor::Result CardEditor::retag(const QList<qint64> &cardIds, const QStringList &add, const QStringList &remove)
{
    const QStringList added = normalizedTags(add);
    const QStringList removed = normalizedTags(remove);
    const qint64 at = now();
    return transact(QT_TRANSLATE_NOOP("CardEditor", "Retag %n card(s)"), [&](UndoEntry &entry, QString *error) {
        change(
            u"tags_select"_s,
            u"tags_write"_s,
            cardIds,
            [&](qint64, QVariantList &values) {
                QStringList tags = normalizedTags({values.at(0).toString()});
                tags.removeIf([&](const QString &tag) {
                    return removed.contains(tag, Qt::CaseInsensitive);
                });
                const QVariant joined = text(normalizedTags(tags + added).join(u' '));
                const bool changed = joined.toString() != values.at(0).toString();
                values = {joined, 1, at};
                return changed;
            },
            entry,
            error);
    });
}

bool CardEditor::canUndo() const
{
    return !m_undo.empty();
}

QString CardEditor::undoLabel() const
{
    return m_undo.empty() ? QString() : m_undo.back().label;
}

CardEditor::Result CardEditor::undo()
{
    if (m_undo.empty()) {
        return failure(tr("There is nothing to undo."));
    }
    const UndoEntry &entry = m_undo.back();
    Transaction transaction(m_db);
    QString error = transaction.isActive() ? QString() : transaction.errorText();
    // Newest first, so that a card listed twice ends as it was before the first change.
    for (auto it = entry.before.crbegin(); error.isEmpty() && it != entry.before.crend(); ++it) {
        (void)run(m_db, entry.write, QVariantList(it->values) << it->cardId, &error);
    }
    for (const qint64 cardId : entry.createdStates) {
        (void)(error.isEmpty() && run(m_db, u"state_remove_untouched"_s, {cardId}, &error));
    }
    const qint64 at = now();
    for (const qint64 cardId : entry.createdCards) {
        QSqlQuery remove = statement(m_db, u"card_remove_unreviewed"_s, {cardId, cardId});
        if (error.isEmpty() && run(remove, &error) && remove.numRowsAffected() == 0) {
            (void)run(m_db, u"deleted_write"_s, {at, at, cardId}, &error);
        }
    }
    for (const qint64 deckId : entry.createdDecks) {
        (void)(error.isEmpty() && run(m_db, u"deck_remove_empty"_s, {deckId, deckId}, &error));
    }
    if (error.isEmpty() && !transaction.commit()) {
        error = transaction.errorText();
    }
    if (!error.isEmpty()) {
        return failure(error);
    }
    Result result;
    result.changes = entry.changes;
    m_undo.pop_back();
    return result;
}

void CardEditor::change(const QString &select, const QString &write, const QList<qint64> &cardIds, const Change &change, UndoEntry &entry, QString *error)
{
    if (!error->isEmpty()) {
        return;
    }
    entry.write = write;
    QSqlQuery read = SqlFile::prepare(m_db, u"browse/"_s + select);
    QSqlQuery update = SqlFile::prepare(m_db, u"browse/"_s + write);
    for (const qint64 cardId : cardIds) {
        read.addBindValue(cardId);
        if (!run(read, error)) {
            return;
        }
        if (!read.next()) {
            *error = tr("There is no card with id %1.").arg(cardId);
            return;
        }
        QVariantList values;
        for (int column = 0; column < read.record().count(); ++column) {
            values.append(read.value(column));
        }
        read.finish();
        QVariantList after = values;
        if (!change(cardId, after)) {
            continue;
        }
        for (const QVariant &value : std::as_const(after)) {
            update.addBindValue(value);
        }
        update.addBindValue(cardId);
        if (!run(update, error)) {
            return;
        }
        entry.before.append({cardId, values});
    }
}

qint64 CardEditor::deckId(const QString &name, UndoEntry &entry, QString *error)
{
    const QString trimmed = name.trimmed();
    if (!error->isEmpty()) {
        return 0;
    }
    if (trimmed.isEmpty()) {
        *error = tr("Choose a deck.");
        return 0;
    }
    QSqlQuery find = statement(m_db, u"deck_find"_s, {trimmed});
    if (!run(find, error)) {
        return 0;
    }
    if (find.next()) {
        return find.value(0).toLongLong();
    }
    QSqlQuery insert = statement(m_db, u"deck_insert"_s, {generatedKey(), trimmed, now()});
    if (!run(insert, error)) {
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    entry.createdDecks.append(id);
    entry.changes |= StoreChange::Decks;
    return id;
}

CardEditor::Result CardEditor::transact(const char *label, const Operation &operation)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return failure(transaction.errorText());
    }
    UndoEntry entry;
    QString error;
    operation(entry, &error);
    if (!error.isEmpty()) {
        return failure(error); // the transaction rolls back
    }
    Result result;
    if (entry.isEmpty()) {
        return result; // nothing changed
    }
    if (!transaction.commit()) {
        return failure(transaction.errorText());
    }
    entry.label = tr(label, int(entry.before.size()));
    result.changes = entry.changes;
    m_undo.push_back(std::move(entry));
    if (m_undo.size() > size_t(UndoLimit)) {
        m_undo.erase(m_undo.begin());
    }
    return result;
}
