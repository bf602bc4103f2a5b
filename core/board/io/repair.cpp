// SPDX-License-Identifier: GPL-3.0-or-later
#include "repair.h"

#include "jsonfields.h"
#include "limits.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Board::Io
{

namespace
{
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Board::Io", text, nullptr, n);
}

bool canBindTo(const Element &target)
{
    return !target.isLinear();
}

void clearDangling(Binding &binding, const QHash<QString, const Element *> &byId, int &dropped)
{
    if (!binding.isBound()) {
        return;
    }
    const Element *target = byId.value(binding.elementId);
    if (!target || !canBindTo(*target)) {
        binding = Binding {};
        ++dropped;
        return;
    }
    binding.fixedPoint = QPointF(std::clamp(binding.fixedPoint.x(), -1.0, 2.0), std::clamp(binding.fixedPoint.y(), -1.0, 2.0));
    binding.gap = std::clamp(binding.gap, 0.0, 1000.0);
}
} // namespace

bool normaliseElement(Element &e)
{
    if (!e.isLinear()) {
        if (e.width < 0) {
            e.x += e.width;
            e.width = -e.width;
        }
        if (e.height < 0) {
            e.y += e.height;
            e.height = -e.height;
        }
    } else {
        if (e.points.isEmpty() && e.type == ElementType::Freehand) {
            return false;
        }
        if (e.points.size() < 2 && e.type != ElementType::Freehand) {
            e.points = {QPointF(0, 0), QPointF(e.width, e.height)};
        }
        if (e.pressures.size() != e.points.size()) {
            e.pressures.clear();
        }
        for (float &p : e.pressures) {
            p = std::isfinite(p) ? std::clamp(p, 0.0f, 1.0f) : 0.5f;
        }
        const QRectF box = e.boundingBox();
        e.width = box.width();
        e.height = box.height();
    }
    // A binding without a target carries nothing; keep it at the default so files round-trip.
    for (Binding *b : {&e.startBinding, &e.endBinding}) {
        if (!b->isBound()) {
            *b = Binding {};
        }
    }
    if (std::abs(e.angle) > 2 * M_PI) {
        e.angle = std::fmod(e.angle, 2 * M_PI);
    }
    e.opacity = std::clamp(e.opacity, 0, 100);
    e.roughness = std::clamp(e.roughness, 0, 2);
    e.strokeWidth = std::clamp(e.strokeWidth, 0.0, 200.0);
    e.fontSize = std::clamp(e.fontSize, 1.0, 2000.0);
    if (e.groupIds.size() > Limits::MaxGroupDepth) {
        e.groupIds = e.groupIds.mid(0, Limits::MaxGroupDepth);
    }
    // Normalising a negative size moves x/y; the result must still be drawable.
    return isDrawable(e.x) && isDrawable(e.y) && isDrawable(e.width) && isDrawable(e.height);
}

void repairReferences(Document &document, WarningSink &warnings)
{
    QSet<QString> seen;
    seen.reserve(document.elements.size());
    QHash<QString, int> nextSuffix; // per base, so a million id-less elements stay linear
    int renamed = 0;
    for (Element &e : document.elements) {
        if (e.id.isEmpty() || seen.contains(e.id)) {
            const QString base = e.id.isEmpty() ? u"el"_s : e.id;
            int &n = nextSuffix[base];
            QString candidate;
            do {
                candidate = u"%1~%2"_s.arg(base).arg(++n);
            } while (seen.contains(candidate));
            e.id = candidate;
            ++renamed;
        }
        seen.insert(e.id);
    }
    if (renamed > 0) {
        warnings.add(tr("%n element(s) had a missing or repeated id and got a new one.", renamed));
    }

    QHash<QString, const Element *> byId;
    byId.reserve(document.elements.size());
    for (const Element &e : std::as_const(document.elements)) {
        byId.insert(e.id, &e);
    }
    // Pointers into the list stay valid below: only fields change, never the list itself.
    int bindings = 0;
    int containers = 0;
    int frames = 0;
    int images = 0;
    for (Element &e : document.elements) {
        clearDangling(e.startBinding, byId, bindings);
        clearDangling(e.endBinding, byId, bindings);
        if (!e.containerId.isEmpty()) {
            const Element *c = byId.value(e.containerId);
            if (e.type != ElementType::Text || !c || !c->isContainer() || c == &e) {
                e.containerId.clear();
                ++containers;
            }
        }
        if (!e.frameId.isEmpty()) {
            const Element *f = byId.value(e.frameId);
            if (!f || f->type != ElementType::Frame || f == &e) {
                e.frameId.clear();
                ++frames;
            }
        }
        if (e.type == ElementType::Image && !document.files.contains(e.fileId)) {
            ++images;
        }
    }
    if (bindings > 0) {
        warnings.add(tr("%n arrow binding(s) pointed at missing elements and were released.", bindings));
    }
    if (containers > 0) {
        warnings.add(tr("%n text(s) pointed at a missing container and now stand alone.", containers));
    }
    if (frames > 0) {
        warnings.add(tr("%n element(s) pointed at a missing frame and were taken out of it.", frames));
    }
    if (images > 0) {
        warnings.add(tr("%n image(s) have no embedded file and show as placeholders.", images));
    }
}

} // namespace Board::Io
