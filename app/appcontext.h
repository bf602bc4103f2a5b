// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>
#include <QQmlEngine>
#include <QRect>
#include <QString>

#include <memory>

class CardBrowserModel;
class CardFormatter;
class Collection;
class DashboardController;
class ReviewController;
class PaletteWatcher;
class SettingsStore;

/// The composition root seen from QML: owns the collection of one data directory and the
/// long-lived controllers. main.cpp creates the one instance; QML reaches it as the `AppContext`
/// singleton (create() hands out that instance, C++ keeps ownership).
class AppContext final : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_MOC_INCLUDE("cards/cardbrowsermodel.h")
    Q_MOC_INCLUDE("cards/cardformatter.h")
    Q_MOC_INCLUDE("progress/dashboardcontroller.h")
    Q_MOC_INCLUDE("review/reviewcontroller.h")

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
    Q_PROPERTY(ReviewController *review READ review CONSTANT)
    Q_PROPERTY(CardBrowserModel *browser READ browser CONSTANT)

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
    [[nodiscard]] ReviewController *review() const;
    [[nodiscard]] CardBrowserModel *browser() const;
    [[nodiscard]] Collection &collection();

    /// The window rectangle saved at the last close, or an invalid rect the first time.
    Q_INVOKABLE QRect savedWindowGeometry() const;
    Q_INVOKABLE bool savedWindowMaximized() const;
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
    ReviewController *m_review;
    CardBrowserModel *m_browser;
    QString m_colorScheme;
    bool m_schemeForced;
    QString m_initialPage;
    bool m_dark = false;

    void updateDark();

    static inline AppContext *s_instance = nullptr;
};
