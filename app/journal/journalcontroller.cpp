// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalcontroller.h"

#include "cards/studysettings.h"
#include "collection.h"
#include "journal/journalcards.h"
#include "journal/journalmarkdown.h"
#include "journal/journalstore.h"
#include "journallistmodel.h"
#include "progress/localdays.h"

#include <QDateTime>
#include <QSaveFile>

using namespace Qt::StringLiterals;

JournalController::JournalController(Collection &collection, Clock clock, QObject *parent)
    : QObject(parent), m_collection(collection), m_clock(std::move(clock)), m_entries(new JournalListModel(this))
{
    refresh();
}

qint64 JournalController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void JournalController::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorTextChanged();
    }
}

QString JournalController::query() const
{
    return m_query;
}

void JournalController::setQuery(const QString &query)
{
    if (m_query == query) {
        return;
    }
    m_query = query;
    Q_EMIT queryChanged();
    refresh();
}

JournalListModel *JournalController::entries() const
{
    return m_entries;
}

QString JournalController::errorText() const
{
    return m_error;
}

bool JournalController::canUndo() const
{
    return m_deletedId != 0;
}

QString JournalController::undoText() const
{
    return canUndo() ? tr("Undo delete of “%1”").arg(m_deletedTitle) : QString();
}

QString JournalController::today() const
{
    return LocalDays::fromSettings(StudySettings::load(m_collection.connection())).dayOf(now()).toString(Qt::ISODate);
}

void JournalController::refresh()
{
    QString error;
    const auto found = JournalStore(m_collection.connection()).search(m_query, &error);
    if (!found) {
        setError(tr("Cannot search the journal: %1").arg(error));
        return;
    }
    m_entries->setEntries(*found);
}

QVariantMap JournalController::entry(int id) const
{
    const auto stored = JournalStore(m_collection.connection()).entry(id);
    JournalEntry entry = stored.value_or(JournalEntry {});
    if (!stored) {
        entry.day = QDate::fromString(today(), Qt::ISODate);
    }
    QVariantList cards;
    for (const JournalCards::CardRef &card : JournalCards::byKeys(m_collection.connection(), entry.cardKeys)) {
        cards.append(QVariantMap {{u"key"_s, card.key}, {u"front"_s, card.front}});
    }
    return {
        {u"id"_s, int(entry.id)},
        {u"title"_s, entry.title},
        {u"context"_s, entry.context},
        {u"constraints"_s, entry.constraints},
        {u"options"_s, entry.options},
        {u"decision"_s, entry.decision},
        {u"result"_s, entry.result},
        {u"tags"_s, entry.tags.join(u' ')},
        {u"day"_s, entry.day.toString(Qt::ISODate)},
        {u"cards"_s, cards},
    };
}

int JournalController::save(const QVariantMap &fields)
{
    JournalEntry entry;
    entry.id = fields.value(u"id"_s).toLongLong();
    entry.title = fields.value(u"title"_s).toString();
    entry.context = fields.value(u"context"_s).toString();
    entry.constraints = fields.value(u"constraints"_s).toString();
    entry.options = fields.value(u"options"_s).toString();
    entry.decision = fields.value(u"decision"_s).toString();
    entry.result = fields.value(u"result"_s).toString();
    entry.tags = JournalEntry::normalizedTags({fields.value(u"tags"_s).toString()});
    entry.day = QDate::fromString(fields.value(u"day"_s).toString(), Qt::ISODate);
    for (const QVariant &card : fields.value(u"cards"_s).toList()) {
        entry.cardKeys.append(card.toMap().value(u"key"_s).toString());
    }
    JournalStore store(m_collection.connection());
    if (entry.id == 0 && !entry.day.isValid()) {
        setError(tr("The entry's date is not a valid date."));
        return 0;
    }
    const JournalStore::Result result = entry.id == 0 ? store.create(entry, entry.day, now()) : store.update(entry, now());
    if (!result.ok()) {
        setError(result.error);
        return 0;
    }
    setError({});
    refresh();
    return int(result.id);
}

bool JournalController::remove(int id)
{
    const auto stored = JournalStore(m_collection.connection()).entry(id);
    const JournalStore::Result result = JournalStore(m_collection.connection()).remove(id, now());
    if (!result.ok() || !stored) {
        setError(result.error);
        return false;
    }
    m_deletedId = id;
    m_deletedTitle = stored->title;
    Q_EMIT undoChanged();
    setError({});
    refresh();
    return true;
}

bool JournalController::undo()
{
    if (m_deletedId == 0) {
        return false;
    }
    const JournalStore::Result result = JournalStore(m_collection.connection()).restore(m_deletedId);
    m_deletedId = 0;
    m_deletedTitle.clear();
    Q_EMIT undoChanged();
    if (!result.ok()) {
        setError(result.error);
        return false;
    }
    setError({});
    refresh();
    return true;
}

QVariantList JournalController::findCards(const QString &text) const
{
    QVariantList result;
    for (const JournalCards::CardRef &card : JournalCards::matching(m_collection.connection(), text, CardMatchLimit)) {
        result.append(QVariantMap {{u"key"_s, card.key}, {u"front"_s, card.front.simplified()}});
    }
    return result;
}

QString JournalController::markdown() const
{
    return JournalMarkdown::document(m_entries->entries());
}

bool JournalController::exportMarkdown(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(markdown().toUtf8()) < 0 || !out.commit()) {
        setError(tr("Cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    setError({});
    return true;
}
