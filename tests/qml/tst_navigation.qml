// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MLPrep
import MLPrep.Test

TestCase {
    id: testCase

    property var window: null
    readonly property var titles: ["Review", "Browse", "Whiteboard", "Dashboard", "Jobs", "Settings"]

    name: "Navigation"
    when: windowShown

    function initTestCase() {
        const component = Qt.createComponent("qrc:/qt/qml/MLPrep/Views/Main.qml");
        verify(component.status === Component.Ready, component.errorString());
        window = component.createObject(null, { restoreGeometry: false });
        verify(window !== null);
        window.requestActivate();
        tryVerify(() => window.active, 5000, "the main window must become active to receive shortcuts");
    }

    function cleanupTestCase() {
        window.destroy();
    }

    function test_everyPageHasAnAltDigitKey() {
        for (let i = titles.length - 1; i >= 0; --i) {
            TestKeys.click(window, Qt.Key_1 + i, Qt.AltModifier);
            tryCompare(window, "currentIndex", i);
            compare(window.title, "MLPrep — " + titles[i]);
            const page = window.activeFocusItem;
            verify(page !== null, "the page takes keyboard focus when shown");
        }
    }

    function test_ctrlPageKeysCycleAndWrap() {
        TestKeys.click(window, Qt.Key_1, Qt.AltModifier);
        tryCompare(window, "currentIndex", 0);
        TestKeys.click(window, Qt.Key_PageUp, Qt.ControlModifier);
        tryCompare(window, "currentIndex", titles.length - 1);
        TestKeys.click(window, Qt.Key_PageDown, Qt.ControlModifier);
        tryCompare(window, "currentIndex", 0);
        TestKeys.click(window, Qt.Key_PageDown, Qt.ControlModifier);
        tryCompare(window, "currentIndex", 1);
    }

    function test_ctrlDigitsAreLeftToTheReviewScreen() {
        TestKeys.click(window, Qt.Key_3, Qt.AltModifier);
        tryCompare(window, "currentIndex", 2);
        TestKeys.click(window, Qt.Key_1, Qt.AltModifier);
        tryCompare(window, "currentIndex", 0);
        TestKeys.click(window, Qt.Key_2, Qt.ControlModifier);
        wait(50);
        compare(window.currentIndex, 0, "Ctrl+2 is Anki's flag key on the review screen, not navigation");
    }

    function test_darkSchemeChangesThePalette() {
        AppContext.colorScheme = "light";
        const light = window.color.toString();
        AppContext.colorScheme = "dark";
        verify(AppContext.dark);
        verify(window.color.toString() !== light, "the window background follows the scheme");
        AppContext.colorScheme = "system";
    }
}
