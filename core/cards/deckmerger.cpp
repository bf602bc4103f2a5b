// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckmerger.h"

#include "storage/settingsstore.h"
#include "storage/sqlfile.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDeckMerge, "mlprep.cards", QtWarningMsg)

const QString DeckMerger::HashSettingKey = u"decks/builtin_hash"_s;
const QString DeckMerger::BuiltinDirectory = u":/mlprep/decks"_s;

namespace
{
/// Bump when the way files become rows changes (parser or merge rules), so that every existing
/// database runs one full merge on its next start even though the files are the same.
constexpr QByteArrayView MergeVersion = "mlprep-builtin-decks/2";

QString tr(const char *text)
{
    return QCoreApplication::translate("DeckMerger", text);
}

struct DeckRow {
    qint64 id = 0;
    QString name;
    QString topic;
    QString description;
    QString origin;
};

struct CardRow {
    qint64 id = 0;
    qint64 deckId = 0;
    QString kind;
    QString front;
    QString back;
    QString tags;
    QString source;
    QString followUps;
    bool retired = false;
    bool builtin = false;
    QString derive;
    bool userEdited = false; ///< changed in the card editor: the user's content wins over the file's
};

/// Text columns are NOT NULL: an absent value is bound as '' (a null QString binds as NULL).
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

/// Runs a prepared statement; on failure sets `error` to the statement's name and the reason.
bool execute(QSqlQuery &query, const QString &name, QString *error)
{
    if (query.exec()) {
        return true;
    }
    *error = u"%1: %2"_s.arg(name, query.lastError().text());
    return false;
}
}

bool DeckMerger::Report::changedAnything() const
{
    return decksAdded + decksUpdated + added + updated + retired + restored > 0;
}

DeckMerger::DeckMerger(QSqlDatabase db) : m_db(std::move(db))
{
}

DeckMerger::Report DeckMerger::mergeBuiltin()
{
    return mergeBuiltin(Options {});
}

DeckMerger::Report DeckMerger::mergeBuiltin(const Options &options)
{
    return merge(sourcesIn(BuiltinDirectory), options);
}

DeckMerger::Report DeckMerger::merge(const QList<Source> &sources)
{
    return merge(sources, Options {});
}

DeckMerger::Report DeckMerger::merge(const QList<Source> &sources, const Options &options)
{
    Report report;
    if (sources.isEmpty()) {
        // A binary without mlprep_resources, or a folder that is gone: never read as "every
        // built-in card was removed".
        qCWarning(lcDeckMerge) << "no built-in deck files found; the database is left as it is";
        return report;
    }
    const QString hash = hashOf(sources);
    SettingsStore settings(m_db);
    if (options.useFastPath && settings.value(HashSettingKey) == hash) {
        report.upToDate = true;
        return report;
    }

    QList<Source> sorted = sources;
    std::sort(sorted.begin(), sorted.end(), [](const Source &a, const Source &b) {
        return a.name < b.name;
    });

    // Parse every file first: nothing is written unless the whole set is known.
    QList<DeckFile> decks;
    QSet<QString> keepAsIs; // ids of cards a problem left out: neither updated nor retired
    QHash<QString, QString> deckFiles; // deck key → file
    QHash<QString, QString> cardFiles; // card key → file
    bool canRetire = true;
    for (const Source &source : std::as_const(sorted)) {
        MarkdownDeck::ParseResult result = MarkdownDeck::parse(source.contents, source.name);
        for (const auto &problem : std::as_const(result.problems)) {
            if (!problem.cardKey.isEmpty()) {
                keepAsIs.insert(problem.cardKey);
            }
        }
        report.problems += result.problems;
        if (!result.hasDeck()) {
            // Its cards cannot be told apart from removed ones, so this merge retires nothing.
            canRetire = false;
            report.problems.append({source.name, 0, {}, tr("has no valid deck-id: its cards were not merged and no card was retired")});
            continue;
        }
        DeckFile &deck = result.deck;
        if (const auto it = deckFiles.constFind(deck.key); it != deckFiles.constEnd()) {
            report.problems.append({source.name, 0, {}, tr("deck-id '%1' is also used by %2: this file was not merged").arg(deck.key, *it)});
            for (const CardDraft &card : std::as_const(deck.cards)) {
                keepAsIs.insert(card.key);
            }
            continue;
        }
        deckFiles.insert(deck.key, source.name);
        deck.cards.removeIf([&](const CardDraft &card) {
            const auto it = cardFiles.constFind(card.key);
            if (it == cardFiles.constEnd()) {
                cardFiles.insert(card.key, source.name);
                return false;
            }
            report.problems.append({source.name, card.line, card.key, tr("card id '%1' is also used in %2: this card was not merged").arg(card.key, *it)});
            return true;
        });
        decks.append(std::move(deck));
    }

    const qint64 now = options.now != 0 ? options.now : QDateTime::currentMSecsSinceEpoch();
    auto fail = [&report](const QString &error) {
        Report failed;
        failed.ok = false;
        failed.error = error;
        failed.problems = report.problems;
        qCWarning(lcDeckMerge) << "built-in deck merge failed, nothing was changed:" << error;
        return failed;
    };

    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(transaction.errorText());
    }
    QString error;

    QHash<QString, DeckRow> deckRows;
    {
        QSqlQuery query = SqlFile::prepare(m_db, u"decks/merge_select"_s);
        query.setForwardOnly(true);
        if (!execute(query, u"decks/merge_select"_s, &error)) {
            return fail(error);
        }
        while (query.next()) {
            deckRows.insert(
                query.value(1).toString(),
                {query.value(0).toLongLong(), query.value(2).toString(), query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
        }
    }
    QHash<QString, CardRow> cardRows;
    {
        QSqlQuery query = SqlFile::prepare(m_db, u"cards/merge_select"_s);
        query.setForwardOnly(true);
        if (!execute(query, u"cards/merge_select"_s, &error)) {
            return fail(error);
        }
        while (query.next()) {
            cardRows.insert(query.value(1).toString(),
                            {query.value(0).toLongLong(),
                             query.value(2).toLongLong(),
                             query.value(3).toString(),
                             query.value(4).toString(),
                             query.value(5).toString(),
                             query.value(6).toString(),
                             query.value(7).toString(),
                             query.value(8).toString(),
                             query.value(9).toInt() != 0,
                             query.value(10).toString() == u"builtin"_s,
                             query.value(11).toString(),
                             query.value(12).toInt() != 0});
        }
    }

    QSqlQuery insertDeck = SqlFile::prepare(m_db, u"decks/merge_insert"_s);
    QSqlQuery updateDeck = SqlFile::prepare(m_db, u"decks/merge_update"_s);
    QSqlQuery insertCard = SqlFile::prepare(m_db, u"cards/merge_insert"_s);
    QSqlQuery updateCard = SqlFile::prepare(m_db, u"cards/merge_update"_s);
    QSqlQuery retireCard = SqlFile::prepare(m_db, u"cards/merge_retire"_s);

    QSet<QString> merged;
    for (const DeckFile &deck : std::as_const(decks)) {
        const QString &file = deckFiles.value(deck.key);
        qint64 deckId = 0;
        const auto existingDeck = deckRows.constFind(deck.key);
        if (existingDeck == deckRows.constEnd()) {
            insertDeck.addBindValue(deck.key);
            insertDeck.addBindValue(text(deck.title));
            insertDeck.addBindValue(text(deck.topic));
            insertDeck.addBindValue(text(deck.description));
            insertDeck.addBindValue(now);
            if (!execute(insertDeck, u"decks/merge_insert"_s, &error)) {
                return fail(error);
            }
            deckId = insertDeck.lastInsertId().toLongLong();
            ++report.decksAdded;
        } else if (existingDeck->origin != u"builtin"_s) {
            report.problems.append({file, 0, {}, tr("deck-id '%1' is taken by one of your own decks: this built-in deck was not merged").arg(deck.key)});
            for (const CardDraft &card : deck.cards) {
                keepAsIs.insert(card.key);
            }
            continue;
        } else {
            deckId = existingDeck->id;
            if (existingDeck->name != deck.title || existingDeck->topic != deck.topic || existingDeck->description != deck.description) {
                updateDeck.addBindValue(text(deck.title));
                updateDeck.addBindValue(text(deck.topic));
                updateDeck.addBindValue(text(deck.description));
                updateDeck.addBindValue(deckId);
                if (!execute(updateDeck, u"decks/merge_update"_s, &error)) {
                    return fail(error);
                }
                ++report.decksUpdated;
            }
        }

        for (const CardDraft &card : deck.cards) {
            const QString kind = cardKindName(card.kind);
            const QString tags = card.tags.join(u' ');
            const QString followUps = card.followUps.join(u' ');
            const auto existing = cardRows.constFind(card.key);
            if (existing == cardRows.constEnd()) {
                for (const QVariant &value : {QVariant(card.key),
                                              QVariant(deckId),
                                              text(kind),
                                              text(card.front),
                                              text(card.back),
                                              text(tags),
                                              text(card.source),
                                              text(followUps),
                                              QVariant(now),
                                              QVariant(now),
                                              text(card.derive)}) {
                    insertCard.addBindValue(value);
                }
                if (!execute(insertCard, u"cards/merge_insert"_s, &error)) {
                    return fail(error);
                }
                ++report.added;
                merged.insert(card.key);
                continue;
            }
            if (existing->userEdited) {
                merged.insert(card.key); // the user's edit wins over the file: neither updated nor retired
                continue;
            }
            if (!existing->builtin) {
                report.problems.append({file,
                                        card.line,
                                        card.key,
                                        tr("card id '%1' is taken by a card in one of your own decks: the built-in card was not merged").arg(card.key)});
                continue;
            }
            merged.insert(card.key);
            const bool changed = existing->deckId != deckId || existing->kind != kind || existing->front != card.front || existing->back != card.back
                || existing->tags != tags || existing->source != card.source || existing->followUps != followUps || existing->derive != card.derive;
            if (!changed && !existing->retired) {
                continue;
            }
            for (const QVariant &value : {QVariant(deckId),
                                          text(kind),
                                          text(card.front),
                                          text(card.back),
                                          text(tags),
                                          text(card.source),
                                          text(followUps),
                                          QVariant(now),
                                          text(card.derive),
                                          QVariant(existing->id)}) {
                updateCard.addBindValue(value);
            }
            if (!execute(updateCard, u"cards/merge_update"_s, &error)) {
                return fail(error);
            }
            report.updated += changed ? 1 : 0;
            report.restored += existing->retired ? 1 : 0;
        }
    }

    if (canRetire) {
        for (auto it = cardRows.cbegin(); it != cardRows.cend(); ++it) {
            if (!it->builtin || it->retired || it->userEdited || merged.contains(it.key()) || keepAsIs.contains(it.key())) {
                continue;
            }
            retireCard.addBindValue(now);
            retireCard.addBindValue(it->id);
            if (!execute(retireCard, u"cards/merge_retire"_s, &error)) {
                return fail(error);
            }
            ++report.retired;
        }
    }

    if (!settings.setValue(HashSettingKey, hash)) {
        return fail(tr("cannot save %1").arg(HashSettingKey));
    }
    if (!transaction.commit()) {
        return fail(transaction.errorText());
    }
    qCInfo(lcDeckMerge).nospace() << "merged built-in decks: " << report.decksAdded << " decks added, " << report.decksUpdated << " updated; " << report.added
                                  << " cards added, " << report.updated << " updated, " << report.retired << " retired, " << report.restored << " restored";
    return report;
}

QList<DeckMerger::Source> DeckMerger::sourcesIn(const QString &directory)
{
    QList<Source> sources;
    const QDir dir(directory);
    const QStringList names = dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            // Kept as an empty file: it then has no deck-id, so its cards are not retired.
            qCWarning(lcDeckMerge) << "cannot read" << file.fileName() << file.errorString();
            sources.append({name, {}});
            continue;
        }
        sources.append({name, file.readAll()});
    }
    return sources;
}

QString DeckMerger::hashOf(QList<Source> sources)
{
    std::sort(sources.begin(), sources.end(), [](const Source &a, const Source &b) {
        return a.name < b.name;
    });
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(MergeVersion);
    for (const Source &source : std::as_const(sources)) {
        const QByteArray name = source.name.toUtf8();
        hash.addData(QByteArrayView("\n", 1));
        hash.addData(QByteArray::number(name.size()));
        hash.addData(QByteArrayView(":", 1));
        hash.addData(name);
        hash.addData(QByteArray::number(source.contents.size()));
        hash.addData(QByteArrayView(":", 1));
        hash.addData(source.contents);
    }
    return QString::fromLatin1(hash.result().toHex());
}
