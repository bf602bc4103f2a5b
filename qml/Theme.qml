// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick
import MLPrep

// Every size and colour the views use. Colours come in light/dark pairs picked by AppContext.dark;
// the pairs keep text at WCAG AA contrast (4.5:1) on their backgrounds.
QtObject {
    readonly property bool dark: AppContext.dark

    // Spacing and sizes, in device-independent pixels.
    readonly property int spacingSmall: 4
    readonly property int spacing: 8
    readonly property int spacingLarge: 16
    readonly property int spacingHuge: 32
    readonly property int radius: 6
    readonly property int navigationWidth: 208
    readonly property int contentMaxWidth: 920
    readonly property int boardPanelWidth: 320

    // Type scale relative to the system font, so it follows the user's font size.
    readonly property font bodyFont: AppContext.systemFont
    readonly property real fontSmall: bodyFont.pointSize * 0.88
    readonly property real fontTitle: bodyFont.pointSize * 1.6
    readonly property real fontHeading: bodyFont.pointSize * 1.2
    readonly property real fontCard: bodyFont.pointSize * 1.25
    readonly property string monoFamily: "DejaVu Sans Mono"

    // Surfaces and text.
    readonly property color window: dark ? "#1b1e23" : "#f6f7f9"
    readonly property color surface: dark ? "#24282f" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#2c313a" : "#eef0f3"
    readonly property color navigation: dark ? "#15181c" : "#e9ecf0"
    readonly property color border: dark ? "#3a404a" : "#d5d9df"
    readonly property color text: dark ? "#e8eaed" : "#1d2025"
    readonly property color textMuted: dark ? "#a9b0ba" : "#59606b"
    readonly property color accent: dark ? "#7cb3ff" : "#1f5fbf"
    readonly property color accentText: dark ? "#0d1117" : "#ffffff"
    readonly property color selection: dark ? "#2f4a70" : "#d6e4fa"
    readonly property color focusRing: dark ? "#9cc4ff" : "#1f5fbf"

    // Meaning.
    readonly property color again: dark ? "#ff8a80" : "#b3261e"
    readonly property color hard: dark ? "#ffb86b" : "#8a5300"
    readonly property color good: dark ? "#7ee2a8" : "#1e7b43"
    readonly property color easy: dark ? "#8fc1ff" : "#1f5fbf"
    readonly property color newCards: dark ? "#8fc1ff" : "#1f5fbf"
    readonly property color learning: dark ? "#ff8a80" : "#b3261e"
    readonly property color review: dark ? "#7ee2a8" : "#1e7b43"

    // Job postings: the two sides as text and bar colours, and as backgrounds under highlighted text.
    readonly property color mlSystems: dark ? "#8fc1ff" : "#1f5fbf"
    readonly property color systemsWithMl: dark ? "#ffb86b" : "#8a5300"
    readonly property color mlSystemsTint: dark ? "#22406a" : "#d6e6ff"
    readonly property color systemsWithMlTint: dark ? "#573a12" : "#ffe2c2"
    readonly property color coding: dark ? "#a9b0ba" : "#59606b"

    // Charts (dashboard): Anki's review-kind colours, at 3:1 against the surface as graphics need.
    readonly property color chartLearning: dark ? "#8fc1ff" : "#1f5fbf"
    readonly property color chartYoung: dark ? "#a8ecc2" : "#3f9e60"
    readonly property color chartMature: dark ? "#4fbf7e" : "#17592f"
    readonly property color chartRelearning: dark ? "#ff8a80" : "#b3261e"
    readonly property color chartFiltered: dark ? "#ffb86b" : "#8a5300"
    readonly property color chartGrid: dark ? "#3a404a" : "#e1e4e8"
}
