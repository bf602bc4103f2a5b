// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "board/boardcontroller.h"
#include "board/exportcontroller.h"
#include "board/practicecontroller.h"
#include "cards/cardbrowsermodel.h"
#include "cards/cardformatter.h"
#include "collection.h"
#include "jobs/jobscontroller.h"
#include "journal/journalcontroller.h"
#include "palettewatcher.h"
#include "progress/dashboardcontroller.h"
#include "progress/studyplancontroller.h"
#include "review/drillcontroller.h"
#include "review/reviewcontroller.h"
#include "review/threelevelcontroller.h"
#include "settings/backupcontroller.h"
#include "storage/settingsstore.h"

#include <QFile>
#include <QGuiApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace
{
const QString ColorSchemeKey = u"ui/color_scheme"_s;
const QString GeometryKey = u"ui/window_geometry"_s;
const QString MaximizedKey = u"ui/window_maximized"_s;
const QString PageKey = u"ui/page"_s;
}

AppContext::AppContext(std::unique_ptr<Collection> collection, const QString &forcedScheme, const QString &forcedPage, QObject *parent)
    : QObject(parent)
    , m_collection(std::move(collection))
    , m_settings(std::make_unique<SettingsStore>(m_collection->connection()))
    , m_palette(new PaletteWatcher(this))
    , m_cardFormatter(new CardFormatter(this))
    , m_dashboard(new DashboardController(*m_collection, this))
    , m_plan(new StudyPlanController(*m_collection, {}, this))
    , m_journal(new JournalController(*m_collection, {}, this))
    , m_jobs(new JobsController(*m_collection, {}, this))
    , m_review(new ReviewController(*m_collection, {}, this))
    , m_browser(new CardBrowserModel(*m_collection, {}, this))
    , m_backups(new BackupController(m_collection->dataDir(), m_collection->restoreNotice(), this))
    , m_drill(new DrillController(*m_collection, {}, this))
    , m_threeLevels(new ThreeLevelController(*m_collection, m_review, this))
    , m_board(new BoardController(*m_collection, this))
    , m_practice(new PracticeController(*m_collection, m_board, {}, this))
    , m_boardFiles(new ExportController(m_board, this))
    , m_schemeForced(!forcedScheme.isEmpty())
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    m_colorScheme = m_schemeForced ? forcedScheme : m_settings->value(ColorSchemeKey, u"system"_s);
    m_initialPage = forcedPage.isEmpty() ? m_settings->value(PageKey, u"review"_s) : forcedPage;
    connect(m_palette, &PaletteWatcher::systemDarkChanged, this, &AppContext::updateDark);
    // A card the browser changes must show at once in the review queue's deck counts.
    connect(m_browser, &CardBrowserModel::cardsChanged, m_review, &ReviewController::refreshDecks);
    updateDark();
    // The daily copy waits until the first screen is up; it runs on a worker thread.
    constexpr int BackupDelayMs = 3000;
    QTimer::singleShot(BackupDelayMs, m_backups, &BackupController::takeDailyBackup);
}

AppContext::~AppContext()
{
    qDeleteAll(children());
    s_instance = nullptr;
}

AppContext *AppContext::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(jsEngine)
    Q_ASSERT(s_instance);
    Q_ASSERT(s_instance->thread() == qmlEngine->thread());
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppContext::shortcutsMarkdown() const
{
    QFile file(u":/mlprep/shortcuts.md"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

BackupController *AppContext::backups() const
{
    return m_backups;
}

QString AppContext::dataDir() const
{
    return m_collection->dataDir();
}

QString AppContext::databasePath() const
{
    return m_collection->database().path();
}

QString AppContext::version() const
{
    return QStringLiteral(MLPREP_VERSION);
}

QString AppContext::initialPage() const
{
    return m_initialPage;
}

QString AppContext::colorScheme() const
{
    return m_colorScheme;
}

void AppContext::setColorScheme(const QString &scheme)
{
    static const QStringList valid {u"system"_s, u"light"_s, u"dark"_s};
    if (scheme == m_colorScheme || !valid.contains(scheme)) {
        return;
    }
    m_colorScheme = scheme;
    m_settings->setValue(ColorSchemeKey, scheme);
    Q_EMIT colorSchemeChanged();
    updateDark();
}

bool AppContext::isDark() const
{
    return m_dark;
}

QFont AppContext::systemFont() const
{
    return QGuiApplication::font();
}

CardFormatter *AppContext::cardFormatter() const
{
    return m_cardFormatter;
}

DashboardController *AppContext::dashboard() const
{
    return m_dashboard;
}

StudyPlanController *AppContext::plan() const
{
    return m_plan;
}

JournalController *AppContext::journal() const
{
    return m_journal;
}

JobsController *AppContext::jobs() const
{
    return m_jobs;
}

ReviewController *AppContext::review() const
{
    return m_review;
}

CardBrowserModel *AppContext::browser() const
{
    return m_browser;
}

DrillController *AppContext::drill() const
{
    return m_drill;
}

ThreeLevelController *AppContext::threeLevels() const
{
    return m_threeLevels;
}

BoardController *AppContext::board() const
{
    return m_board;
}

PracticeController *AppContext::practice() const
{
    return m_practice;
}

ExportController *AppContext::boardFiles() const
{
    return m_boardFiles;
}

Collection &AppContext::collection()
{
    return *m_collection;
}

void AppContext::updateDark()
{
    const bool dark = m_colorScheme == u"dark"_s || (m_colorScheme == u"system"_s && m_palette->isSystemDark());
    if (dark != m_dark) {
        m_dark = dark;
        Q_EMIT darkChanged();
    }
}

QRect AppContext::savedWindowGeometry() const
{
    const QStringList parts = m_settings->value(GeometryKey).split(u',');
    if (parts.size() != 4) {
        return {};
    }
    return QRect(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt(), parts.at(3).toInt());
}

bool AppContext::savedWindowMaximized() const
{
    return m_settings->value(MaximizedKey) == u"1"_s;
}

void AppContext::saveWindowState(const QRect &geometry, bool maximized, const QString &page)
{
    if (geometry.isValid()) {
        m_settings->setValue(GeometryKey, u"%1,%2,%3,%4"_s.arg(geometry.x()).arg(geometry.y()).arg(geometry.width()).arg(geometry.height()));
    }
    m_settings->setValue(MaximizedKey, maximized ? u"1"_s : u"0"_s);
    m_settings->setValue(PageKey, page);
}
