// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import QtQuick.Window
import MLPrep
import MLPrep.Views

QQC2.ApplicationWindow {
    id: root

    /// False for --screenshot, which renders at a fixed size.
    property bool restoreGeometry: true
    /// Page names in navigation order; they match `--page` (CommandLine::pageNames in C++).
    readonly property var pages: [
        { name: "review", title: qsTr("Review"), source: "pages/ReviewPage.qml" },
        { name: "browse", title: qsTr("Browse"), source: "pages/BrowsePage.qml" },
        { name: "board", title: qsTr("Whiteboard"), source: "pages/BoardPage.qml" },
        { name: "dashboard", title: qsTr("Dashboard"), source: "pages/DashboardPage.qml" },
        { name: "jobs", title: qsTr("Jobs"), source: "pages/JobsPage.qml" },
        { name: "settings", title: qsTr("Settings"), source: "pages/SettingsPage.qml" }
    ]
    property int currentIndex: Math.max(0, pages.findIndex(page => page.name === AppContext.initialPage))
    readonly property string currentPageName: pages[currentIndex].name

    function showPage(index: int) {
        if (index < 0 || index >= pages.length)
            return;
        currentIndex = index;
        const loader = pageRepeater.itemAt(index) as Loader;
        if (loader && loader.item)
            (loader.item as Item).forceActiveFocus();
    }

    width: 1280
    height: 800
    minimumWidth: 800
    minimumHeight: 560
    visible: true
    title: "MLPrep — " + pages[currentIndex].title
    color: Theme.window

    // Fusion draws every control from the window palette, so the theme reaches them all here.
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.textMuted
    palette.mid: Theme.border
    palette.dark: Theme.border
    palette.light: Theme.surface
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text

    Component.onCompleted: {
        if (!restoreGeometry)
            return;
        const saved = AppContext.savedWindowGeometry();
        if (saved.width > 0 && saved.height > 0) {
            // A monitor may have gone since the last run: keep the window on this screen.
            width = Math.min(saved.width, Screen.desktopAvailableWidth);
            height = Math.min(saved.height, Screen.desktopAvailableHeight);
            x = Math.max(0, Math.min(saved.x, Screen.desktopAvailableWidth - width));
            y = Math.max(0, Math.min(saved.y, Screen.desktopAvailableHeight - height));
        }
        if (AppContext.savedWindowMaximized())
            showMaximized();
    }
    onClosing: {
        if (restoreGeometry)
            AppContext.saveWindowState(Qt.rect(x, y, width, height), visibility === Window.Maximized, currentPageName);
    }

    // Page keys are Alt+1…6: Ctrl+1…4 belong to Anki's card flags on the review screen, and single
    // letters belong to text fields and whiteboard tools (docs/shortcuts.md).
    // One line per page: Shortcuts inside Repeater delegates never registered with the window
    // when Main.qml is created from a component (Qt 6.4, seen in tests/qml/tst_navigation.qml).
    Shortcut { sequence: "Alt+1"; context: Qt.ApplicationShortcut; onActivated: root.showPage(0) }
    Shortcut { sequence: "Alt+2"; context: Qt.ApplicationShortcut; onActivated: root.showPage(1) }
    Shortcut { sequence: "Alt+3"; context: Qt.ApplicationShortcut; onActivated: root.showPage(2) }
    Shortcut { sequence: "Alt+4"; context: Qt.ApplicationShortcut; onActivated: root.showPage(3) }
    Shortcut { sequence: "Alt+5"; context: Qt.ApplicationShortcut; onActivated: root.showPage(4) }
    Shortcut { sequence: "Alt+6"; context: Qt.ApplicationShortcut; onActivated: root.showPage(5) }
    Shortcut {
        sequence: "Ctrl+PgDown"
        context: Qt.ApplicationShortcut
        onActivated: root.showPage((root.currentIndex + 1) % root.pages.length)
    }
    Shortcut {
        sequence: "Ctrl+PgUp"
        context: Qt.ApplicationShortcut
        onActivated: root.showPage((root.currentIndex + root.pages.length - 1) % root.pages.length)
    }

    // The cheat sheet: "?" as in Excalidraw and many web apps (text fields keep the key), F1 as in KDE.
    Shortcut { sequence: "?"; context: Qt.ApplicationShortcut; onActivated: shortcutsDialog.open() }
    Shortcut { sequence: "F1"; context: Qt.ApplicationShortcut; onActivated: shortcutsDialog.open() }

    ShortcutsDialog {
        id: shortcutsDialog
        parent: QQC2.Overlay.overlay
    }

    // The drill modes show on the review page, also when the browser starts them.
    Connections {
        target: AppContext.drill
        function onPhaseChanged() {
            if (AppContext.drill.active && root.currentIndex !== 0)
                root.showPage(0);
        }
    }
    Connections {
        target: AppContext.threeLevels
        function onPhaseChanged() {
            if (AppContext.threeLevels.active && root.currentIndex !== 0)
                root.showPage(0);
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationBar {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.navigationWidth
            pages: root.pages
            currentIndex: root.currentIndex
            onActivated: index => root.showPage(index)
        }

        StackLayout {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.currentIndex

            Repeater {
                id: pageRepeater
                model: root.pages
                // Pages load on first visit: the first frame needs only the first page.
                delegate: Loader {
                    required property var modelData
                    required property int index
                    active: index === root.currentIndex || item !== null
                    source: modelData.source
                    onLoaded: if (index === root.currentIndex) (item as Item).forceActiveFocus()
                }
            }
        }
    }
}
