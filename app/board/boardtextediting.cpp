// SPDX-License-Identifier: GPL-3.0-or-later
// BoardController's text editing in place: a text (new, standalone, or inside a container) is edited
// in a TextArea laid over the canvas, and becomes one undo step when the edit is committed.
#include "boardcontroller.h"

#include "board/bindings.h"
#include "board/textlayout.h"

using namespace Qt::StringLiterals;
using Board::ElementType;

namespace
{
const Board::Element *boundText(const Board::Document &doc, const QString &containerId)
{
    for (const Board::Element &e : doc.elements) {
        if (e.type == ElementType::Text && e.containerId == containerId) {
            return &e;
        }
    }
    return nullptr;
}
} // namespace

void BoardController::beginTextEdit(const QString &id, QPointF scenePoint)
{
    cancelTextEdit();
    const Board::Element *target = id.isEmpty() ? nullptr : m_scene.element(id);
    if (target && target->locked) {
        return;
    }
    if (target && target->type == ElementType::Text) {
        m_editingId = id;
    } else if (target && target->isContainer()) {
        if (const Board::Element *existing = boundText(m_scene.document(), id)) {
            m_editingId = existing->id;
        } else {
            Board::Element text = makeElement(ElementType::Text, {});
            text.containerId = id;
            text.textAlign = Board::TextAlign::Center;
            text.verticalAlign = Board::VerticalAlign::Middle;
            text.strokeColor = target->strokeColor;
            Board::Bindings::layoutBoundText(text, *target);
            m_pendingText = text;
            m_editingId = text.id;
        }
    } else {
        Board::Element text = makeElement(ElementType::Text, scenePoint);
        text.y -= Board::TextLayout::lineAdvance(text) / 2;
        text.height = Board::TextLayout::lineAdvance(text);
        m_pendingText = text;
        m_editingId = text.id;
    }
    Q_EMIT editingChanged();
    Q_EMIT sceneChanged();
}

QRectF BoardController::editingRect() const
{
    const Board::Element *e = m_pendingText ? &*m_pendingText : m_scene.element(m_editingId);
    if (!e) {
        return {};
    }
    QRectF box = e->boundingBox();
    if (e->containerId.isEmpty()) {
        box.setWidth(std::max(box.width(), e->fontSize * 8));
    }
    box.setHeight(std::max(box.height(), Board::TextLayout::lineAdvance(*e)));
    return box;
}

QString BoardController::editingText() const
{
    const Board::Element *e = m_pendingText ? &*m_pendingText : m_scene.element(m_editingId);
    return e ? e->text : QString();
}

double BoardController::editingFontSize() const
{
    const Board::Element *e = m_pendingText ? &*m_pendingText : m_scene.element(m_editingId);
    return e ? e->fontSize : m_defaults.fontSize;
}

bool BoardController::isEditingCentered() const
{
    const Board::Element *e = m_pendingText ? &*m_pendingText : m_scene.element(m_editingId);
    return e && e->textAlign == Board::TextAlign::Center;
}

void BoardController::commitTextEdit(const QString &text)
{
    if (m_editingId.isEmpty()) {
        return;
    }
    const QString id = m_editingId;
    std::optional<Board::Element> pending = m_pendingText;
    m_editingId.clear();
    m_pendingText.reset();
    if (pending) {
        if (!text.trimmed().isEmpty()) {
            pending->text = text;
            if (pending->containerId.isEmpty()) {
                const QSizeF size = Board::TextLayout::naturalSize(*pending);
                pending->width = size.width();
                pending->height = size.height();
            }
            Board::Edit edit;
            edit.put.append(*pending);
            m_scene.commit(tr("Add text"), edit);
            if (pending->containerId.isEmpty()) {
                setTool(u"select"_s);
                select({pending->id});
            }
        }
    } else {
        m_scene.commit(tr("Edit text"), Board::Ops::setText(m_scene.document(), id, text));
    }
    Q_EMIT editingChanged();
    Q_EMIT sceneChanged();
}

void BoardController::cancelTextEdit()
{
    if (m_editingId.isEmpty()) {
        return;
    }
    m_editingId.clear();
    m_pendingText.reset();
    Q_EMIT editingChanged();
    Q_EMIT sceneChanged();
}
