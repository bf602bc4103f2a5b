// SPDX-License-Identifier: GPL-3.0-or-later
#include "designround.h"

#include "stencillibrary.h"

namespace Board
{

DesignRound::DesignRound(DesignPrompt prompt, qint64 startedAt, qint64 limitMs)
    : m_prompt(std::move(prompt)), m_startedAt(startedAt), m_limitMs(std::max<qint64>(limitMs, 0))
{
}

void DesignRound::pause(qint64 now)
{
    if (!isPaused()) {
        m_pausedAt = std::max(now, m_startedAt);
    }
}

void DesignRound::resume(qint64 now)
{
    if (isPaused()) {
        m_pausedTotal += std::max<qint64>(now - m_pausedAt, 0);
        m_pausedAt = -1;
    }
}

qint64 DesignRound::elapsedMs(qint64 now) const
{
    const qint64 until = isPaused() ? m_pausedAt : now;
    return std::max<qint64>(until - m_startedAt - m_pausedTotal, 0);
}

qint64 DesignRound::remainingMs(qint64 now) const
{
    return m_limitMs - elapsedMs(now);
}

bool DesignRound::setChecked(const QString &itemId, bool checked)
{
    const bool known = std::any_of(m_prompt.rubric.cbegin(), m_prompt.rubric.cend(), [&](const RubricItem &i) {
        return i.id == itemId;
    });
    if (!known || checked == m_checked.contains(itemId)) {
        return false;
    }
    if (checked) {
        m_checked.insert(itemId);
    } else {
        m_checked.remove(itemId);
    }
    return true;
}

bool DesignRound::isChecked(const QString &itemId) const
{
    return m_checked.contains(itemId);
}

QStringList DesignRound::checkedIds() const
{
    QStringList ids;
    for (const RubricItem &item : m_prompt.rubric) {
        if (m_checked.contains(item.id)) {
            ids.append(item.id);
        }
    }
    return ids;
}

AttemptComparison compareAttempts(const DesignAttempt &earlier, const Document &earlierBoard, const DesignAttempt &later, const Document &laterBoard)
{
    AttemptComparison c;
    c.checkedDelta = later.rubricChecked - earlier.rubricChecked;
    c.scoreDelta = later.score() - earlier.score();
    c.timeDeltaMs = later.timeUsedMs - earlier.timeUsedMs;
    for (const QString &id : later.checkedIds) {
        if (!earlier.checkedIds.contains(id)) {
            c.newlyChecked.append(id);
        }
    }
    for (const QString &id : earlier.checkedIds) {
        if (!later.checkedIds.contains(id)) {
            c.newlyMissed.append(id);
        }
    }
    const QHash<QString, int> before = stencilCounts(earlierBoard);
    const QHash<QString, int> after = stencilCounts(laterBoard);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const int delta = it.value() - before.value(it.key());
        if (delta > 0) {
            c.addedComponents.insert(it.key(), delta);
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const int delta = it.value() - after.value(it.key());
        if (delta > 0) {
            c.removedComponents.insert(it.key(), delta);
        }
    }
    return c;
}

} // namespace Board
