// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardstaterepository.h"
#include "fsrs.h"
#include "reviewlogrepository.h"
#include "storage/changes.h"
#include "studysettings.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <functional>
#include <optional>

/// Everything the review screen changes: answers, suspend, bury, flag, and undo of each.
///
/// The view chooses and the core decides, as in Anki: preview() gives the four outcomes with their labels
/// and the state they were computed from; answer() gets that state back and refuses the answer when the
/// stored state is no longer the same (Anki's `require!` on the current state), so a double click or a
/// second window can never apply an answer twice. Every call is one transaction and reports what it
/// changed. One instance is one study session: its undo stack covers the session's answers and marks,
/// newest first, like Anki's undo. Time always comes in as an argument.
class ReviewService final
{
public:
    enum class Error {
        None,
        NotFound, ///< no such card, or it was retired or deleted
        Stale, ///< the card changed since it was shown (answered elsewhere, suspended, buried)
        InvalidArgument,
        Database,
        NothingToUndo,
    };

    struct Result {
        Error error = Error::None;
        QString message; ///< why, when error is not None
        StoreChanges changes; ///< what was written; none when the call failed or had nothing to change

        [[nodiscard]] bool ok() const;
    };

    struct AnswerResult : Result {
        Fsrs::ReviewOutcome outcome; ///< the card's new schedule
        qint64 logId = 0; ///< the review_log row written
    };

    enum class UndoKind { Answer, Suspend, Unsuspend, Bury, Flag };

    struct UndoResult : Result {
        UndoKind kind = UndoKind::Answer;
        qint64 cardId = 0; ///< the card put back; after undoing an answer the review screen shows it again
    };

    struct Button {
        Fsrs::Rating rating = Fsrs::Rating::Good;
        Fsrs::ReviewOutcome outcome;
        QString label; ///< the interval as Anki writes it on the button: "10m", "3d", "1.2mo"
    };

    struct Preview {
        Fsrs::FsrsCard shown; ///< the state the outcomes start from: pass it back to answer() unchanged
        std::array<Button, 4> buttons; ///< Again, Hard, Good, Easy
    };

    ReviewService(QSqlDatabase db, StudySettings settings);

    /// The four next intervals of a live card answered at `nowMs`; nullopt when there is no such card (or
    /// on a database error, which is logged).
    [[nodiscard]] std::optional<Preview> preview(qint64 cardId, qint64 nowMs) const;

    /// Answers a card: Fsrs::review with the session's parameters, then the new card_state and one
    /// review_log row in one transaction. `shownState` is Preview::shown; `answerDurationMs` is capped at
    /// ReviewLogRepository::MaxDurationMs.
    AnswerResult answer(qint64 cardId, Fsrs::Rating rating, qint64 nowMs, qint64 answerDurationMs, const Fsrs::FsrsCard &shownState);

    Result setSuspended(qint64 cardId, bool suspended);
    /// Hides a card until the next study day starts.
    Result buryUntilTomorrow(qint64 cardId, qint64 nowMs);
    /// 0 removes the flag; 1–4 are the flags the review screen sets (Ctrl+1…4); 5–7 exist for Anki imports.
    Result setFlag(qint64 cardId, int flag);

    /// Reverts the newest step still on the stack: restores the card's previous card_state row exactly (or
    /// removes the row it created) and deletes the review_log row of an answer, in one transaction. A step
    /// whose card was changed since by someone else is dropped and reported as Stale.
    UndoResult undo();
    /// What undo() would revert, for the "Undo Answer" menu text; nullopt when the stack is empty.
    [[nodiscard]] std::optional<UndoKind> nextUndo() const;
    [[nodiscard]] qsizetype undoDepth() const;

    /// The fuzz value u in [0, 1) of a card's next answer: a hash of its id and answer count, so that the
    /// preview and the answer get the same interval and no random number is drawn anywhere.
    [[nodiscard]] static double fuzzFactor(qint64 cardId, int reps);

private:
    struct UndoStep {
        UndoKind kind = UndoKind::Answer;
        qint64 cardId = 0;
        std::optional<CardStateRow> before; ///< absent: the card had no row
        CardStateRow after;
        qint64 logId = 0; ///< the answer's review_log row; 0 for a mark
    };

    /// A live card, or nullopt with `result` set to NotFound or Database.
    [[nodiscard]] std::optional<StoredCard> loadLive(qint64 cardId, Result *result) const;
    [[nodiscard]] std::optional<double> fuzzFor(const StoredCard &card) const;
    Result mark(qint64 cardId, UndoKind kind, const std::function<void(CardStateRow &)> &change);

    QSqlDatabase m_db;
    StudySettings m_settings;
    CardStateRepository m_states;
    ReviewLogRepository m_log;
    QList<UndoStep> m_undo;
};
