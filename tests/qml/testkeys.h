// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

/// Sends key events to a given window. TestCase.keyClick() only reaches the test's own window,
/// and the real Main.qml is an ApplicationWindow of its own.
class TestKeys : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE void click(QObject *window, int key, int modifiers = 0);
    Q_INVOKABLE void type(QObject *window, const QString &text);
};
