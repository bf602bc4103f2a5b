// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardscene.h"
#include "board/boardstore.h"
#include "board/operations.h"

#include <QObject>
#include <QQmlEngine>
#include <QRectF>
#include <QStringList>
#include <QVariantMap>

#include <memory>

class BoardListModel;
class Collection;

/// The whiteboard's rules for the view: which board is open, the active tool, the selection, the
/// style panel's values, text editing in place and every editing verb. Pointer gestures come from
/// the canvas (BoardCanvas + PointerTool); everything they change goes through the scene's undo
/// stack, and each finished change is saved to the database at once (autosave).
class BoardController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.board")
    Q_MOC_INCLUDE("boardlistmodel.h")

    Q_PROPERTY(BoardListModel *boards READ boards CONSTANT)
    Q_PROPERTY(int currentBoardId READ currentBoardId NOTIFY currentBoardChanged)
    Q_PROPERTY(QString currentBoardName READ currentBoardName NOTIFY currentBoardChanged)
    /// select, hand, rectangle, diamond, ellipse, cylinder, arrow, line, freehand, text, eraser.
    Q_PROPERTY(QString tool READ tool WRITE setTool NOTIFY toolChanged)
    Q_PROPERTY(QStringList selection READ selection NOTIFY selectionChanged)
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    /// Style of the selection (its first element) or, without one, of the next new element. Keys:
    /// strokeColor, backgroundColor (colour names), strokeWidth, strokeStyle (solid/dashed/dotted),
    /// fillStyle (solid/hachure/cross-hatch/zigzag), opacity (0–100), rounded, fontSize, endArrowhead.
    Q_PROPERTY(QVariantMap style READ style NOTIFY styleChanged)
    Q_PROPERTY(bool gridEnabled READ isGridEnabled WRITE setGridEnabled NOTIFY gridChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)
    /// Text being edited in place: its element id (empty when not editing), box in scene units, text.
    Q_PROPERTY(QString editingId READ editingId NOTIFY editingChanged)
    Q_PROPERTY(QRectF editingRect READ editingRect NOTIFY editingChanged)
    Q_PROPERTY(QString editingText READ editingText NOTIFY editingChanged)
    Q_PROPERTY(double editingFontSize READ editingFontSize NOTIFY editingChanged)
    Q_PROPERTY(bool editingCentered READ isEditingCentered NOTIFY editingChanged)
    /// One-line report ("Board deleted") and whether `undoDeleteBoard` can act on it.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool canRestoreBoard READ canRestoreBoard NOTIFY messageChanged)

public:
    explicit BoardController(Collection &collection, QObject *parent = nullptr);
    ~BoardController() override;

    [[nodiscard]] BoardListModel *boards() const;
    [[nodiscard]] int currentBoardId() const
    {
        return int(m_boardId);
    }
    [[nodiscard]] QString currentBoardName() const;
    [[nodiscard]] QString tool() const
    {
        return m_tool;
    }
    void setTool(const QString &tool);
    [[nodiscard]] QStringList selection() const
    {
        return m_selection;
    }
    [[nodiscard]] bool hasSelection() const
    {
        return !m_selection.isEmpty();
    }
    [[nodiscard]] QVariantMap style() const;
    [[nodiscard]] bool isGridEnabled() const;
    void setGridEnabled(bool enabled);
    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] bool canRedo() const;
    [[nodiscard]] QString editingId() const
    {
        return m_editingId;
    }
    [[nodiscard]] QRectF editingRect() const;
    [[nodiscard]] QString editingText() const;
    [[nodiscard]] double editingFontSize() const;
    [[nodiscard]] bool isEditingCentered() const;
    [[nodiscard]] QString message() const
    {
        return m_message;
    }
    [[nodiscard]] bool canRestoreBoard() const
    {
        return m_deletedBoard != 0;
    }

    [[nodiscard]] Board::BoardScene &scene()
    {
        return m_scene;
    }
    [[nodiscard]] const Board::BoardScene &scene() const
    {
        return m_scene;
    }
    /// A new element of `type` with the current style, placed at `at`, not yet in the scene.
    [[nodiscard]] Board::Element makeElement(Board::ElementType type, QPointF at) const;
    /// Replaces the selection (ids are expanded to whole groups and kept in z-order).
    void select(const QStringList &ids);

    // Boards
    Q_INVOKABLE void newBoard();
    Q_INVOKABLE void openBoard(int id);
    Q_INVOKABLE void renameBoard(int id, const QString &name);
    Q_INVOKABLE void duplicateBoard(int id);
    Q_INVOKABLE void deleteBoard(int id);
    Q_INVOKABLE void undoDeleteBoard();

    // Editing
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    Q_INVOKABLE void setStyle(const QString &key, const QVariant &value);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE void deleteSelection();
    Q_INVOKABLE void duplicateSelection();
    Q_INVOKABLE void copySelection();
    Q_INVOKABLE void cutSelection();
    Q_INVOKABLE void paste();
    Q_INVOKABLE void groupSelection();
    Q_INVOKABLE void ungroupSelection();
    /// left, hcenter, right, top, vcenter, bottom.
    Q_INVOKABLE void alignSelection(const QString &how);
    Q_INVOKABLE void distributeSelection(bool horizontal);
    /// forward, backward, front, back.
    Q_INVOKABLE void reorderSelection(const QString &how);
    /// Locks the selection (locked elements cannot be picked on the canvas); with nothing selected,
    /// unlocks everything, which is how locked elements are reached again.
    Q_INVOKABLE void toggleLockSelection();
    Q_INVOKABLE void nudgeSelection(double dx, double dy);

    // Text in place
    /// Starts editing: the text element `id`, the text of container `id` (created if missing), or
    /// when `id` is empty a new text at `scenePoint`.
    Q_INVOKABLE void beginTextEdit(const QString &id, QPointF scenePoint = {});
    Q_INVOKABLE void commitTextEdit(const QString &text);
    Q_INVOKABLE void cancelTextEdit();

Q_SIGNALS:
    void currentBoardChanged();
    void toolChanged();
    void selectionChanged();
    void styleChanged();
    void gridChanged();
    void historyChanged();
    void editingChanged();
    void messageChanged();
    /// The document changed and the canvas should repaint.
    void sceneChanged();
    /// Another board was opened (the canvas fits its view to it; a first stroke does not).
    void boardOpened();

private:
    void refreshList();
    void autosave();
    void setMessage(const QString &message, qint64 deletedBoard = 0);
    void commit(const QString &label, const Board::Edit &edit);
    void dropMissingFromSelection();

    Collection &m_collection;
    Board::BoardStore m_store;
    Board::BoardScene m_scene;
    BoardListModel *m_boards;
    qint64 m_boardId = 0;
    qint64 m_deletedBoard = 0;
    QString m_tool = QStringLiteral("select");
    QStringList m_selection;
    Board::Element m_defaults; ///< the style the next new element gets
    QString m_editingId;
    std::optional<Board::Element> m_pendingText; ///< a new text not in the scene until it has content
    QString m_message;
};
