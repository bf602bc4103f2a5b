// SPDX-License-Identifier: GPL-3.0-or-later
// `mlprep board convert IN OUT` on the real binary, without a display.
#include "../core/boardfixtures.h"
#include "board/io/excalidraw.h"
#include "board/io/mlboard.h"
#include "e2esupport.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

class TestBoardConvert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertsBetweenFormats()
    {
        TestSupport::TempDataDir dir;
        const Board::Document doc = BoardFixtures::richDocument();
        write(dir.filePath(u"in.mlboard"_s), Board::Io::toMlboard(doc));

        const Run toExcalidraw = runMlprep({u"board"_s, u"convert"_s, dir.filePath(u"in.mlboard"_s), dir.filePath(u"out.excalidraw"_s)});
        QCOMPARE(toExcalidraw.exitCode, 0);
        QString error;
        QVERIFY(Board::Io::fromExcalidraw(TestSupport::readAll(dir.filePath(u"out.excalidraw"_s)), &error).elements == doc.elements);

        const Run back = runMlprep({u"board"_s, u"convert"_s, dir.filePath(u"out.excalidraw"_s), dir.filePath(u"back.mlboard"_s)});
        QCOMPARE(back.exitCode, 0);
        QVERIFY(Board::Io::fromMlboard(TestSupport::readAll(dir.filePath(u"back.mlboard"_s)), &error) == doc);
    }

    void rendersWithoutADisplay()
    {
        TestSupport::TempDataDir dir;
        write(dir.filePath(u"in.mlboard"_s), Board::Io::toMlboard(BoardFixtures::richDocument()));
        const Run png = runMlprep({u"board"_s, u"convert"_s, u"--scale"_s, u"2"_s, dir.filePath(u"in.mlboard"_s), dir.filePath(u"out.png"_s)});
        QCOMPARE(png.exitCode, 0);
        const QImage image(dir.filePath(u"out.png"_s));
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 2000); // the fixture spans > 1,000 units; 2× doubles it
        QVERIFY(distinctColours(image) > 10);
        for (const QString &name : {u"out.svg"_s, u"out.pdf"_s}) {
            const Run run = runMlprep({u"board"_s, u"convert"_s, dir.filePath(u"in.mlboard"_s), dir.filePath(name)});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(QFile(dir.filePath(name)).size() > 1000);
        }
        // The PNG carries the scene: it converts back into a board.
        const Run reopen = runMlprep({u"board"_s, u"convert"_s, dir.filePath(u"out.png"_s), dir.filePath(u"again.mlboard"_s)});
        QCOMPARE(reopen.exitCode, 0);
    }

    void realFileRenders()
    {
        const QString path = TestSupport::sharedData(u"excalidraw/large-system-design-282el.excalidraw"_s);
        if (path.isEmpty()) {
            QSKIP("../shared/data/excalidraw is absent (real Excalidraw files are never copied into the repo)");
        }
        TestSupport::TempDataDir dir;
        const Run run = runMlprep({u"board"_s, u"convert"_s, path, dir.filePath(u"big.png"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(distinctColours(QImage(dir.filePath(u"big.png"_s))) > 5);
    }

    void badInputExitsTwo()
    {
        TestSupport::TempDataDir dir;
        write(dir.filePath(u"bad.excalidraw"_s), "{\"type\":\"excalidraw\",\"elements\":[");
        const Run bad = runMlprep({u"board"_s, u"convert"_s, dir.filePath(u"bad.excalidraw"_s), dir.filePath(u"out.png"_s)});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("not valid JSON"));
        QVERIFY(!QFile::exists(dir.filePath(u"out.png"_s)));

        const Run missing = runMlprep({u"board"_s, u"convert"_s, dir.filePath(u"nope.mlboard"_s), dir.filePath(u"out.png"_s)});
        QCOMPARE(missing.exitCode, 2);

        const Run usage = runMlprep({u"board"_s, u"convert"_s, dir.filePath(u"bad.excalidraw"_s)});
        QCOMPARE(usage.exitCode, 1);
        const Run format = runMlprep({u"board"_s, u"convert"_s, dir.filePath(u"bad.excalidraw"_s), dir.filePath(u"out.docx"_s)});
        QCOMPARE(format.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestBoardConvert)
#include "tst_boardconvert.moc"
