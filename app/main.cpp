// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root: the command line decides between the subcommands (no display, links core
// only) and the window (QApplication, because Qt Charts needs Widgets).

#include "appcontext.h"
#include "cli/cli.h"
#include "cli/commandline.h"
#include "collection.h"
#include "offlinenetwork.h"
#include "review/reviewcontroller.h"
#include "scenegraphbackend.h"
#include "screenshot.h"
#include "settings/backupcontroller.h"
#include "startuptrace.h"
#include "storage/datadir.h"
#include "storage/instancelock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(MLPrepPlugin)
Q_IMPORT_QML_PLUGIN(MLPrep_ViewsPlugin)

using namespace Qt::StringLiterals;

namespace
{
QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"MLPrep"_s);
    QCoreApplication::setApplicationName(u"mlprep"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MLPREP_VERSION));
    // No application display name: on X11 Qt would append it to every window title, and the title
    // already starts with "MLPrep".
    QGuiApplication::setDesktopFileName(u"org.mlprep.MLPrep"_s);
}

/// Loads the compiled-in translation for the user's locale, if there is one (translations/).
void installTranslation(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"mlprep"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
    }
}

/// Shows why the app cannot start: a dialog on a display, stderr when rendering offscreen.
int refuseToStart(const QString &message, bool headless)
{
    std::fprintf(stderr, "mlprep: %s\n", qPrintable(message));
    if (!headless) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "MLPrep cannot start"), message);
    }
    return 2;
}

/// Runs the window. `restart` is set when the app asked to start again once closed (a restore).
int runGui(int argc, char **argv, const QStringList &arguments, bool *restart)
{
    QCommandLineParser parser;
    CommandLine::addGuiOptions(parser);
    parser.process(arguments); // wantsGui() already checked that this parses
    const QString screenshotPath = parser.value(CommandLine::screenshotOption());
    const bool headless = !screenshotPath.isEmpty();
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    installTranslation(app);
    QQuickStyle::setStyle(u"Fusion"_s);
    SceneGraphBackend::chooseForThisMachine();

    const QString dataDir = DataDir::resolve(parser.value(CommandLine::dataDirOption()));
    InstanceLock lock(dataDir);
    QString error;
    if (!QDir().mkpath(dataDir)) {
        return refuseToStart(QCoreApplication::translate("main", "%1: the data folder cannot be created").arg(dataDir), headless);
    }
    if (!lock.tryAcquire(&error)) {
        return refuseToStart(error, headless);
    }
    auto collection = Collection::open(dataDir, &error);
    if (!collection) {
        return refuseToStart(error, headless);
    }
    const QString cardKey = parser.value(CommandLine::cardOption());
    AppContext context(
        std::move(collection), parser.value(CommandLine::colorSchemeOption()), cardKey.isEmpty() ? parser.value(CommandLine::pageOption()) : u"review"_s);
    if (!cardKey.isEmpty() && !context.review()->previewCard(cardKey)) {
        return refuseToStart(QCoreApplication::translate("main", "there is no card '%1'").arg(cardKey), headless);
    }

    OfflineNetworkFactory offline(dataDir); // must outlive the engine
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&offline);
    // Qt 6.4 has no loadFromModule and no default qrc:/qt/qml import path.
    engine.addImportPath(u"qrc:/qt/qml"_s);
    QObject::connect(
        &engine,
        &QQmlApplicationEngine::objectCreationFailed,
        &app,
        [] {
            QCoreApplication::exit(3);
        },
        Qt::QueuedConnection);
    if (headless) {
        engine.setInitialProperties({{u"width"_s, 1280}, {u"height"_s, 800}, {u"restoreGeometry"_s, false}});
    }
    engine.load(QUrl(u"qrc:/qt/qml/MLPrep/Views/Main.qml"_s));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        return 3;
    }
    if (StartupTrace::isEnabled()) {
        StartupTrace::watchFirstFrame(window);
    }
    if (headless) {
        new Screenshot(window, screenshotPath);
    }
    const int code = app.exec();
    *restart = context.backups()->restartRequested();
    return code;
}
}

int main(int argc, char **argv)
{
    setApplicationIdentity();
    const QStringList arguments = rawArguments(argc, argv);
    if (CommandLine::wantsGui(arguments)) {
        bool restart = false;
        const int code = runGui(argc, argv, arguments, &restart);
        // Only now is every connection closed and the instance lock released: a restore swaps the
        // database file as the new process starts.
        if (restart && !QProcess::startDetached(u"/proc/self/exe"_s, arguments.mid(1))) {
            std::fprintf(stderr, "mlprep: could not restart; start MLPrep again to finish the restore\n");
        }
        return code;
    }
    if (CommandLine::findSubcommand(arguments) == u"board"_s) {
        // `board convert` renders text to PNG/SVG/PDF, which needs fonts and so a QGuiApplication;
        // the offscreen platform keeps it display-free like every other subcommand.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslation(app);
        return Cli::run(app.arguments());
    }
    QCoreApplication app(argc, argv);
    installTranslation(app);
    return Cli::run(app.arguments());
}
