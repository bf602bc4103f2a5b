// SPDX-License-Identifier: GPL-3.0-or-later
// Malformed, truncated and hostile board files: import what is valid with warnings or refuse with
// a clear message; never crash, never hang, never hand the renderer a value it cannot draw.
#include "board/io/embeddedscene.h"
#include "board/io/excalidraw.h"
#include "board/io/jsonfields.h"
#include "board/io/limits.h"
#include "board/io/mlboard.h"
#include "boardfixtures.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Board;

namespace
{
QByteArray scene(const QByteArray &elements)
{
    return "{\"type\":\"excalidraw\",\"version\":2,\"elements\":[" + elements + "]}";
}

/// Every number the renderer could see is finite and within the coordinate limit.
void verifyDrawable(const Document &doc)
{
    for (const Element &e : doc.elements) {
        for (double v : {e.x, e.y, e.width, e.height, e.angle, e.strokeWidth, e.fontSize}) {
            QVERIFY2(Io::isDrawable(v), qPrintable(e.id));
        }
        for (const QPointF &p : e.points) {
            QVERIFY(Io::isDrawable(p.x()) && Io::isDrawable(p.y()));
        }
        QVERIFY(e.points.size() <= Io::Limits::MaxPoints);
        QVERIFY(e.groupIds.size() <= Io::Limits::MaxGroupDepth);
        QVERIFY(e.text.size() <= Io::Limits::MaxTextLength);
    }
}
} // namespace

class TestBoardHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hugeCoordinatesSkipThatElementOnly()
    {
        QStringList warnings;
        QString error;
        const Document doc = Io::fromExcalidraw(scene("{\"id\":\"ok\",\"type\":\"rectangle\",\"x\":1,\"y\":1,\"width\":5,\"height\":5},\n"
                                                      "            {\"id\":\"big\",\"type\":\"rectangle\",\"x\":1e308,\"y\":0,\"width\":5,\"height\":5},\n"
                                                      "            {\"id\":\"wide\",\"type\":\"rectangle\",\"x\":0,\"y\":0,\"width\":-1e300,\"height\":5},\n"
                                                      "            {\"id\":\"pts\",\"type\":\"line\",\"x\":0,\"y\":0,\"points\":[[0,0],[1e200,5]]}"),
                                                &error,
                                                &warnings);
        QVERIFY(error.isEmpty());
        QCOMPARE(doc.elements.size(), 1);
        QCOMPARE(doc.elements.first().id, u"ok"_s);
        QVERIFY(warnings.join(u' ').contains(u"cannot be drawn"_s));
    }

    void overflowingNumbersAreRefusedClearly()
    {
        // JSON has no NaN or Infinity; 1e400 overflows a double and the whole file is refused.
        for (const QByteArray &bad :
             {scene("{\"type\":\"rectangle\",\"x\":1e400}"), scene("{\"type\":\"rectangle\",\"x\":NaN}"), scene("{\"type\":\"rectangle\",\"x\":Infinity}")}) {
            QString error;
            const Document doc = Io::fromExcalidraw(bad, &error);
            QVERIFY(doc.elements.isEmpty());
            QVERIFY2(error.contains(u"not valid JSON"_s), qPrintable(error));
        }
    }

    void millionElementsAreCappedQuickly()
    {
        QByteArray many = "{\"type\":\"excalidraw\",\"elements\":[";
        many.reserve(20'000'000);
        for (int i = 0; i < 1'000'000; ++i) {
            many += i ? ",{\"type\":\"line\"}" : "{\"type\":\"line\"}";
        }
        many += "]}";
        QElapsedTimer timer;
        timer.start();
        QStringList warnings;
        QString error;
        const Document doc = Io::fromExcalidraw(many, &error, &warnings);
        QVERIFY(error.isEmpty());
        QCOMPARE(doc.elements.size(), Io::Limits::MaxElements);
        QVERIFY(warnings.join(u' ').contains(u"more than"_s));
        QVERIFY2(timer.elapsed() < 60'000, "a million elements must not hang the reader");
        verifyDrawable(doc);
    }

    void deepNestingIsRefused()
    {
        QByteArray deep = "{\"type\":\"excalidraw\",\"elements\":[{\"type\":\"rectangle\",\"customData\":";
        for (int i = 0; i < 5000; ++i) {
            deep += "{\"a\":";
        }
        deep += "1" + QByteArray(5000, '}') + "}]}";
        QString error;
        QVERIFY(Io::fromExcalidraw(deep, &error).elements.isEmpty());
        QVERIFY2(error.contains(u"not valid JSON"_s), qPrintable(error));
        QVERIFY(Io::fromMlboard(QByteArray(100000, '['), &error).elements.isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void wrongTypesAndMissingFieldsFallBack()
    {
        QStringList warnings;
        const Document doc = Io::fromExcalidraw(
            scene("{\"type\":\"rectangle\"},\n"
                  "            "
                  "{\"id\":7,\"type\":\"ellipse\",\"x\":\"1\",\"y\":[],\"width\":{},\"strokeColor\":\"#zzzzzz\",\"opacity\":\"full\",\"groupIds\":\"g\",\n"
                  "             \"roundness\":5,\"angle\":null},\n"
                  "            {\"id\":\"t\",\"type\":\"text\",\"text\":42,\"fontSize\":\"big\",\"textAlign\":\"justify\"},\n"
                  "            {\"id\":\"l\",\"type\":\"arrow\",\"points\":\"none\",\"startBinding\":\"x\",\"endBinding\":{\"elementId\":5}},\n"
                  "            {\"id\":\"f\",\"type\":\"freedraw\",\"points\":[]},\n"
                  "            "
                  "{\"id\":\"p\",\"type\":\"freedraw\",\"points\":[[0,0],[1],[\"a\",\"b\"],[2,2]],\"pressures\":[1,2,3],\"simulatePressure\":false},\n"
                  "            {\"id\":\"u\",\"type\":\"hexagon\"}, \"string\", 12, null, []"),
            nullptr,
            &warnings);
        QCOMPARE(doc.elements.size(), 5); // rectangle, ellipse, text, arrow, pen "p"; the empty stroke and the rest dropped
        const Element *ellipse = &doc.elements.at(1);
        QCOMPARE(ellipse->type, ElementType::Ellipse);
        QCOMPARE(ellipse->id, u"el~2"_s); // both id-less elements got distinct ids
        QCOMPARE(ellipse->x, 0.0);
        QCOMPARE(ellipse->opacity, 100);
        QCOMPARE(ellipse->strokeColor, Element().strokeColor);
        QVERIFY(ellipse->groupIds.isEmpty());
        const Element *text = doc.find(u"t"_s);
        QVERIFY(text->text.isEmpty());
        QCOMPARE(text->fontSize, 20.0);
        const Element *arrow = doc.find(u"l"_s);
        QCOMPARE(arrow->points.size(), 2);
        QVERIFY(!arrow->startBinding.isBound() && !arrow->endBinding.isBound());
        const Element *pen = doc.find(u"p"_s);
        QCOMPARE(pen->points.size(), 2);
        QVERIFY(pen->pressures.isEmpty()); // three pressures for two usable points: simulated instead
        QVERIFY(!warnings.isEmpty());
        verifyDrawable(doc);
    }

    void oversizedPartsAreCut()
    {
        QByteArray points = "[";
        for (int i = 0; i < Io::Limits::MaxPoints + 500; ++i) {
            points += (i ? ",[" : "[") + QByteArray::number(i % 100) + ",1]";
        }
        points += "]";
        QByteArray groups = "[";
        for (int i = 0; i < 10000; ++i) {
            groups += (i ? ",\"g" : "\"g") + QByteArray::number(i) + "\"";
        }
        groups += "]";
        const QByteArray longText(Io::Limits::MaxTextLength * 3, 'x');
        QStringList warnings;
        const Document doc = Io::fromExcalidraw(scene("{\"id\":\"l\",\"type\":\"line\",\"points\":" + points + ",\"groupIds\":" + groups
                                                      + "},{\"id\":\"t\",\"type\":\"text\",\"text\":\"" + longText + "\"}"),
                                                nullptr,
                                                &warnings);
        QCOMPARE(doc.elements.size(), 2);
        verifyDrawable(doc);
    }

    void tooLargeFilesAreRefusedBeforeParsing()
    {
        const QByteArray huge(Io::Limits::MaxFileBytes + 1, ' ');
        QString error;
        QVERIFY(Io::fromExcalidraw(huge, &error).elements.isEmpty());
        QVERIFY(error.contains(u"64 MB"_s));
        QVERIFY(Io::fromMlboard(huge, &error).elements.isEmpty());
        QVERIFY(error.contains(u"64 MB"_s));
    }

    void oversizedImagesAreLeftOut()
    {
        const QByteArray big = QByteArray(Io::Limits::MaxImageBytes + 10, 'a').toBase64();
        const QByteArray input = QByteArray("{\"type\":\"excalidraw\",\"elements\":[{\"id\":\"i\",\"type\":\"image\",\"fileId\":\"f\"}],\"files\":{\"f\":{"
                                            "\"mimeType\":\"image/png\",\"dataURL\":\"data:image/png;base64,")
            + big + QByteArray("\"},\"g\":{\"mimeType\":\"image/png\",\"dataURL\":\"javascript:void\"}}}");
        QStringList warnings;
        const Document doc = Io::fromExcalidraw(input, nullptr, &warnings);
        QCOMPARE(doc.elements.size(), 1);
        QVERIFY(doc.files.isEmpty());
        QVERIFY(warnings.join(u' ').contains(u"placeholder"_s));
    }

    void compressionBombsAreRefused()
    {
        const QByteArray zeros(Io::Limits::MaxFileBytes + 1024, '\0');
        const QByteArray bomb = qCompress(zeros, 9).mid(4);
        const QByteArray payload = "{\"version\":\"1\",\"encoding\":\"bstring\",\"compressed\":true,\"encoded\":\""
            + QString::fromLatin1(bomb).toUtf8().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        QString error;
        QVERIFY(Io::EmbeddedScene::decode(payload, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void damagedPngsAreRefused()
    {
        QByteArray png = BoardFixtures::pngBytes(Qt::green);
        QString error;
        QVERIFY(Io::fromExcalidraw(png, &error).elements.isEmpty());
        QVERIFY2(error.contains(u"no embedded"_s), qPrintable(error));
        QByteArray broken = png.left(8) + QByteArray("\xff\xff\xff\xf0IHDR", 8) + png.mid(16);
        QVERIFY(Io::fromExcalidraw(broken, &error).elements.isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void randomCorruptionNeverCrashes()
    {
        const QList<QByteArray> seeds {Io::toExcalidraw(BoardFixtures::richDocument()), Io::toMlboard(BoardFixtures::richDocument())};
        QRandomGenerator random(20261125);
        for (int round = 0; round < 400; ++round) {
            QByteArray input = seeds.at(round % 2);
            const int edits = 1 + int(random.bounded(8));
            for (int k = 0; k < edits; ++k) {
                const int at = int(random.bounded(input.size()));
                switch (random.bounded(3)) {
                case 0:
                    input[at] = char(random.bounded(256));
                    break;
                case 1:
                    input.remove(at, int(random.bounded(40)));
                    break;
                default:
                    input.insert(at, input.mid(int(random.bounded(input.size())), 30));
                }
            }
            QString error;
            QStringList warnings;
            verifyDrawable(Io::fromExcalidraw(input, &error, &warnings));
            verifyDrawable(Io::fromMlboard(input, &error, &warnings));
        }
    }
};

QTEST_GUILESS_MAIN(TestBoardHostile)
#include "tst_boardhostile.moc"
