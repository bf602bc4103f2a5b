// SPDX-License-Identifier: GPL-3.0-or-later
// --screenshot renders every page of the real window offscreen, in both palettes.
#include "e2esupport.h"
#include "storage/instancelock.h"
#include "testsupport.h"

#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersEveryPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("scheme");
        for (const char *page : {"review", "browse", "board", "dashboard", "jobs", "settings"}) {
            for (const char *scheme : {"light", "dark"}) {
                QTest::addRow("%s %s", page, scheme) << QString::fromLatin1(page) << QString::fromLatin1(scheme);
            }
        }
    }

    void rendersEveryPage()
    {
        QFETCH(QString, page);
        QFETCH(QString, scheme);
        TestSupport::TempDataDir dir;
        const QString png = dir.filePath(u"shot.png"_s);
        const Run run = runMlprep({u"--data-dir"_s, dir.path(), u"--screenshot"_s, png, u"--page"_s, page, u"--color-scheme"_s, scheme});
        QVERIFY2(run.finished, "the app must exit by itself after the screenshot");
        QCOMPARE(run.exitCode, 0);
        QImage image(png);
        QVERIFY2(!image.isNull(), "a PNG was written");
        QCOMPARE(image.size(), QSize(1280, 800));
        // The navigation column, a heading and body text give many shades (antialiased text).
        QVERIFY2(distinctColours(image) > 20, "the picture is not blank");
        // The light palette has a light window, the dark one a dark window.
        const int lightness = QColor(image.pixel(image.width() - 10, image.height() - 10)).lightness();
        if (scheme == u"dark"_s) {
            QVERIFY2(lightness < 80, qPrintable(u"dark background expected, lightness %1"_s.arg(lightness)));
        } else {
            QVERIFY2(lightness > 200, qPrintable(u"light background expected, lightness %1"_s.arg(lightness)));
        }
    }

    void secondInstanceIsRefused()
    {
        TestSupport::TempDataDir dir;
        InstanceLock first(dir.path());
        QString error;
        QVERIFY(first.tryAcquire(&error));
        const Run run = runMlprep({u"--data-dir"_s, dir.path(), u"--screenshot"_s, dir.filePath(u"shot.png"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("in use by another MLPrep"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
