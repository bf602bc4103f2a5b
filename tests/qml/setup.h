// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QObject>

#include <memory>

class AppContext;
class QQmlEngine;
class TestKeys;

/// Gives every Quick Test a fresh collection in a temporary data dir and the AppContext the real
/// Main.qml expects, exactly as main.cpp builds it.
class Setup : public QObject
{
    Q_OBJECT

public:
    Setup();
    ~Setup() override;

public Q_SLOTS:
    void applicationAvailable();
    void qmlEngineAvailable(QQmlEngine *engine);
    void cleanupTestCase();

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dataDir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<TestKeys> m_keys;
};
