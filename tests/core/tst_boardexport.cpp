// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/io/boardfile.h"
#include "board/io/embeddedscene.h"
#include "board/io/excalidraw.h"
#include "board/io/imageexport.h"
#include "board/renderer.h"
#include "boardfixtures.h"
#include "testsupport.h"

#include <QImage>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Board;

class TestBoardExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngIsTwiceAsLargeAt2x()
    {
        const Document doc = BoardFixtures::richDocument();
        Io::ExportOptions one;
        one.embedScene = false;
        Io::ExportOptions two = one;
        two.scale = 2;
        const QImage a = QImage::fromData(Io::exportPng(doc, one));
        const QImage b = QImage::fromData(Io::exportPng(doc, two));
        QVERIFY(!a.isNull() && !b.isNull());
        const QRectF scene = Io::exportSceneRect(doc, one);
        QCOMPARE(a.width(), int(std::ceil(scene.width())));
        QCOMPARE(a.height(), int(std::ceil(scene.height())));
        QVERIFY(std::abs(b.width() - 2 * a.width()) <= 1);
        QVERIFY(std::abs(b.height() - 2 * a.height()) <= 1);
        QVERIFY(scene.contains(Renderer::sceneBounds(doc)));
    }

    void transparencyIsAChoice()
    {
        const Document doc = BoardFixtures::richDocument();
        Io::ExportOptions opaque;
        Io::ExportOptions clear;
        clear.transparent = true;
        const QImage solid = QImage::fromData(Io::exportPng(doc, opaque));
        const QImage see = QImage::fromData(Io::exportPng(doc, clear));
        QVERIFY(solid.hasAlphaChannel() ? qAlpha(solid.pixel(1, 1)) == 255 : true);
        QCOMPARE(QColor(solid.pixel(1, 1)).rgb(), doc.background.rgb());
        QVERIFY(see.hasAlphaChannel());
        QCOMPARE(qAlpha(see.pixel(1, 1)), 0);
    }

    void darkModeChangesThePicture()
    {
        const Document doc = BoardFixtures::richDocument();
        Io::ExportOptions light;
        Io::ExportOptions dark;
        dark.dark = true;
        const QImage a = Io::renderImage(doc, light);
        const QImage b = Io::renderImage(doc, dark);
        QCOMPARE(a.size(), b.size());
        QVERIFY(qGray(a.pixel(1, 1)) > 200);
        QVERIFY(qGray(b.pixel(1, 1)) < 60);
    }

    void svgIsParseableAndDrawsSomething()
    {
        const QByteArray svg = Io::exportSvg(BoardFixtures::richDocument(), {});
        QVERIFY(svg.size() > 500);
        QXmlStreamReader xml(svg);
        int elements = 0;
        while (!xml.atEnd()) {
            elements += xml.readNext() == QXmlStreamReader::StartElement ? 1 : 0;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 10);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(!renderer.viewBoxF().isEmpty());
    }

    void pdfIsAPdf()
    {
        const QByteArray pdf = Io::exportPdf(BoardFixtures::richDocument(), {});
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.contains("/MediaBox"));
        QVERIFY(pdf.size() > 1000);
    }

    void embeddedSceneReopens()
    {
        const Document doc = BoardFixtures::richDocument();
        for (const QByteArray &image : {Io::exportPng(doc, {}), Io::exportSvg(doc, {})}) {
            QString error;
            const Document back = Io::fromExcalidraw(image, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(back.elements.size(), doc.elements.size());
            QVERIFY(back.elements == doc.elements);
        }
        // The PNG is still a PNG every viewer opens.
        QVERIFY(!QImage::fromData(Io::exportPng(doc, {})).isNull());
    }

    void embedEncodingMatchesExcalidraw()
    {
        const QByteArray scene = Io::toExcalidraw(BoardFixtures::richDocument());
        const QByteArray payload = Io::EmbeddedScene::encode(scene);
        QVERIFY(payload.contains("\"encoding\":\"bstring\""));
        QVERIFY(payload.contains("\"compressed\":true"));
        QString error;
        QCOMPARE(Io::EmbeddedScene::decode(payload, &error), scene);
        // Uncompressed and raw legacy payloads too.
        const QByteArray plain = "{\"version\":\"1\",\"encoding\":\"bstring\",\"compressed\":false,\"encoded\":\"{\\\"type\\\":\\\"excalidraw\\\"}\"}";
        const QByteArray expected = "{\"type\":\"excalidraw\"}";
        QCOMPARE(Io::EmbeddedScene::decode(plain, &error), expected);
        const QByteArray legacy = "{\"type\":\"excalidraw\",\"elements\":[]}";
        QCOMPARE(Io::EmbeddedScene::decode(legacy, &error), legacy);
    }

    void onlySelectionShrinksTheExport()
    {
        const Document doc = BoardFixtures::richDocument();
        Io::ExportOptions all;
        Io::ExportOptions some;
        some.only = {u"router"_s};
        const QImage whole = Io::renderImage(doc, all);
        const QImage part = Io::renderImage(doc, some);
        QVERIFY(part.width() < whole.width() / 3);
        QVERIFY(part.width() >= 160);
        QString error;
        const Document reopened = Io::fromExcalidraw(Io::exportPng(doc, some), &error);
        QCOMPARE(reopened.elements.size(), 2); // the router and its label
    }

    void emptyAndHugeBoardsStayBounded()
    {
        QVERIFY(!Io::renderImage(Document {}, {}).isNull());
        Document far;
        far.elements.append(BoardFixtures::shape(u"a"_s, ElementType::Rectangle, -9e6, -9e6, 10, 10));
        far.elements.append(BoardFixtures::shape(u"b"_s, ElementType::Rectangle, 9e6, 9e6, 10, 10));
        Io::ExportOptions options;
        options.scale = 2;
        const QImage image = Io::renderImage(far, options);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() <= Io::MaxExportSide && image.height() <= Io::MaxExportSide);
        QVERIFY(qint64(image.width()) * image.height() <= Io::MaxExportPixels);
        QVERIFY(Io::exportPdf(far, {}).startsWith("%PDF-"));
    }

    void filesByExtension()
    {
        TestSupport::TempDataDir dir;
        const Document doc = BoardFixtures::richDocument();
        QString error;
        for (const QString &name : {u"b.mlboard"_s, u"b.excalidraw"_s, u"b.png"_s, u"b.svg"_s}) {
            QVERIFY2(Io::writeBoardFile(dir.filePath(name), doc, {}, &error), qPrintable(error));
            QVERIFY2(Io::readBoardFile(dir.filePath(name), &error).elements == doc.elements, qPrintable(name));
        }
        QVERIFY(Io::writeBoardFile(dir.filePath(u"b.pdf"_s), doc, {}, &error));
        QVERIFY(Io::readBoardFile(dir.filePath(u"b.pdf"_s), &error).elements.isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(!Io::writeBoardFile(dir.filePath(u"b.docx"_s), doc, {}, &error));
        QVERIFY(Io::readBoardFile(dir.filePath(u"missing.mlboard"_s), &error).elements.isEmpty());
        QVERIFY(error.contains(u"missing.mlboard"_s));
    }
};

QTEST_MAIN(TestBoardExport)
#include "tst_boardexport.moc"
