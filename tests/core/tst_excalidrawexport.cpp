// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/io/excalidraw.h"
#include "boardfixtures.h"
#include "boardroundtrip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Board;

namespace
{
QJsonObject byId(const QJsonArray &elements, const QString &id)
{
    for (const QJsonValue v : elements) {
        if (v.toObject().value("id"_L1).toString() == id) {
            return v.toObject();
        }
    }
    return {};
}

/// What Excalidraw's restore expects on every element (ANCHORS.md §2c, `_ExcalidrawElementBase`).
const QStringList s_commonKeys {
    u"id"_s,        u"type"_s,        u"x"_s,           u"y"_s,         u"width"_s,         u"height"_s,    u"angle"_s, u"strokeColor"_s, u"backgroundColor"_s,
    u"fillStyle"_s, u"strokeWidth"_s, u"strokeStyle"_s, u"roughness"_s, u"opacity"_s,       u"roundness"_s, u"seed"_s,  u"version"_s,     u"versionNonce"_s,
    u"index"_s,     u"isDeleted"_s,   u"groupIds"_s,    u"frameId"_s,   u"boundElements"_s, u"updated"_s,   u"link"_s,  u"locked"_s};
} // namespace

class TestExcalidrawExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reimportIsEqual()
    {
        const Document doc = BoardFixtures::richDocument();
        QString error;
        QStringList warnings;
        const Document back = Io::fromExcalidraw(Io::toExcalidraw(doc), &error, &warnings);
        BoardFixtures::verifyRoundTrip(back, doc, error, warnings);
    }

    void writesWhatExcalidrawRequires()
    {
        const QJsonObject root = QJsonDocument::fromJson(Io::toExcalidraw(BoardFixtures::richDocument())).object();
        QCOMPARE(root.value("type"_L1).toString(), u"excalidraw"_s);
        QCOMPARE(root.value("version"_L1).toInt(), 2);
        QVERIFY(root.value("source"_L1).isString());
        const QJsonObject appState = root.value("appState"_L1).toObject();
        for (const char *key : {"gridSize", "gridStep", "gridModeEnabled", "viewBackgroundColor", "lockedMultiSelections"}) {
            QVERIFY2(appState.contains(QLatin1StringView(key)), key);
        }
        const QJsonArray elements = root.value("elements"_L1).toArray();
        QSet<QString> indices;
        QString previous;
        for (const QJsonValue v : elements) {
            const QJsonObject e = v.toObject();
            for (const QString &key : s_commonKeys) {
                QVERIFY2(e.contains(key), qPrintable(e.value("id"_L1).toString() + u": "_s + key));
            }
            const QString index = e.value("index"_L1).toString();
            QVERIFY(index > previous); // fractional indices ascend with the z-order
            previous = index;
            indices.insert(index);
        }
        QCOMPARE(indices.size(), elements.size());

        // Both binding schemas, and the binding mirrored on the target.
        const QJsonObject arrow = byId(elements, u"a1"_s);
        const QJsonObject start = arrow.value("startBinding"_L1).toObject();
        for (const char *key : {"elementId", "focus", "gap", "fixedPoint", "mode"}) {
            QVERIFY2(start.contains(QLatin1StringView(key)), key);
        }
        QCOMPARE(start.value("fixedPoint"_L1).toArray(), (QJsonArray {1, 0.5}));
        QCOMPARE(arrow.value("startArrowhead"_L1).toString(), u"circle"_s);
        QCOMPARE(arrow.value("endArrowhead"_L1).toString(), u"triangle_outline"_s);
        QCOMPARE(arrow.value("elbowed"_L1).toBool(true), false);
        const QJsonArray routerBound = byId(elements, u"router"_s).value("boundElements"_L1).toArray();
        QVERIFY(routerBound.contains(QJsonObject {{"id"_L1, "a1"_L1}, {"type"_L1, "arrow"_L1}}));
        QVERIFY(routerBound.contains(QJsonObject {{"id"_L1, "router-label"_L1}, {"type"_L1, "text"_L1}}));
        QVERIFY(byId(elements, u"kv"_s).value("boundElements"_L1).toArray().contains(QJsonObject {{"id"_L1, "a1"_L1}, {"type"_L1, "arrow"_L1}}));

        const QJsonObject label = byId(elements, u"router-label"_s);
        for (const char *key : {"text", "originalText", "fontSize", "fontFamily", "textAlign", "verticalAlign", "containerId", "lineHeight", "autoResize"}) {
            QVERIFY2(label.contains(QLatin1StringView(key)), key);
        }
        const QJsonObject pen = byId(elements, u"f1"_s);
        QCOMPARE(pen.value("pressures"_L1).toArray().size(), 4);
        QCOMPARE(pen.value("simulatePressure"_L1).toBool(true), false);
        const QJsonObject image = byId(elements, u"img"_s);
        QCOMPARE(image.value("status"_L1).toString(), u"saved"_s);
        QCOMPARE(image.value("scale"_L1).toArray(), (QJsonArray {-1, 1}));
        const QJsonObject file = root.value("files"_L1).toObject().value("file-1"_L1).toObject();
        QVERIFY(file.value("dataURL"_L1).toString().startsWith(u"data:image/png;base64,iVBOR"_s));
        QCOMPARE(byId(elements, u"router"_s).value("strokeColor"_L1).toString(), u"#1971c2"_s);
        QCOMPARE(byId(elements, u"client"_s).value("backgroundColor"_L1).toString(), u"#b2f2bb80"_s);
        QCOMPARE(byId(elements, u"router"_s).value("roundness"_L1).toObject().value("type"_L1).toInt(), 2);
        QCOMPARE(byId(elements, u"frame"_s).value("name"_L1).toString(), u"Serving path"_s);
    }

    void cylinderBecomesAGroup()
    {
        const QJsonArray elements = QJsonDocument::fromJson(Io::toExcalidraw(BoardFixtures::richDocument())).object().value("elements"_L1).toArray();
        const QJsonObject box = byId(elements, u"kv"_s);
        const QJsonObject body = byId(elements, u"kv~body"_s);
        const QJsonObject top = byId(elements, u"kv~top"_s);
        QCOMPARE(box.value("type"_L1).toString(), u"rectangle"_s);
        QCOMPARE(box.value("strokeColor"_L1).toString(), u"transparent"_s);
        QCOMPARE(body.value("type"_L1).toString(), u"line"_s);
        QVERIFY(body.value("polygon"_L1).toBool());
        QVERIFY(body.value("points"_L1).toArray().size() > 8);
        QCOMPARE(top.value("type"_L1).toString(), u"ellipse"_s);
        QVERIFY(top.value("height"_L1).toDouble() < box.value("height"_L1).toDouble() / 2);
        const QString group = box.value("groupIds"_L1).toArray().first().toString();
        QCOMPARE(body.value("groupIds"_L1).toArray().first().toString(), group);
        QCOMPARE(top.value("groupIds"_L1).toArray().first().toString(), group);
    }

    void selectionOnly()
    {
        const Document doc = BoardFixtures::richDocument();
        const QSet<QString> only {u"router"_s, u"a1"_s};
        const QJsonObject root = QJsonDocument::fromJson(Io::toExcalidraw(doc, &only)).object();
        const QJsonArray elements = root.value("elements"_L1).toArray();
        QCOMPARE(elements.size(), 4); // router, its label, the arrow, the arrow's label
        const QJsonObject arrow = byId(elements, u"a1"_s);
        QVERIFY(arrow.value("startBinding"_L1).isObject());
        QVERIFY(arrow.value("endBinding"_L1).isNull()); // the cylinder was left out
        QVERIFY(byId(elements, u"router"_s).value("frameId"_L1).isNull());
        QVERIFY(root.value("files"_L1).toObject().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExcalidrawExport)
#include "tst_excalidrawexport.moc"
