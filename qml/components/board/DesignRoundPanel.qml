// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// A timed design round beside the board: pick a prompt, draw against the clock, tick what an
// interviewer would look for, finish to save the attempt. Also the way to the attempts history and
// to board import/export.
Rectangle {
    id: root

    // A QStringList from C++ as one string (qmllint types it as a list without Array's methods).
    function joined(list, separator: string): string {
        return Array.from(list).join(separator);
    }

    readonly property PracticeController practice: AppContext.practice

    implicitWidth: 300
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Design round")

    AttemptsView {
        id: attemptsView
    }
    ExportDialog {
        id: exportDialog
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true

            QQC2.Label {
                Layout.fillWidth: true
                text: root.practice.active ? root.practice.promptTitle : qsTr("Design round")
                font.pointSize: Theme.fontHeading
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            QQC2.ToolButton {
                text: "⇅"
                onClicked: exportDialog.open()
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: qsTr("Import or export this board")
                Accessible.name: qsTr("Import or export")
            }
            QQC2.ToolButton {
                text: "☰"
                onClicked: attemptsView.openFor(root.practice.active ? root.practice.promptKey : promptPicker.currentValue)
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: qsTr("Attempts and comparison")
                Accessible.name: qsTr("Show attempts")
            }
        }

        // Before a round: choose the prompt and the time.
        ColumnLayout {
            Layout.fillWidth: true
            visible: !root.practice.active
            spacing: Theme.spacingSmall

            QQC2.ComboBox {
                id: promptPicker

                Layout.fillWidth: true
                model: root.practice.prompts
                textRole: "title"
                valueRole: "key"
                Accessible.name: qsTr("Practice prompt")

                delegate: QQC2.ItemDelegate {
                    required property var modelData
                    required property int index

                    width: promptPicker.width
                    text: (modelData.kind === "training" ? qsTr("Training") : qsTr("Inference")) + " · " + modelData.title
                          + (modelData.attempts > 0 ? "  (" + qsTr("%n attempt(s)", "", modelData.attempts) + ")" : "")
                    highlighted: promptPicker.highlightedIndex === index
                    Accessible.name: text
                }
            }
            RowLayout {
                Layout.fillWidth: true

                QQC2.Label {
                    text: qsTr("Minutes")
                    color: Theme.textMuted
                }
                QQC2.SpinBox {
                    from: 1
                    to: 180
                    value: root.practice.limitMinutes
                    editable: true
                    onValueModified: root.practice.limitMinutes = value
                    Accessible.name: qsTr("Time limit in minutes")
                }
                Item {
                    Layout.fillWidth: true
                }
                QQC2.Button {
                    text: qsTr("Start round")
                    highlighted: true
                    enabled: promptPicker.currentIndex >= 0
                    onClicked: root.practice.start(promptPicker.currentValue)
                    Accessible.name: qsTr("Start design round")
                }
            }
        }

        // During a round: the prompt, the clock and the rubric.
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.practice.active
            spacing: Theme.spacingSmall

            RowLayout {
                Layout.fillWidth: true

                QQC2.Label {
                    text: root.practice.clockText
                    font.pointSize: Theme.fontTitle
                    font.family: Theme.monoFamily
                    color: root.practice.overTime ? Theme.again : Theme.text
                    Accessible.role: Accessible.StaticText
                    Accessible.name: root.practice.overTime ? qsTr("Over time by %1").arg(text) : qsTr("%1 left").arg(text)
                }
                Item {
                    Layout.fillWidth: true
                }
                QQC2.Button {
                    text: root.practice.paused ? qsTr("Resume") : qsTr("Pause")
                    onClicked: root.practice.togglePause()
                    Accessible.name: text
                }
            }
            QQC2.ProgressBar {
                Layout.fillWidth: true
                value: root.practice.timeFraction
                Accessible.name: qsTr("Time used")
            }
            QQC2.ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(promptLabel.implicitHeight + assumptionsLabel.implicitHeight + Theme.spacing, 180)
                clip: true
                QQC2.ScrollBar.horizontal.policy: QQC2.ScrollBar.AlwaysOff

                ColumnLayout {
                    width: root.width - 2 * Theme.spacing - 12
                    spacing: Theme.spacingSmall

                    QQC2.Label {
                        id: promptLabel

                        Layout.fillWidth: true
                        text: root.practice.promptText
                        wrapMode: Text.Wrap
                        color: Theme.text
                    }
                    QQC2.Label {
                        id: assumptionsLabel

                        Layout.fillWidth: true
                        visible: root.practice.assumptions.length > 0
                        text: "• " + root.joined(root.practice.assumptions, "\n• ")
                        wrapMode: Text.Wrap
                        font.pointSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Rubric: %1 of %2").arg(root.practice.checkedCount).arg(root.practice.rubricTotal)
                font.weight: Font.DemiBold
                color: Theme.text
            }
            QQC2.ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: 260
                clip: true
                QQC2.ScrollBar.horizontal.policy: QQC2.ScrollBar.AlwaysOff

                ColumnLayout {
                    width: root.width - 2 * Theme.spacing - 12
                    spacing: 0

                    Repeater {
                        model: root.practice.rubric

                        delegate: QQC2.CheckDelegate {
                            id: item

                            required property var modelData

                            Layout.fillWidth: true
                            checked: modelData.checked
                            onToggled: root.practice.setChecked(modelData.id, checked)
                            Accessible.name: modelData.text

                            contentItem: QQC2.Label {
                                text: item.modelData.text
                                wrapMode: Text.Wrap
                                font.pointSize: Theme.fontSmall
                                color: Theme.text
                            }
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true

                QQC2.Button {
                    text: qsTr("Abandon")
                    flat: true
                    onClicked: root.practice.abandon()
                    Accessible.name: qsTr("Abandon round without saving")
                }
                Item {
                    Layout.fillWidth: true
                }
                QQC2.Button {
                    text: qsTr("Finish")
                    highlighted: true
                    onClicked: root.practice.finish()
                    Accessible.name: qsTr("Finish round and save attempt")
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.practice.message
            wrapMode: Text.Wrap
            font.pointSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
