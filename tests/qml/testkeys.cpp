// SPDX-License-Identifier: GPL-3.0-or-later
#include "testkeys.h"

#include <QTest>
#include <QWindow>

void TestKeys::click(QObject *window, int key, int modifiers)
{
    auto *target = qobject_cast<QWindow *>(window);
    Q_ASSERT(target);
    QTest::keyClick(target, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
}

void TestKeys::type(QObject *window, const QString &text)
{
    auto *target = qobject_cast<QWindow *>(window);
    Q_ASSERT(target);
    for (const QChar c : text) {
        QTest::keyClick(target, c.toLatin1());
    }
}
