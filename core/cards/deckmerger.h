// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdowndeck.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcDeckMerge) // "mlprep.cards"

/// Brings the built-in decks into the database by stable id, on every start.
///
/// In one transaction: new decks and cards are inserted (deck origin `builtin`); a card whose text,
/// tags, source, follow-ups, kind, generator or deck changed is updated and its `modified_at` bumped; a
/// built-in card no longer in any file is retired (`retired = 1`), never deleted; a retired card
/// that reappears is un-retired. `card_state` and `review_log` are never read or written, so a
/// user's schedule and history survive every upgrade.
///
/// Start-up stays fast: the SHA-1 of the files is kept in the settings table (`decks/builtin_hash`)
/// and, when it has not changed, nothing is parsed and nothing is written.
class DeckMerger final
{
public:
    /// One deck file: a name (for ordering, the hash and problem messages) and its bytes.
    struct Source {
        QString name;
        QByteArray contents;
    };

    struct Options {
        /// Skip everything when the files hash to the stored value. Tests turn it off to check
        /// that a full merge of unchanged files changes nothing.
        bool useFastPath = true;
        /// The time written to created_at/modified_at, in UTC epoch ms; 0 means now.
        qint64 now = 0;
    };

    struct Report {
        bool ok = true; ///< false when the database refused the merge; nothing was written then
        bool upToDate = false; ///< the fast path found the files unchanged; nothing was parsed
        int decksAdded = 0;
        int decksUpdated = 0;
        int added = 0;
        int updated = 0; ///< content changed (text, tags, source, follow-ups, kind, generator or deck)
        int retired = 0;
        int restored = 0; ///< retired cards that are back in a file
        QList<MarkdownDeck::Problem> problems; ///< parse problems and cards that could not be merged
        QString error; ///< the database error when `ok` is false

        [[nodiscard]] bool changedAnything() const;
    };

    /// The settings key holding the hash of the last merged set of files.
    static const QString HashSettingKey;
    /// Where the built-in decks are compiled in (the mlprep_resources library).
    static const QString BuiltinDirectory;

    explicit DeckMerger(QSqlDatabase db);

    /// Merges the compiled-in decks (BuiltinDirectory).
    [[nodiscard]] Report mergeBuiltin(const Options &options);
    [[nodiscard]] Report mergeBuiltin();

    /// Merges a given set of files, the seam tests use. Every built-in card that is not in
    /// `sources` is retired, except cards whose file had a problem that left them out. An empty
    /// set (a binary without mlprep_resources) changes nothing: it must never retire every card.
    [[nodiscard]] Report merge(const QList<Source> &sources, const Options &options);
    [[nodiscard]] Report merge(const QList<Source> &sources);

    /// The `*.md` files of a folder (or a `:/` resource folder), sorted by name.
    [[nodiscard]] static QList<Source> sourcesIn(const QString &directory);

    /// Hex SHA-1 over the files sorted by name (names and contents), salted with the merge
    /// version so that a change in how files are read re-runs the merge once.
    [[nodiscard]] static QString hashOf(QList<Source> sources);

private:
    QSqlDatabase m_db;
};
