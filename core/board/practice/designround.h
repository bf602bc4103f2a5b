// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/element.h"
#include "promptlibrary.h"

#include <QHash>

#include <QSet>
#include <QString>
#include <QStringList>

namespace Board
{

/// A timed design round in progress: the clock (with pauses) and the rubric ticks. Pure state:
/// "now" always comes in as an argument (UTC epoch ms), so the rules are testable without waiting
/// and the controller owns the only timer.
class DesignRound final
{
public:
    DesignRound(DesignPrompt prompt, qint64 startedAt, qint64 limitMs);

    [[nodiscard]] const DesignPrompt &prompt() const
    {
        return m_prompt;
    }
    [[nodiscard]] qint64 startedAt() const
    {
        return m_startedAt;
    }
    [[nodiscard]] qint64 limitMs() const
    {
        return m_limitMs;
    }

    void pause(qint64 now);
    void resume(qint64 now);
    [[nodiscard]] bool isPaused() const
    {
        return m_pausedAt >= 0;
    }
    /// Time spent on the round so far, pauses excluded.
    [[nodiscard]] qint64 elapsedMs(qint64 now) const;
    /// Negative once over time: rounds keep running past the limit, as real interviews overrun.
    [[nodiscard]] qint64 remainingMs(qint64 now) const;

    /// Ticks or unticks a rubric item; unknown ids are ignored. Returns whether anything changed.
    bool setChecked(const QString &itemId, bool checked);
    [[nodiscard]] bool isChecked(const QString &itemId) const;
    [[nodiscard]] int checkedCount() const
    {
        return int(m_checked.size());
    }
    [[nodiscard]] int total() const
    {
        return int(m_prompt.rubric.size());
    }
    /// Ticked ids in rubric order (what design_rounds.rubric_json stores).
    [[nodiscard]] QStringList checkedIds() const;

private:
    DesignPrompt m_prompt;
    qint64 m_startedAt;
    qint64 m_limitMs;
    qint64 m_pausedAt = -1;
    qint64 m_pausedTotal = 0;
    QSet<QString> m_checked;
};

/// A finished (or abandoned) round as stored in `design_rounds`.
struct DesignAttempt {
    qint64 id = 0;
    QString promptKey;
    qint64 boardId = 0; ///< 0 when the board was deleted
    qint64 startedAt = 0;
    qint64 endedAt = 0; ///< 0 while unfinished
    qint64 timeUsedMs = 0;
    int rubricChecked = 0;
    int rubricTotal = 0;
    QStringList checkedIds;

    /// Rubric score in 0..1.
    [[nodiscard]] double score() const
    {
        return rubricTotal > 0 ? double(rubricChecked) / rubricTotal : 0.0;
    }
    friend bool operator==(const DesignAttempt &, const DesignAttempt &) = default;
};

/// Two attempts of the same prompt side by side: how the score and time moved and which stencil
/// components the later board added or dropped ("this time you drew the KV-cache pool").
struct AttemptComparison {
    int checkedDelta = 0; ///< later − earlier rubric items ticked
    double scoreDelta = 0; ///< later − earlier score (0..1 scale)
    qint64 timeDeltaMs = 0; ///< later − earlier time used; negative is faster
    QStringList newlyChecked; ///< rubric ids ticked later but not earlier
    QStringList newlyMissed; ///< rubric ids ticked earlier but not later
    QHash<QString, int> addedComponents; ///< stencil key → how many more the later board has
    QHash<QString, int> removedComponents; ///< stencil key → how many fewer
};

[[nodiscard]] AttemptComparison
compareAttempts(const DesignAttempt &earlier, const Document &earlierBoard, const DesignAttempt &later, const Document &laterBoard);

} // namespace Board
