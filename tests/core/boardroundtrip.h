// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/element.h"

#include <QStringList>
#include <QTest>

// Kept apart from boardfixtures.h, which the benchmarks include without Qt Test.
namespace BoardFixtures
{
/// A document read back from a written one: no error, no warning, every element, file and view
/// setting equal, reporting the first element that differs by its id. Check
/// QTest::currentTestFailed() after the call.
inline void verifyRoundTrip(const Board::Document &back, const Board::Document &doc, const QString &error, const QStringList &warnings)
{
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(back.elements.size(), doc.elements.size());
    for (qsizetype i = 0; i < doc.elements.size(); ++i) {
        QVERIFY2(back.elements.at(i) == doc.elements.at(i), qPrintable(doc.elements.at(i).id));
    }
    QCOMPARE(back.files, doc.files);
    QCOMPARE(back.background, doc.background);
    QCOMPARE(back.gridSize, doc.gridSize);
    QCOMPARE(back.gridEnabled, doc.gridEnabled);
}

} // namespace BoardFixtures
