// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/io/mlboard.h"
#include "boardfixtures.h"
#include "boardroundtrip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Board;

class TestMlboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const Document doc = BoardFixtures::richDocument();
        QString error;
        QStringList warnings;
        const Document back = Io::fromMlboard(Io::toMlboard(doc), &error, &warnings);
        BoardFixtures::verifyRoundTrip(back, doc, error, warnings);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(back == doc);
    }

    void defaultsAreOmittedAndRestored()
    {
        Document doc;
        Element plain;
        plain.id = u"plain"_s;
        doc.elements.append(plain);
        const QJsonObject root = QJsonDocument::fromJson(Io::toMlboard(doc)).object();
        QCOMPARE(root.value("type"_L1).toString(), u"mlboard"_s);
        QCOMPARE(root.value("version"_L1).toInt(), Io::MlboardVersion);
        const QJsonObject element = root.value("elements"_L1).toArray().first().toObject();
        QCOMPARE(element.keys(), (QStringList {u"id"_s, u"type"_s}));
        QVERIFY(Io::fromMlboard(Io::toMlboard(doc)) == doc);
    }

    void emptyBoardRoundTrips()
    {
        const Document empty;
        QString error;
        QVERIFY(Io::fromMlboard(Io::toMlboard(empty), &error) == empty);
        QVERIFY(error.isEmpty());
    }

    void refusesWhatIsNotABoard_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("garbage") << QByteArray("not json") << u"not valid JSON"_s;
        QTest::newRow("truncated") << Io::toMlboard(BoardFixtures::richDocument()).left(300) << u"not valid JSON"_s;
        QTest::newRow("excalidraw") << QByteArray(R"({"type":"excalidraw","version":2,"elements":[]})") << u"not an MLPrep board"_s;
        QTest::newRow("newer") << QByteArray(R"({"type":"mlboard","version":99,"elements":[]})") << u"newer MLPrep"_s;
        QTest::newRow("no version") << QByteArray(R"({"type":"mlboard","elements":[]})") << u"no valid version"_s;
        QTest::newRow("elements object") << QByteArray(R"({"type":"mlboard","version":1,"elements":{}})") << u"not a list"_s;
        QTest::newRow("array root") << QByteArray(R"([1,2,3])") << u"not an MLPrep board"_s;
    }

    void refusesWhatIsNotABoard()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, messagePart);
        QString error;
        const Document doc = Io::fromMlboard(input, &error);
        QVERIFY(doc.elements.isEmpty());
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void keepsValidElementsBesideBrokenOnes()
    {
        const QByteArray input = R"({"type":"mlboard","version":1,"elements":[
            {"id":"ok","type":"rectangle","x":1,"y":2,"width":3,"height":4},
            {"id":"far","type":"rectangle","x":1e308},
            {"id":"what","type":"hexagon"},
            {"id":"typo","type":"ellipse","x":"ten","strokeColor":42,"opacity":500},
            7,
            {"id":"ok","type":"text","text":"dup id","containerId":"nowhere"}]})";
        QString error;
        QStringList warnings;
        const Document doc = Io::fromMlboard(input, &error, &warnings);
        QVERIFY(error.isEmpty());
        QCOMPARE(doc.elements.size(), 3);
        QCOMPARE(doc.elements.at(0).width, 3.0);
        QCOMPARE(doc.elements.at(1).id, u"typo"_s);
        QCOMPARE(doc.elements.at(1).x, 0.0);
        QCOMPARE(doc.elements.at(1).opacity, 100);
        QCOMPARE(doc.elements.at(1).strokeColor, Element().strokeColor);
        QVERIFY(doc.elements.at(2).id != u"ok"_s);
        QVERIFY(doc.elements.at(2).containerId.isEmpty());
        QVERIFY(warnings.size() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestMlboard)
#include "tst_mlboard.moc"
