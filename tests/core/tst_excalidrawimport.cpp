// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/io/excalidraw.h"
#include "board/io/imageexport.h"
#include "board/renderer.h"
#include "boardfixtures.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Board;

namespace
{
struct Tally {
    QHash<ElementType, int> types;
    int bindings = 0; ///< arrow ends bound to an element that exists
    int containedTexts = 0;
    int pressured = 0;
    int framed = 0;
    int grouped = 0;
};

void tally(const Document &doc, Tally &t)
{
    for (const Element &e : doc.elements) {
        ++t.types[e.type];
        for (const Binding *b : {&e.startBinding, &e.endBinding}) {
            if (b->isBound()) {
                QVERIFY2(doc.find(b->elementId), qPrintable(b->elementId));
                ++t.bindings;
            }
        }
        if (!e.containerId.isEmpty()) {
            QVERIFY(doc.find(e.containerId) && doc.find(e.containerId)->isContainer());
            ++t.containedTexts;
        }
        if (!e.pressures.isEmpty()) {
            QCOMPARE(e.pressures.size(), e.points.size());
            ++t.pressured;
        }
        t.framed += e.frameId.isEmpty() ? 0 : 1;
        t.grouped += e.groupIds.isEmpty() ? 0 : 1;
    }
}

/// Share of pixels that differ from the background: "rendered recognisably" means ink inside the bounds.
double inkRatio(const QImage &image, QRgb background)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        const QRgb *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2) {
            ink += (row[x] & 0xffffff) != (background & 0xffffff) ? 1 : 0;
        }
    }
    return double(ink) / ((image.width() / 2 + 1) * (image.height() / 2 + 1));
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray element(const char *json)
{
    return QByteArray("{\"type\":\"excalidraw\",\"version\":2,\"elements\":[") + json + "]}";
}
} // namespace

class TestExcalidrawImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<int>>("counts"); // rectangle, diamond, ellipse, arrow, line, freedraw, text, image, frame
        QTest::addColumn<int>("bindings");
        QTest::addColumn<int>("containedTexts");
        QTest::addColumn<int>("pressured");
        QTest::addColumn<int>("files");
        QTest::addColumn<int>("framed");
        QTest::addColumn<int>("grouped");
        QTest::newRow("legacy 2020") << u"legacy-2020-draw-boundElementIds.excalidraw"_s << QList<int> {0, 0, 7, 9, 14, 0, 11, 0, 0} << 14 << 0 << 0 << 0 << 0
                                     << 0;
        QTest::newRow("pressures") << u"freedraw-pressures.excalidraw"_s << QList<int> {0, 0, 0, 0, 0, 53, 0, 0, 0} << 0 << 0 << 53 << 0 << 0 << 0;
        QTest::newRow("images") << u"embedded-images-png.excalidraw"_s << QList<int> {25, 8, 5, 15, 3, 0, 25, 6, 0} << 26 << 1 << 0 << 6 << 0 << 17;
        QTest::newRow("282 elements") << u"large-system-design-282el.excalidraw"_s << QList<int> {60, 0, 7, 35, 22, 0, 158, 0, 0} << 52 << 28 << 0 << 0 << 0
                                      << 18;
        QTest::newRow("containers") << u"bound-arrows-containers-freedraw.excalidraw"_s << QList<int> {20, 0, 5, 32, 8, 30, 41, 0, 0} << 37 << 21 << 0 << 0 << 0
                                    << 0;
        QTest::newRow("frames") << u"frames-slides.excalidraw"_s << QList<int> {68, 0, 0, 55, 0, 0, 81, 0, 8} << 77 << 64 << 0 << 0 << 204 << 0;
        QTest::newRow("768 elements") << u"huge-presentation-frames-768el.excalidraw"_s << QList<int> {33, 0, 31, 23, 512, 56, 92, 0, 21} << 32 << 28 << 0 << 0
                                      << 747 << 613;
        QTest::newRow("fixedPoint") << u"modern-fixedpoint-bindings-deleted.excalidraw"_s << QList<int> {32, 0, 0, 27, 0, 0, 60, 0, 0} << 54 << 33 << 0 << 0
                                    << 0 << 0;
    }

    void realFiles()
    {
        QFETCH(QString, file);
        QFETCH(QList<int>, counts);
        const QString path = TestSupport::sharedData(u"excalidraw/"_s + file);
        if (path.isEmpty()) {
            QSKIP("../shared/data/excalidraw is absent (real Excalidraw files are never copied into the repo)");
        }
        QString error;
        QStringList warnings;
        const Document doc = Io::fromExcalidraw(read(path), &error, &warnings);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Tally t;
        tally(doc, t);
        const QList<ElementType> order {ElementType::Rectangle,
                                        ElementType::Diamond,
                                        ElementType::Ellipse,
                                        ElementType::Arrow,
                                        ElementType::Line,
                                        ElementType::Freehand,
                                        ElementType::Text,
                                        ElementType::Image,
                                        ElementType::Frame};
        for (qsizetype i = 0; i < order.size(); ++i) {
            QCOMPARE(t.types.value(order.at(i)), counts.at(i));
        }
        QTEST(t.bindings, "bindings");
        QTEST(t.containedTexts, "containedTexts");
        QTEST(t.pressured, "pressured");
        QTEST(int(doc.files.size()), "files");
        QTEST(t.framed, "framed");
        QTEST(t.grouped, "grouped");
        for (const ImageFile &f : doc.files) {
            QVERIFY2(!QImage::fromData(f.data).isNull(), qPrintable(f.id));
        }
        for (const Element &e : doc.elements) {
            if (e.type == ElementType::Arrow && e.endBinding.isBound()) {
                QVERIFY(e.endBinding.fixedPoint.x() >= 0 && e.endBinding.fixedPoint.x() <= 1);
            }
        }

        // Rendered recognisably: a non-blank picture with ink spread over the drawing.
        Io::ExportOptions options;
        options.scale = 0.5;
        options.embedScene = false;
        const QImage image = Io::renderImage(doc, options);
        QVERIFY(!image.isNull());
        const QRgb background = doc.background.rgb();
        QVERIFY2(inkRatio(image, background) > 0.002, qPrintable(QString::number(inkRatio(image, background))));
        const QRectF bounds = Renderer::sceneBounds(doc);
        QVERIFY(bounds.width() > 100 && bounds.height() > 50);
        // Ink in each half: the whole drawing made it onto the picture, not just a corner.
        QVERIFY(inkRatio(image.copy(0, 0, image.width() / 2, image.height()), background) > 0.0005);
        QVERIFY(inkRatio(image.copy(image.width() / 2, 0, image.width() / 2, image.height()), background) > 0.0005);
    }

    void legacyFixesUp()
    {
        const QString path = TestSupport::sharedData(u"excalidraw/legacy-2020-draw-boundElementIds.excalidraw"_s);
        if (path.isEmpty()) {
            QSKIP("../shared/data/excalidraw is absent");
        }
        const Document doc = Io::fromExcalidraw(read(path));
        for (const Element &e : doc.elements) {
            if (e.type == ElementType::Arrow) {
                QCOMPARE(e.endArrowhead, Arrowhead::Arrow); // no arrowhead keys in 2020: arrows pointed forward
                QCOMPARE(e.startArrowhead, Arrowhead::None);
            }
        }
    }

    void libraries()
    {
        const QString v1 = TestSupport::sharedData(u"excalidraw/excalidraw-fixture-library-v1.excalidrawlib"_s);
        const QString v2 = TestSupport::sharedData(u"excalidraw/uml-deployment-diagram-v2.excalidrawlib"_s);
        if (v1.isEmpty() || v2.isEmpty()) {
            QSKIP("../shared/data/excalidraw is absent");
        }
        QString error;
        const QList<Io::LibraryItem> one = Io::fromExcalidrawLibrary(read(v1), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().elements.size(), 1);
        QCOMPARE(one.first().elements.first().type, ElementType::Rectangle);
        QVERIFY(!one.first().elements.first().rounded); // strokeSharpness "sharp"

        const QList<Io::LibraryItem> uml = Io::fromExcalidrawLibrary(read(v2), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(uml.size(), 8);
        int elements = 0;
        for (const Io::LibraryItem &item : uml) {
            QVERIFY(!item.name.isEmpty());
            elements += int(item.elements.size());
        }
        QCOMPARE(elements, 44);

        // As a board: items side by side, none overlapping.
        const Document board = Io::fromExcalidraw(read(v2), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(board.elements.size(), 44);
    }

    // Generated fixtures: the same code paths without the shared data.
    void legacyFormsGenerated()
    {
        const QByteArray input = element(
            "\n"
            "            "
            "{\"id\":\"r\",\"type\":\"rectangle\",\"x\":0,\"y\":0,\"width\":100,\"height\":50,\"strokeSharpness\":\"round\",\"boundElementIds\":[\"a\"]},\n"
            "            {\"id\":\"e\",\"type\":\"ellipse\",\"x\":300,\"y\":0,\"width\":100,\"height\":50,\"strokeSharpness\":\"sharp\"},\n"
            "            {\"id\":\"a\",\"type\":\"arrow\",\"x\":105,\"y\":25,\"width\":190,\"height\":0,\"points\":[[0,0],[190,0]],\n"
            "             \"startBinding\":{\"elementId\":\"r\",\"focus\":0,\"gap\":5},\"endBinding\":{\"elementId\":\"e\",\"focus\":0.1,\"gap\":5}},\n"
            "            {\"id\":\"d\",\"type\":\"draw\",\"x\":0,\"y\":100,\"width\":10,\"height\":10,\"points\":[[0,0],[10,10]]},\n"
            "            {\"id\":\"gone\",\"type\":\"rectangle\",\"isDeleted\":true},\n"
            "            {\"id\":\"sel\",\"type\":\"selection\"}");
        QString error;
        QStringList warnings;
        const Document doc = Io::fromExcalidraw(input, &error, &warnings);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(doc.elements.size(), 4);
        QVERIFY(doc.find(u"r"_s)->rounded);
        QVERIFY(!doc.find(u"e"_s)->rounded);
        QCOMPARE(doc.find(u"d"_s)->type, ElementType::Line);
        const Element *arrow = doc.find(u"a"_s);
        QCOMPARE(arrow->endArrowhead, Arrowhead::Arrow);
        QCOMPARE(arrow->startBinding.elementId, u"r"_s);
        QCOMPARE(arrow->endBinding.elementId, u"e"_s);
        // focus/gap carries no point: it is worked out from where the arrow ends.
        QCOMPARE(arrow->startBinding.fixedPoint, QPointF(1, 0.5));
        QCOMPARE(arrow->endBinding.fixedPoint, QPointF(0, 0.5));
        QCOMPARE(doc.find(u"r"_s)->roughness, 1); // Excalidraw's default when the key is missing
    }

    void modernFormsGenerated()
    {
        const QByteArray png = BoardFixtures::pngBytes(Qt::blue).toBase64();
        const QByteArray input
            = "{\"type\":\"excalidraw\",\"version\":2,\"source\":\"https://excalidraw.com\",\n"
              "            \"appState\":{\"viewBackgroundColor\":\"#fff9db\",\"gridSize\":20,\"gridModeEnabled\":true},\n"
              "            \"elements\":[\n"
              "            {\"id\":\"box\",\"type\":\"rectangle\",\"x\":0,\"y\":0,\"width\":200,\"height\":80,\"roundness\":{\"type\":3},\n"
              "             \"backgroundColor\":\"#a5d8ff80\",\"boundElements\":[{\"id\":\"lbl\",\"type\":\"text\"},{\"id\":\"arr\",\"type\":\"arrow\"}]},\n"
              "            {\"id\":\"lbl\",\"type\":\"text\",\"x\":10,\"y\":30,\"width\":180,\"height\":25,\"text\":\"Batcher "
              "/\\nscheduler\",\"originalText\":\"Batcher / scheduler\",\n"
              "             \"containerId\":\"box\",\"fontSize\":16,\"fontFamily\":6,\"textAlign\":\"center\",\"verticalAlign\":\"middle\"},\n"
              "            "
              "{\"id\":\"tgt\",\"type\":\"image\",\"x\":400,\"y\":0,\"width\":50,\"height\":50,\"fileId\":\"f1\",\"scale\":[-1,1],\"status\":\"saved\"},\n"
              "            "
              "{\"id\":\"arr\",\"type\":\"arrow\",\"x\":200,\"y\":40,\"width\":200,\"height\":0,\"points\":[[0,0],[200,0]],\"startArrowhead\":\"diamond_"
              "outline\",\n"
              "             \"endArrowhead\":\"cardinality_many\",\"startBinding\":{\"elementId\":\"box\",\"mode\":\"orbit\",\"fixedPoint\":[1,0.5]},\n"
              "             \"endBinding\":{\"elementId\":\"tgt\",\"mode\":\"inside\",\"fixedPoint\":[0.25,0.75]}},\n"
              "            "
              "{\"id\":\"pen\",\"type\":\"freedraw\",\"x\":0,\"y\":200,\"points\":[[0,0],[5,5],[10,3]],\"pressures\":[0.1,0.6,0.9],\"simulatePressure\":false},"
              "\n"
              "            {\"id\":\"sim\",\"type\":\"freedraw\",\"x\":0,\"y\":300,\"points\":[[0,0],[5,5]],\"pressures\":[],\"simulatePressure\":true},\n"
              "            {\"id\":\"fr\",\"type\":\"frame\",\"x\":-20,\"y\":-20,\"width\":600,\"height\":400,\"name\":null},\n"
              "            {\"id\":\"kid\",\"type\":\"ellipse\",\"x\":0,\"y\":0,\"width\":10,\"height\":10,\"frameId\":\"fr\",\"groupIds\":[\"g1\",\"g2\"]},\n"
              "            {\"id\":\"web\",\"type\":\"embeddable\",\"x\":0,\"y\":500,\"width\":100,\"height\":100,\"link\":\"https://example.org\"}],\n"
              "            \"files\":{\"f1\":{\"mimeType\":\"image/png\",\"id\":\"f1\",\"dataURL\":\"data:image/png;base64,"
            + png + "\",\"created\":5},\"big\":{\"mimeType\":\"text/html\",\"id\":\"big\",\"dataURL\":\"data:text/html;base64,AAAA\"}}}";
        QString error;
        QStringList warnings;
        const Document doc = Io::fromExcalidraw(input, &error, &warnings);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(doc.elements.size(), 9);
        QCOMPARE(doc.background, QColor(0xff, 0xf9, 0xdb));
        QVERIFY(doc.gridEnabled);
        QCOMPARE(doc.gridSize, 20);
        const Element *box = doc.find(u"box"_s);
        QVERIFY(box->rounded);
        QCOMPARE(box->backgroundColor, QColor(0xa5, 0xd8, 0xff, 0x80));
        const Element *label = doc.find(u"lbl"_s);
        QCOMPARE(label->text, u"Batcher / scheduler"_s); // unwrapped: our renderer wraps to the container
        QCOMPARE(label->containerId, u"box"_s);
        QCOMPARE(label->fontFamily, 6);
        QCOMPARE(label->textAlign, TextAlign::Center);
        QCOMPARE(label->verticalAlign, VerticalAlign::Middle);
        const Element *arrow = doc.find(u"arr"_s);
        QCOMPARE(arrow->startArrowhead, Arrowhead::DiamondOutline);
        QCOMPARE(arrow->endArrowhead, Arrowhead::Bar);
        QCOMPARE(arrow->endBinding.fixedPoint, QPointF(0.25, 0.75));
        QCOMPARE(doc.find(u"pen"_s)->pressures, (QList<float> {0.1f, 0.6f, 0.9f}));
        QVERIFY(doc.find(u"sim"_s)->pressures.isEmpty());
        QCOMPARE(doc.find(u"tgt"_s)->imageScale, QPointF(-1, 1));
        QCOMPARE(doc.find(u"kid"_s)->frameId, u"fr"_s);
        QCOMPARE(doc.find(u"kid"_s)->groupIds, (QStringList {u"g1"_s, u"g2"_s}));
        QCOMPARE(doc.find(u"web"_s)->type, ElementType::Rectangle);
        QCOMPARE(doc.find(u"web"_s)->link, u"https://example.org"_s);
        QCOMPARE(doc.files.size(), 1);
        QVERIFY(!QImage::fromData(doc.files.value(u"f1"_s).data).isNull());
        QCOMPARE(doc.files.value(u"f1"_s).created, 5);
        QVERIFY(warnings.join(u' ').contains(u"not images"_s));
        QVERIFY(warnings.join(u' ').contains(u"web page"_s));
    }

    void clipboardAndUntyped()
    {
        QString error;
        const QByteArray clipboard = "{\"type\":\"excalidraw/clipboard\",\"elements\":[{\"id\":\"a\",\"type\":\"rectangle\"}],\"files\":{}}";
        Document doc = Io::fromExcalidraw(clipboard, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(doc.elements.size(), 1);
        const QByteArray untyped = "{\"elements\":[],\"appState\":{}}";
        doc = Io::fromExcalidraw(untyped, &error);
        QVERIFY(error.isEmpty());
        const QByteArray tldraw = "{\"type\":\"tldraw\",\"elements\":[]}";
        doc = Io::fromExcalidraw(tldraw, &error);
        QVERIFY(error.contains(u"tldraw"_s));
    }
};

QTEST_MAIN(TestExcalidrawImport)
#include "tst_excalidrawimport.moc"
