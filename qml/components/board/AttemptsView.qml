// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The attempts of one prompt, oldest first, and a comparison of any two: how the rubric score and
// the time moved, which rubric items were newly covered or dropped, which components were added.
QQC2.Dialog {
    id: root

    /// The comparison map from C++, read untyped: its keys exist only once two attempts are chosen.
    readonly property var comparison: root.practice.comparison

    readonly property PracticeController practice: AppContext.practice
    property int earlierId: -1
    property int laterId: -1

    function openFor(key: string) {
        practice.attemptsPromptKey = key;
        earlierId = -1;
        laterId = -1;
        open();
    }
    function pick(id: int) {
        if (earlierId === id || laterId === id)
            return;
        earlierId = laterId;
        laterId = id;
        if (earlierId >= 0 && laterId >= 0)
            practice.compare(Math.min(earlierId, laterId), Math.max(earlierId, laterId));
    }

    title: qsTr("Attempts")
    modal: true
    anchors.centerIn: QQC2.Overlay.overlay
    width: Math.min(640, QQC2.Overlay.overlay ? QQC2.Overlay.overlay.width - 2 * Theme.spacingHuge : 640)
    height: Math.min(560, QQC2.Overlay.overlay ? QQC2.Overlay.overlay.height - 2 * Theme.spacingHuge : 560)
    standardButtons: QQC2.Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        QQC2.ComboBox {
            id: promptBox

            Layout.fillWidth: true
            model: root.practice.prompts
            textRole: "title"
            valueRole: "key"
            currentIndex: indexOfValue(root.practice.attemptsPromptKey)
            onActivated: root.openFor(currentValue)
            Accessible.name: qsTr("Prompt")
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: root.practice.attempts.length === 0
            text: qsTr("No finished attempts of this prompt yet. Start a round from the board's side panel.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: root.practice.attempts.length > 1
            text: qsTr("Select two attempts to compare them.")
            font.pointSize: Theme.fontSmall
            color: Theme.textMuted
        }
        ListView {
            id: list

            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 200)
            clip: true
            model: root.practice.attempts
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Attempts")

            delegate: QQC2.ItemDelegate {
                id: attempt

                required property var modelData
                required property int index

                width: list.width
                highlighted: modelData.id === root.earlierId || modelData.id === root.laterId
                onClicked: root.pick(modelData.id)
                Accessible.name: text

                text: qsTr("#%1 · %2 · %3 · %4 of %5 (%6%)").arg(modelData.number).arg(new Date(modelData.startedAt).toLocaleString(Qt.locale(),
                                                                                                                             Locale.ShortFormat)).arg(
                          modelData.timeText).arg(modelData.checked).arg(modelData.total).arg(modelData.scorePercent)

                QQC2.ToolButton {
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    visible: attempt.modelData.boardId > 0
                    text: qsTr("Open board")
                    onClicked: {
                        root.practice.openAttemptBoard(attempt.modelData.boardId);
                        root.close();
                    }
                    Accessible.name: qsTr("Open the board of attempt %1").arg(attempt.modelData.number)
                }
            }
        }
        QQC2.Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.comparison.laterId !== undefined && root.earlierId >= 0

            QQC2.ScrollView {
                anchors.fill: parent
                clip: true
                QQC2.ScrollBar.horizontal.policy: QQC2.ScrollBar.AlwaysOff

                QQC2.Label {
                    width: root.availableWidth - 2 * Theme.spacingLarge
                    wrapMode: Text.Wrap
                    color: Theme.text
                    textFormat: Text.MarkdownText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Comparison")
                    text: {
                        const c = root.practice.comparison;
                        if (c.laterId === undefined)
                            return "";
                        const list = items => items.length > 0 ? items.map(s => "- " + s).join("\n") : "- " + qsTr("none");
                        return qsTr("**Score** %1 points (%2 rubric items) · **time** %3").arg(c.scoreDelta >= 0 ? "+" + c.scoreDelta : c.scoreDelta).arg(
                                    c.checkedDelta >= 0 ? "+" + c.checkedDelta : c.checkedDelta).arg(c.timeDeltaText) + "\n\n**" + qsTr("Newly covered")
                                + "**\n\n" + list(c.newlyChecked) + "\n\n**" + qsTr("No longer covered") + "**\n\n" + list(c.newlyMissed) + "\n\n**"
                                + qsTr("Components added") + "**\n\n" + list(c.added) + "\n\n**" + qsTr("Components removed") + "**\n\n" + list(c.removed);
                    }
                }
            }
        }
    }
}
