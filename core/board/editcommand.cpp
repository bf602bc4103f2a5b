// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommand.h"

namespace Board
{

EditCommand::EditCommand(BoardScene *scene,
                         const QString &label,
                         States before,
                         States after,
                         bool reordered,
                         QStringList orderBefore,
                         QStringList orderAfter,
                         int mergeId,
                         quint64 gesture)
    : QUndoCommand(label)
    , m_scene(scene)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_reordered(reordered)
    , m_orderBefore(std::move(orderBefore))
    , m_orderAfter(std::move(orderAfter))
    , m_mergeId(mergeId)
    , m_gesture(gesture)
{
}

void EditCommand::undo()
{
    m_scene->restore(m_before, m_reordered ? std::optional<QStringList>(m_orderBefore) : std::nullopt);
}

void EditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_scene->restore(m_after, m_reordered ? std::optional<QStringList>(m_orderAfter) : std::nullopt);
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCommand *>(other);
    if (m_gesture == 0 || next->m_gesture != m_gesture) {
        return false;
    }
    for (auto it = next->m_after.cbegin(); it != next->m_after.cend(); ++it) {
        m_after.insert(it.key(), it.value());
        if (!m_before.contains(it.key())) {
            m_before.insert(it.key(), next->m_before.value(it.key()));
        }
    }
    if (next->m_reordered) {
        if (!m_reordered) {
            m_orderBefore = next->m_orderBefore;
        }
        m_orderAfter = next->m_orderAfter;
        m_reordered = true;
    }
    // A gesture that ends where it began (an arrow drawn then dropped as too short) leaves no step.
    bool same = !m_reordered || m_orderBefore == m_orderAfter;
    for (auto it = m_after.cbegin(); same && it != m_after.cend(); ++it) {
        same = m_before.value(it.key()) == it.value();
    }
    setObsolete(same);
    return true;
}

} // namespace Board
