// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>
#include <QQmlEngine>
#include <QRect>
#include <QString>

#include <memory>

class BackupController;
class BoardController;
class ExportController;
class PracticeController;
class CardBrowserModel;
class CardFormatter;
class Collection;
class DashboardController;
class JournalController;
class StudyPlanController;
class JobsController;
class DrillController;
class ReviewController;
class PaletteWatcher;
class SettingsStore;
class ThreeLevelController;

/// The composition root seen from QML: owns the collection of one data directory and the
/// long-lived controllers. main.cpp creates the one instance; QML reaches it as the `AppContext`
/// singleton (create() hands out that instance, C++ keeps ownership).
class AppContext final : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_MOC_INCLUDE("settings/backupcontroller.h")
    Q_MOC_INCLUDE("board/boardcontroller.h")
    Q_MOC_INCLUDE("board/exportcontroller.h")
    Q_MOC_INCLUDE("board/practicecontroller.h")
    Q_MOC_INCLUDE("cards/cardbrowsermodel.h")
    Q_MOC_INCLUDE("cards/cardformatter.h")
    Q_MOC_INCLUDE("progress/dashboardcontroller.h")
    Q_MOC_INCLUDE("progress/studyplancontroller.h")
    Q_MOC_INCLUDE("journal/journalcontroller.h")
    Q_MOC_INCLUDE("jobs/jobscontroller.h")
    Q_MOC_INCLUDE("review/reviewcontroller.h")
    Q_MOC_INCLUDE("review/drillcontroller.h")
    Q_MOC_INCLUDE("review/threelevelcontroller.h")

    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    /// The page shown first: a `--page` name, else the page open when the app last closed.
    Q_PROPERTY(QString initialPage READ initialPage CONSTANT)
    /// "system", "light" or "dark"; saved in the collection's settings.
    Q_PROPERTY(QString colorScheme READ colorScheme WRITE setColorScheme NOTIFY colorSchemeChanged)
    /// Whether the dark palette is in effect (the scheme, or the system palette under "system").
    Q_PROPERTY(bool dark READ isDark NOTIFY darkChanged)
    /// The desktop's UI font; the views scale their type from it so text follows the system size.
    Q_PROPERTY(QFont systemFont READ systemFont CONSTANT)
    Q_PROPERTY(CardFormatter *cardFormatter READ cardFormatter CONSTANT)
    Q_PROPERTY(DashboardController *dashboard READ dashboard CONSTANT)
    Q_PROPERTY(StudyPlanController *plan READ plan CONSTANT)
    Q_PROPERTY(JournalController *journal READ journal CONSTANT)
    Q_PROPERTY(JobsController *jobs READ jobs CONSTANT)
    Q_PROPERTY(ReviewController *review READ review CONSTANT)
    Q_PROPERTY(CardBrowserModel *browser READ browser CONSTANT)
    Q_PROPERTY(BackupController *backups READ backups CONSTANT)
    Q_PROPERTY(DrillController *drill READ drill CONSTANT)
    Q_PROPERTY(ThreeLevelController *threeLevels READ threeLevels CONSTANT)
    Q_PROPERTY(BoardController *board READ board CONSTANT)
    /// Design rounds and the stencil palette of the board page.
    Q_PROPERTY(PracticeController *practice READ practice CONSTANT)
    /// Board export (PNG/SVG/PDF/.excalidraw/.mlboard) and import.
    Q_PROPERTY(ExportController *boardFiles READ boardFiles CONSTANT)

public:
    /// Takes ownership of an open collection. `forcedScheme` (from --color-scheme) overrides the
    /// saved scheme for this run without saving it; `forcedPage` likewise for the first page.
    AppContext(std::unique_ptr<Collection> collection, const QString &forcedScheme, const QString &forcedPage, QObject *parent = nullptr);
    /// Deletes the controllers before the collection they use.
    ~AppContext() override;

    static AppContext *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString version() const;
    [[nodiscard]] QString initialPage() const;
    [[nodiscard]] QString colorScheme() const;
    void setColorScheme(const QString &scheme);
    [[nodiscard]] bool isDark() const;
    [[nodiscard]] QFont systemFont() const;

    [[nodiscard]] CardFormatter *cardFormatter() const;
    [[nodiscard]] DashboardController *dashboard() const;
    [[nodiscard]] StudyPlanController *plan() const;
    [[nodiscard]] JournalController *journal() const;
    [[nodiscard]] JobsController *jobs() const;
    [[nodiscard]] ReviewController *review() const;
    [[nodiscard]] CardBrowserModel *browser() const;
    [[nodiscard]] BackupController *backups() const;
    [[nodiscard]] DrillController *drill() const;
    [[nodiscard]] ThreeLevelController *threeLevels() const;
    [[nodiscard]] BoardController *board() const;
    [[nodiscard]] PracticeController *practice() const;
    [[nodiscard]] ExportController *boardFiles() const;
    [[nodiscard]] Collection &collection();

    /// The window rectangle saved at the last close, or an invalid rect the first time.
    Q_INVOKABLE QRect savedWindowGeometry() const;
    Q_INVOKABLE bool savedWindowMaximized() const;
    /// docs/shortcuts.md as compiled in: the `?` cheat sheet.
    Q_INVOKABLE QString shortcutsMarkdown() const;
    /// Saves the window state and the current page; called when the window closes.
    Q_INVOKABLE void saveWindowState(const QRect &geometry, bool maximized, const QString &page);

Q_SIGNALS:
    void colorSchemeChanged();
    void darkChanged();

private:
    std::unique_ptr<Collection> m_collection;
    std::unique_ptr<SettingsStore> m_settings;
    PaletteWatcher *m_palette;
    CardFormatter *m_cardFormatter;
    DashboardController *m_dashboard;
    StudyPlanController *m_plan;
    JournalController *m_journal;
    JobsController *m_jobs;
    ReviewController *m_review;
    CardBrowserModel *m_browser;
    BackupController *m_backups;
    DrillController *m_drill;
    ThreeLevelController *m_threeLevels;
    BoardController *m_board;
    PracticeController *m_practice;
    ExportController *m_boardFiles;
    QString m_colorScheme;
    bool m_schemeForced;
    QString m_initialPage;
    bool m_dark = false;

    void updateDark();

    static inline AppContext *s_instance = nullptr;
};
