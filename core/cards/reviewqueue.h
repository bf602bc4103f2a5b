// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studysettings.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Today's cards for a set of decks, in the order Anki shows them.
///
/// 1. Learning and relearning cards that are due now, earliest first.
/// 2. Review cards due today (earliest first) with new cards (deck-file order, i.e. cards.id) spread evenly
///    among them, as Anki's intersperser does; each deck gives at most what is left of its daily limits.
/// 3. When nothing else is left, a learning card due within the learn-ahead limit (20 min) instead of waiting.
///
/// Learning cards due later today come back when due. Suspended, buried, retired and deleted cards never
/// appear; a card without a card_state row is New. The queue lives in memory and is read from the database
/// by reload(), which is cheap (two statements plus one per deck, all on covering indexes): call it after
/// every change (answer, undo, suspend, bury) instead of patching the lists, so that it can never drift from
/// what is stored.
class ReviewQueue final
{
public:
    enum class Kind { New, Learning, Review };

    struct Entry {
        qint64 cardId = 0;
        qint64 deckId = 0;
        Kind kind = Kind::New;
        qint64 dueMs = 0; ///< 0 for a new card, which has no due
    };

    /// What is left today: the numbers on the review screen and in the deck picker.
    struct Counts {
        int newCards = 0;
        int learning = 0; ///< due now or within the learn-ahead limit, as Anki counts them
        int review = 0;

        friend bool operator==(const Counts &, const Counts &) = default;
    };

    struct DeckCounts {
        qint64 deckId = 0;
        Counts counts;
    };

    ReviewQueue(QSqlDatabase db, QList<qint64> deckIds, StudySettings settings);

    /// Reads today's cards at `nowMs`. False (with errorText() set) on a database error; the queue is then empty.
    [[nodiscard]] bool reload(qint64 nowMs);
    [[nodiscard]] QString errorText() const;

    /// The card to show at `nowMs`, or nullopt when nothing is due now (see nextLearningDueMs()).
    [[nodiscard]] std::optional<Entry> next(qint64 nowMs) const;
    [[nodiscard]] Counts counts(qint64 nowMs) const;
    /// When the first learning card left today falls due, to wake the review screen; nullopt when none is left.
    [[nodiscard]] std::optional<qint64> nextLearningDueMs() const;

    /// The counts of every deck for the deck picker, in deck id order; nullopt (with `error` set) on a
    /// database error.
    [[nodiscard]] static std::optional<QList<DeckCounts>> deckCounts(const QSqlDatabase &db, const StudySettings &settings, qint64 nowMs, QString *error);

private:
    [[nodiscard]] std::optional<Entry> nextReviewOrNew() const;

    QSqlDatabase m_db;
    QList<qint64> m_deckIds;
    StudySettings m_settings;
    QString m_error;

    QList<Entry> m_learning; ///< due today, earliest first
    QList<Entry> m_reviews; ///< within the limits, earliest first
    QList<Entry> m_new; ///< within the limits, in card order

    /// The sizes of m_reviews and m_new at the first reload of the study day: how far each has progressed
    /// decides which comes next, so that new cards stay spread evenly across reloads.
    std::optional<qint64> m_mixDayStart;
    qsizetype m_reviewsAtStart = 0;
    qsizetype m_newAtStart = 0;
};
