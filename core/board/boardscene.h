// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit.h"
#include "element.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <optional>

namespace Board
{

/// The open board: its document, and the undo stack through which every change goes. Each `commit`
/// applies an Edit plus its consequences and pushes one QUndoCommand holding only the elements that
/// changed (before and after), so undo is exact and memory stays small on 5,000-element boards.
/// A drag is a *gesture*: its many commits merge into one undo step, and `committed` (the autosave
/// hook) fires once when it ends, so a crash mid-drag loses only that drag.
class BoardScene : public QObject
{
    Q_OBJECT
public:
    /// Commits with the same key inside one gesture merge into one undo step.
    enum class Merge { None, Move, Resize, Rotate, Points, Erase };

    explicit BoardScene(QObject *parent = nullptr);

    [[nodiscard]] const Document &document() const
    {
        return m_doc;
    }
    [[nodiscard]] const Element *element(const QString &id) const;
    [[nodiscard]] QUndoStack *undoStack()
    {
        return &m_undo;
    }
    [[nodiscard]] const QUndoStack *undoStack() const
    {
        return &m_undo;
    }

    /// Replaces the whole document (opening a board) and clears undo history. Not undoable.
    void reset(const Document &doc);
    /// The grid is view state, as in Excalidraw: saved with the board but not an undo step.
    void setGrid(bool enabled, int size);
    /// Adds embedded image files (pasted or dropped images). Files are keyed by content, so adding
    /// one is never undone: an undone image element simply stops referring to it.
    void addFiles(const QHash<QString, ImageFile> &files);

    /// Applies `edit` and its consequences as one undo step named `label`. Returns false if nothing changed.
    bool commit(const QString &label, const Edit &edit, Merge merge = Merge::None);

    /// Starts a gesture (mouse down): commits until `endGesture` merge per Merge key.
    void beginGesture();
    /// Ends the gesture (mouse up) and announces the result as committed.
    void endGesture();
    [[nodiscard]] bool inGesture() const
    {
        return m_gesture != 0;
    }

    /// Restores element states (nullopt = absent) and, when given, the z-order.
    /// Used by the undo commands; not for callers.
    void restore(const QHash<QString, std::optional<Element>> &states, const std::optional<QStringList> &order);

Q_SIGNALS:
    /// The document changed (repaint); `ids` are the elements touched, empty = everything.
    void changed(const QSet<QString> &ids);
    /// A finished change worth saving: a non-gesture commit, an ended gesture, an undo or a redo.
    void committed();

private:
    void rebuildIndex();
    void put(const Element &e);
    void erase(const QString &id);
    [[nodiscard]] QStringList currentOrder() const;

    Document m_doc;
    QHash<QString, qsizetype> m_index;
    QUndoStack m_undo;
    quint64 m_gesture = 0;
    quint64 m_gestureSerial = 0;
    bool m_gestureChanged = false;
};

} // namespace Board
