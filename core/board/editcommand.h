// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardscene.h"

#include <QUndoCommand>

namespace Board
{

/// One undo step: the before and after state of each element an edit touched (absent = did not
/// exist), plus the z-order on both sides when the edit added, removed or reordered elements.
/// Steps of one gesture with the same merge key fold into one (a drag is one undo step).
class EditCommand : public QUndoCommand
{
public:
    using States = QHash<QString, std::optional<Element>>;

    /// `reordered` tells whether the orders were recorded (an empty order is a valid empty board).
    EditCommand(BoardScene *scene,
                const QString &label,
                States before,
                States after,
                bool reordered,
                QStringList orderBefore,
                QStringList orderAfter,
                int mergeId,
                quint64 gesture);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override
    {
        return m_mergeId;
    }
    bool mergeWith(const QUndoCommand *other) override;

private:
    BoardScene *m_scene;
    States m_before;
    States m_after;
    bool m_reordered;
    QStringList m_orderBefore;
    QStringList m_orderAfter;
    int m_mergeId;
    quint64 m_gesture;
    bool m_applied = true; ///< the scene applied the edit before pushing; the first redo is a no-op
};

} // namespace Board
