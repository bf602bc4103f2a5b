// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardscene.h"

#include "bindings.h"
#include "editcommand.h"

namespace Board
{

BoardScene::BoardScene(QObject *parent) : QObject(parent)
{
}

const Element *BoardScene::element(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_doc.elements.at(*it);
}

void BoardScene::reset(const Document &doc)
{
    m_undo.clear();
    m_doc = doc;
    rebuildIndex();
    m_gesture = 0;
    Q_EMIT changed({});
}

void BoardScene::setGrid(bool enabled, int size)
{
    if (m_doc.gridEnabled == enabled && m_doc.gridSize == size) {
        return;
    }
    m_doc.gridEnabled = enabled;
    m_doc.gridSize = size;
    Q_EMIT changed({});
    Q_EMIT committed();
}

void BoardScene::addFiles(const QHash<QString, ImageFile> &files)
{
    bool added = false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!m_doc.files.contains(it.key())) {
            m_doc.files.insert(it.key(), it.value());
            added = true;
        }
    }
    if (added) {
        Q_EMIT changed({});
        Q_EMIT committed();
    }
}

void BoardScene::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_doc.elements.size());
    for (qsizetype i = 0; i < m_doc.elements.size(); ++i) {
        m_index.insert(m_doc.elements.at(i).id, i);
    }
}

void BoardScene::put(const Element &e)
{
    if (const auto it = m_index.constFind(e.id); it != m_index.cend()) {
        m_doc.elements[*it] = e;
        return;
    }
    m_index.insert(e.id, m_doc.elements.size());
    m_doc.elements.append(e);
}

void BoardScene::erase(const QString &id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend()) {
        return;
    }
    m_doc.elements.removeAt(*it);
    rebuildIndex();
}

QStringList BoardScene::currentOrder() const
{
    QStringList order;
    order.reserve(m_doc.elements.size());
    for (const Element &e : m_doc.elements) {
        order.append(e.id);
    }
    return order;
}

bool BoardScene::commit(const QString &label, const Edit &edit, Merge merge)
{
    EditCommand::States before;
    auto remember = [&](const QString &id) {
        if (!before.contains(id)) {
            const Element *e = element(id);
            before.insert(id, e ? std::optional<Element>(*e) : std::nullopt);
        }
    };

    // Deleting a container deletes its text; arrows bound to deleted elements come loose.
    QSet<QString> removed(edit.remove.cbegin(), edit.remove.cend());
    for (const Element &e : std::as_const(m_doc.elements)) {
        if (!e.containerId.isEmpty() && removed.contains(e.containerId)) {
            removed.insert(e.id);
        }
    }
    QList<Element> puts = edit.put;
    for (const Element &e : std::as_const(m_doc.elements)) {
        if (e.type != ElementType::Arrow || removed.contains(e.id)) {
            continue;
        }
        const bool loseStart = removed.contains(e.startBinding.elementId);
        const bool loseEnd = removed.contains(e.endBinding.elementId);
        if (loseStart || loseEnd) {
            Element loose = e;
            for (const Element &p : std::as_const(puts)) {
                if (p.id == e.id) {
                    loose = p;
                }
            }
            if (loseStart) {
                loose.startBinding = {};
            }
            if (loseEnd) {
                loose.endBinding = {};
            }
            puts.append(loose);
        }
    }

    bool structural = !removed.isEmpty() || !edit.order.isEmpty();
    for (const Element &e : std::as_const(puts)) {
        structural = structural || !m_index.contains(e.id);
    }
    const QStringList orderBefore = structural ? currentOrder() : QStringList();

    QSet<QString> touched;
    for (const Element &e : std::as_const(puts)) {
        remember(e.id);
        put(e);
        touched.insert(e.id);
    }
    for (const QString &id : std::as_const(removed)) {
        remember(id);
        erase(id);
        touched.insert(id);
    }
    if (!edit.order.isEmpty()) {
        QHash<QString, Element> byId;
        for (const Element &e : std::as_const(m_doc.elements)) {
            byId.insert(e.id, e);
        }
        QList<Element> sorted;
        sorted.reserve(byId.size());
        for (const QString &id : edit.order) {
            if (const auto it = byId.find(id); it != byId.end()) {
                sorted.append(*it);
                byId.erase(it);
            }
        }
        for (const Element &e : std::as_const(m_doc.elements)) {
            if (byId.contains(e.id)) {
                sorted.append(e);
            }
        }
        m_doc.elements = sorted;
        rebuildIndex();
    }
    const QList<Element> consequences = Bindings::followUp(m_doc, touched);
    for (const Element &e : consequences) {
        remember(e.id);
        put(e);
        touched.insert(e.id);
    }

    EditCommand::States after;
    for (auto it = before.begin(); it != before.end();) {
        const Element *now = element(it.key());
        const std::optional<Element> state = now ? std::optional<Element>(*now) : std::nullopt;
        if (state == it.value()) {
            it = before.erase(it);
            continue;
        }
        after.insert(it.key(), state);
        ++it;
    }
    const QStringList orderAfter = structural ? currentOrder() : QStringList();
    if (before.isEmpty() && orderBefore == orderAfter) {
        return false;
    }
    const bool reordered = orderBefore != orderAfter;
    m_undo.push(new EditCommand(this,
                                label,
                                std::move(before),
                                std::move(after),
                                reordered,
                                orderBefore,
                                orderAfter,
                                merge == Merge::None ? -1 : int(merge),
                                merge == Merge::None ? 0 : m_gesture));
    Q_EMIT changed(touched);
    if (m_gesture == 0) {
        Q_EMIT committed();
    } else {
        m_gestureChanged = true;
    }
    return true;
}

void BoardScene::beginGesture()
{
    m_gesture = ++m_gestureSerial;
    m_gestureChanged = false;
}

void BoardScene::endGesture()
{
    m_gesture = 0;
    if (m_gestureChanged) {
        m_gestureChanged = false;
        Q_EMIT committed();
    }
}

void BoardScene::restore(const QHash<QString, std::optional<Element>> &states, const std::optional<QStringList> &order)
{
    if (!order) {
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            if (it.value()) {
                put(*it.value());
            } else {
                erase(it.key());
            }
        }
    } else {
        QHash<QString, Element> byId;
        for (const Element &e : std::as_const(m_doc.elements)) {
            byId.insert(e.id, e);
        }
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            if (it.value()) {
                byId.insert(it.key(), *it.value());
            } else {
                byId.remove(it.key());
            }
        }
        QList<Element> rebuilt;
        rebuilt.reserve(order->size());
        for (const QString &id : *order) {
            if (const auto it = byId.constFind(id); it != byId.cend()) {
                rebuilt.append(*it);
            }
        }
        m_doc.elements = rebuilt;
        rebuildIndex();
    }
    Q_EMIT changed({});
    Q_EMIT committed();
}

} // namespace Board
