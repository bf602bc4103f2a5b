// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardcontroller.h"

#include "board/bindings.h"
#include "board/io/mlboard.h"
#include "board/textlayout.h"
#include "boardlistmodel.h"
#include "collection.h"
#include "storage/settingsstore.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace
{
const QString ClipboardMime = u"application/vnd.mlprep.board+json"_s;
const QString LastBoardKey = u"board/last"_s;

using Board::ElementType;

QString enumName(Board::StrokeStyle s)
{
    switch (s) {
    case Board::StrokeStyle::Dashed:
        return u"dashed"_s;
    case Board::StrokeStyle::Dotted:
        return u"dotted"_s;
    case Board::StrokeStyle::Solid:
        break;
    }
    return u"solid"_s;
}

QString enumName(Board::FillStyle f)
{
    switch (f) {
    case Board::FillStyle::Hachure:
        return u"hachure"_s;
    case Board::FillStyle::CrossHatch:
        return u"cross-hatch"_s;
    case Board::FillStyle::Zigzag:
        return u"zigzag"_s;
    case Board::FillStyle::Solid:
        break;
    }
    return u"solid"_s;
}

/// Applies one style-panel key to an element; false for keys that do not apply to its type.
bool applyStyle(Board::Element &e, const QString &key, const QVariant &value)
{
    if (key == u"strokeColor") {
        e.strokeColor = QColor(value.toString());
    } else if (key == u"backgroundColor") {
        e.backgroundColor = value.toString() == u"transparent" ? QColor(Qt::transparent) : QColor(value.toString());
    } else if (key == u"strokeWidth") {
        e.strokeWidth = value.toDouble();
    } else if (key == u"strokeStyle") {
        const QString s = value.toString();
        e.strokeStyle = s == u"dashed" ? Board::StrokeStyle::Dashed : s == u"dotted" ? Board::StrokeStyle::Dotted : Board::StrokeStyle::Solid;
    } else if (key == u"fillStyle") {
        const QString s = value.toString();
        e.fillStyle = s == u"hachure" ? Board::FillStyle::Hachure
            : s == u"cross-hatch"     ? Board::FillStyle::CrossHatch
            : s == u"zigzag"          ? Board::FillStyle::Zigzag
                                      : Board::FillStyle::Solid;
    } else if (key == u"opacity") {
        e.opacity = std::clamp(value.toInt(), 0, 100);
    } else if (key == u"rounded") {
        e.rounded = value.toBool();
    } else if (key == u"fontSize") {
        if (e.type != ElementType::Text) {
            return false;
        }
        e.fontSize = std::clamp(value.toDouble(), 4.0, 400.0);
        if (e.containerId.isEmpty()) {
            const QSizeF size = Board::TextLayout::naturalSize(e);
            e.width = size.width();
            e.height = size.height();
        }
    } else if (key == u"endArrowhead") {
        if (e.type != ElementType::Arrow) {
            return false;
        }
        e.endArrowhead = value.toBool() ? Board::Arrowhead::Arrow : Board::Arrowhead::None;
    } else {
        return false;
    }
    return true;
}
} // namespace

BoardController::BoardController(Collection &collection, QObject *parent)
    : QObject(parent), m_collection(collection), m_store(collection.connection()), m_boards(new BoardListModel(this))
{
    m_defaults.endArrowhead = Board::Arrowhead::Arrow;
    connect(&m_scene, &Board::BoardScene::committed, this, &BoardController::autosave);
    connect(&m_scene, &Board::BoardScene::changed, this, [this] {
        dropMissingFromSelection();
        Q_EMIT sceneChanged();
        Q_EMIT styleChanged();
    });
    connect(m_scene.undoStack(), &QUndoStack::indexChanged, this, &BoardController::historyChanged);
    refreshList();
    const qint64 last = SettingsStore(collection.connection()).value(LastBoardKey).toLongLong();
    const QList<Board::BoardInfo> &list = m_boards->boards();
    const bool lastExists = std::any_of(list.cbegin(), list.cend(), [&](const Board::BoardInfo &b) {
        return b.id == last;
    });
    if (lastExists || !list.isEmpty()) {
        openBoard(int(lastExists ? last : list.first().id));
    }
}

BoardController::~BoardController() = default;

BoardListModel *BoardController::boards() const
{
    return m_boards;
}

QString BoardController::currentBoardName() const
{
    for (const Board::BoardInfo &b : m_boards->boards()) {
        if (b.id == m_boardId) {
            return b.name;
        }
    }
    return tr("Untitled board");
}

void BoardController::setTool(const QString &tool)
{
    static const QStringList tools
        = {u"select"_s, u"hand"_s, u"rectangle"_s, u"diamond"_s, u"ellipse"_s, u"cylinder"_s, u"arrow"_s, u"line"_s, u"freehand"_s, u"text"_s, u"eraser"_s};
    if (tool == m_tool || !tools.contains(tool)) {
        return;
    }
    m_tool = tool;
    if (tool != u"select") {
        clearSelection();
    }
    Q_EMIT toolChanged();
}

QVariantMap BoardController::style() const
{
    const Board::Element *e = m_selection.isEmpty() ? nullptr : m_scene.element(m_selection.first());
    const Board::Element &s = e ? *e : m_defaults;
    return {{u"strokeColor"_s, s.strokeColor.name()},
            {u"backgroundColor"_s, s.backgroundColor.alpha() == 0 ? u"transparent"_s : s.backgroundColor.name()},
            {u"strokeWidth"_s, s.strokeWidth},
            {u"strokeStyle"_s, enumName(s.strokeStyle)},
            {u"fillStyle"_s, enumName(s.fillStyle)},
            {u"opacity"_s, s.opacity},
            {u"rounded"_s, s.rounded},
            {u"fontSize"_s, s.fontSize},
            {u"endArrowhead"_s, s.endArrowhead != Board::Arrowhead::None}};
}

bool BoardController::isGridEnabled() const
{
    return m_scene.document().gridEnabled;
}

void BoardController::setGridEnabled(bool enabled)
{
    if (enabled == isGridEnabled()) {
        return;
    }
    m_scene.setGrid(enabled, m_scene.document().gridSize);
    Q_EMIT gridChanged();
}

bool BoardController::canUndo() const
{
    return !m_scene.inGesture() && m_scene.undoStack()->canUndo();
}

bool BoardController::canRedo() const
{
    return !m_scene.inGesture() && m_scene.undoStack()->canRedo();
}

Board::Element BoardController::makeElement(ElementType type, QPointF at) const
{
    Board::Element e = m_defaults;
    e.id = Board::Ops::newId();
    e.type = type;
    e.x = at.x();
    e.y = at.y();
    e.seed = int(qHash(e.id) & 0x7fffffff);
    if (type != ElementType::Arrow) {
        e.endArrowhead = Board::Arrowhead::None;
    }
    if (type == ElementType::Text) {
        e.backgroundColor = Qt::transparent;
    }
    return e;
}

void BoardController::select(const QStringList &ids)
{
    QStringList expanded = Board::Ops::expandToGroups(m_scene.document(), ids);
    // Bound text rides along with its container and is never selected on its own.
    expanded.removeIf([this](const QString &id) {
        const Board::Element *e = m_scene.element(id);
        return !e || (!e->containerId.isEmpty() && m_scene.element(e->containerId));
    });
    if (expanded == m_selection) {
        return;
    }
    m_selection = expanded;
    Q_EMIT selectionChanged();
    Q_EMIT styleChanged();
    Q_EMIT sceneChanged();
}

void BoardController::dropMissingFromSelection()
{
    const qsizetype before = m_selection.size();
    m_selection.removeIf([this](const QString &id) {
        return !m_scene.element(id);
    });
    if (m_selection.size() != before) {
        Q_EMIT selectionChanged();
    }
}

void BoardController::refreshList()
{
    m_boards->setBoards(m_store.list());
    Q_EMIT currentBoardChanged();
}

void BoardController::autosave()
{
    if (m_boardId == 0) {
        // The first stroke on an empty workspace creates its board.
        m_boardId = m_store.create(tr("Untitled board"), m_scene.document());
        refreshList();
        SettingsStore(m_collection.connection()).setValue(LastBoardKey, QString::number(m_boardId));
        return;
    }
    m_store.save(m_boardId, m_scene.document());
}

void BoardController::setMessage(const QString &message, qint64 deletedBoard)
{
    m_message = message;
    m_deletedBoard = deletedBoard;
    Q_EMIT messageChanged();
}

void BoardController::commit(const QString &label, const Board::Edit &edit)
{
    if (!edit.isEmpty()) {
        m_scene.commit(label, edit);
    }
}

void BoardController::newBoard()
{
    cancelTextEdit();
    const qint64 id = m_store.create(tr("Board %1").arg(m_boards->rowCount() + 1));
    refreshList();
    if (id != 0) {
        openBoard(int(id));
    }
}

void BoardController::openBoard(int id)
{
    cancelTextEdit();
    QString error;
    const std::optional<Board::Document> doc = m_store.load(id, &error);
    if (!doc) {
        setMessage(error);
        return;
    }
    m_boardId = id;
    m_selection.clear();
    m_scene.reset(*doc);
    SettingsStore(m_collection.connection()).setValue(LastBoardKey, QString::number(id));
    Q_EMIT currentBoardChanged();
    Q_EMIT selectionChanged();
    Q_EMIT gridChanged();
    Q_EMIT historyChanged();
    Q_EMIT boardOpened();
}

void BoardController::renameBoard(int id, const QString &name)
{
    if (!name.trimmed().isEmpty() && m_store.rename(id, name.trimmed()) != StoreChange::None) {
        refreshList();
    }
}

void BoardController::duplicateBoard(int id)
{
    QString name;
    for (const Board::BoardInfo &b : m_boards->boards()) {
        if (b.id == id) {
            name = tr("%1 (copy)").arg(b.name);
        }
    }
    const qint64 copy = m_store.duplicate(id, name);
    refreshList();
    if (copy != 0) {
        openBoard(int(copy));
    }
}

void BoardController::deleteBoard(int id)
{
    QString name;
    for (const Board::BoardInfo &b : m_boards->boards()) {
        if (b.id == id) {
            name = b.name;
        }
    }
    if (m_store.remove(id) == StoreChange::None) {
        return;
    }
    refreshList();
    setMessage(tr("Deleted “%1”").arg(name), id);
    if (id == m_boardId) {
        m_boardId = 0;
        const QList<Board::BoardInfo> &list = m_boards->boards();
        if (list.isEmpty()) {
            m_selection.clear();
            m_scene.reset({});
            Q_EMIT currentBoardChanged();
        } else {
            openBoard(int(list.first().id));
        }
    }
}

void BoardController::undoDeleteBoard()
{
    const qint64 id = m_deletedBoard;
    if (id == 0 || m_store.restore(id) == StoreChange::None) {
        return;
    }
    setMessage({});
    refreshList();
    openBoard(int(id));
}

void BoardController::undo()
{
    if (!m_scene.inGesture()) {
        cancelTextEdit();
        m_scene.undoStack()->undo();
    }
}

void BoardController::redo()
{
    if (!m_scene.inGesture()) {
        cancelTextEdit();
        m_scene.undoStack()->redo();
    }
}

void BoardController::setStyle(const QString &key, const QVariant &value)
{
    applyStyle(m_defaults, key, value);
    if (key == u"fontSize") {
        m_defaults.fontSize = std::clamp(value.toDouble(), 4.0, 400.0);
    } else if (key == u"endArrowhead") {
        m_defaults.endArrowhead = value.toBool() ? Board::Arrowhead::Arrow : Board::Arrowhead::None;
    }
    // Stroke colour and font size reach the text inside selected shapes too, as in Excalidraw.
    const bool withText = key == u"strokeColor" || key == u"fontSize" || key == u"opacity";
    commit(tr("Change style"),
           Board::Ops::restyle(
               m_scene.document(),
               m_selection,
               [&](Board::Element &e) {
                   applyStyle(e, key, value);
               },
               withText));
    Q_EMIT styleChanged();
}

void BoardController::selectAll()
{
    QStringList ids;
    for (const Board::Element &e : m_scene.document().elements) {
        if (!e.locked) {
            ids.append(e.id);
        }
    }
    setTool(u"select"_s);
    select(ids);
}

void BoardController::clearSelection()
{
    select({});
}

void BoardController::deleteSelection()
{
    commit(tr("Delete"), Board::Ops::remove(m_selection));
    clearSelection();
}

void BoardController::duplicateSelection()
{
    QStringList copies;
    commit(tr("Duplicate"), Board::Ops::clone(Board::Ops::collect(m_scene.document(), m_selection), QPointF(10, 10), &copies));
    select(copies);
}

void BoardController::copySelection()
{
    if (m_selection.isEmpty()) {
        return;
    }
    Board::Document clip;
    clip.elements = Board::Ops::collect(m_scene.document(), m_selection);
    for (const Board::Element &e : std::as_const(clip.elements)) {
        if (!e.fileId.isEmpty() && m_scene.document().files.contains(e.fileId)) {
            clip.files.insert(e.fileId, m_scene.document().files.value(e.fileId));
        }
    }
    auto *mime = new QMimeData;
    mime->setData(ClipboardMime, Board::Io::toMlboard(clip));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void BoardController::cutSelection()
{
    copySelection();
    deleteSelection();
}

void BoardController::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(ClipboardMime)) {
        return;
    }
    QString error;
    const Board::Document clip = Board::Io::fromMlboard(mime->data(ClipboardMime), &error);
    if (!error.isEmpty() || clip.elements.isEmpty()) {
        return;
    }
    // Files first, so the pasted images have their bytes when they are drawn.
    m_scene.addFiles(clip.files);
    QStringList copies;
    commit(tr("Paste"), Board::Ops::clone(clip.elements, QPointF(20, 20), &copies));
    select(copies);
}

void BoardController::groupSelection()
{
    if (m_selection.size() > 1) {
        commit(tr("Group"), Board::Ops::group(m_scene.document(), m_selection));
    }
}

void BoardController::ungroupSelection()
{
    commit(tr("Ungroup"), Board::Ops::ungroup(m_scene.document(), m_selection));
}

void BoardController::alignSelection(const QString &how)
{
    using A = Board::Ops::Align;
    const A a = how == u"left" ? A::Left
        : how == u"hcenter"    ? A::HCenter
        : how == u"right"      ? A::Right
        : how == u"top"        ? A::Top
        : how == u"vcenter"    ? A::VCenter
                               : A::Bottom;
    commit(tr("Align"), Board::Ops::align(m_scene.document(), m_selection, a));
}

void BoardController::distributeSelection(bool horizontal)
{
    commit(tr("Distribute"), Board::Ops::distribute(m_scene.document(), m_selection, horizontal));
}

void BoardController::reorderSelection(const QString &how)
{
    using Z = Board::Ops::ZOrder;
    const Z z = how == u"forward" ? Z::Forward : how == u"backward" ? Z::Backward : how == u"front" ? Z::ToFront : Z::ToBack;
    if (!m_selection.isEmpty()) {
        commit(tr("Reorder"), Board::Ops::reorder(m_scene.document(), m_selection, z));
    }
}

void BoardController::toggleLockSelection()
{
    if (m_selection.isEmpty()) {
        QStringList locked;
        for (const Board::Element &e : m_scene.document().elements) {
            if (e.locked) {
                locked.append(e.id);
            }
        }
        commit(tr("Unlock all"), Board::Ops::setLocked(m_scene.document(), locked, false));
        select(locked);
        return;
    }
    commit(tr("Lock"), Board::Ops::setLocked(m_scene.document(), m_selection, true));
    clearSelection();
}

void BoardController::nudgeSelection(double dx, double dy)
{
    commit(tr("Move"), Board::Ops::move(m_scene.document(), m_selection, QPointF(dx, dy)));
}
