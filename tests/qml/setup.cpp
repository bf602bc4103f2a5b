// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup.h"

#include "appcontext.h"
#include "collection.h"
#include "testkeys.h"

#include <QQmlEngine>
#include <QQuickStyle>

using namespace Qt::StringLiterals;

Setup::Setup() = default;
Setup::~Setup() = default;

void Setup::applicationAvailable()
{
    QQuickStyle::setStyle(u"Fusion"_s);
}

void Setup::qmlEngineAvailable(QQmlEngine *engine)
{
    // Qt Quick Test calls this once per test file: the previous file's context (and with it the
    // AppContext singleton's instance) must be gone before the next one is made.
    m_context.reset();
    m_dataDir = std::make_unique<TestSupport::TempDataDir>();
    QString error;
    auto collection = Collection::open(m_dataDir->path(), &error);
    if (!collection) {
        qFatal("cannot open a test collection: %s", qPrintable(error));
    }
    m_context = std::make_unique<AppContext>(std::move(collection), QString(), QString());
    engine->addImportPath(u"qrc:/qt/qml"_s);
    if (!m_keys) { // registered once, for every engine
        m_keys = std::make_unique<TestKeys>();
        qmlRegisterSingletonInstance("MLPrep.Test", 1, 0, "TestKeys", m_keys.get());
    }
}

void Setup::cleanupTestCase()
{
    m_context.reset();
    m_dataDir.reset();
}
