// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Three-level practice: write the technical, architectural and business answer, then compare each
// with the model answer side by side.
FocusScope {
    id: root

    required property ThreeLevelController practice
    readonly property bool writing: practice.phase === "writing"
    readonly property var levelNames: [qsTr("Technical"), qsTr("Architectural"), qsTr("Business")]
    readonly property var levelPrompts: [
        qsTr("Mechanism and numbers: what happens, how much memory, time or compute."),
        qsTr("The system or design consequence: what it changes in how you build or serve."),
        qsTr("Cost, time and risk: why it matters to the team or the company.")
    ]

    function focusFirst() {
        if (writing)
            technical.field.forceActiveFocus();
        else
            root.forceActiveFocus();
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Three-level practice")

    Keys.onEscapePressed: root.practice.close()
    Keys.onPressed: event => {
        if (!root.writing && event.text === "e" && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
            root.practice.edit();
            event.accepted = true;
        }
    }

    Connections {
        target: root.practice
        function onPhaseChanged() {
            if (root.visible)
                root.focusFirst();
        }
    }

    Shortcut {
        sequence: "Ctrl+Return"
        enabled: root.visible && root.writing
        onActivated: root.practice.compare()
    }
    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.visible && root.practice.active
        onActivated: root.practice.save()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingLarge

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Three levels")
                subtitle: root.writing ? qsTr("Answer at each level, then compare with the model answer (Ctrl+Enter).")
                                       : qsTr("Your answer next to the model answer, level by level.")
            }
            QQC2.Button {
                text: root.writing ? qsTr("Compare  ·  Ctrl+Enter") : qsTr("Edit answers  ·  E")
                highlighted: root.writing
                onClicked: root.writing ? root.practice.compare() : root.practice.edit()
            }
            QQC2.Button {
                text: qsTr("Save  ·  Ctrl+S")
                enabled: root.practice.dirty || root.practice.savedAt.length === 0
                Accessible.description: qsTr("Keep this attempt; it comes back the next time you practise this card")
                onClicked: root.practice.save()
            }
            QQC2.Button {
                text: qsTr("Close  ·  Esc")
                onClicked: root.practice.close()
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: root.practice.message.length > 0 ? root.practice.message
                : root.practice.savedAt.length > 0 ? qsTr("Attempt saved %1%2").arg(root.practice.savedAt).arg(root.practice.dirty ? qsTr("; changed since") : "")
                : qsTr("Not saved yet.")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(question.implicitHeight + 2 * Theme.spacingLarge, root.height * 0.3)
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            QQC2.ScrollView {
                id: questionScroll
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                contentWidth: availableWidth
                clip: true
                CardFace {
                    id: question
                    width: questionScroll.availableWidth
                    markdown: root.practice.front
                }
            }
        }

        // Writing: one field per level.
        QQC2.ScrollView {
            id: writingScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.writing
            contentWidth: availableWidth

            ColumnLayout {
                width: writingScroll.availableWidth
                spacing: Theme.spacingLarge
                ThreeLevelEditor {
                    id: technical
                    Layout.fillWidth: true
                    name: root.levelNames[0]
                    prompt: root.levelPrompts[0]
                    text: root.practice.answers[0] ?? ""
                    next: architectural.field
                    onEdited: value => root.practice.setAnswer(0, value)
                }
                ThreeLevelEditor {
                    id: architectural
                    Layout.fillWidth: true
                    name: root.levelNames[1]
                    prompt: root.levelPrompts[1]
                    text: root.practice.answers[1] ?? ""
                    next: business.field
                    onEdited: value => root.practice.setAnswer(1, value)
                }
                ThreeLevelEditor {
                    id: business
                    Layout.fillWidth: true
                    name: root.levelNames[2]
                    prompt: root.levelPrompts[2]
                    text: root.practice.answers[2] ?? ""
                    next: technical.field
                    onEdited: value => root.practice.setAnswer(2, value)
                }
            }
        }

        // Comparing: each level side by side with its model answer.
        QQC2.ScrollView {
            id: compareScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.writing
            contentWidth: availableWidth

            ColumnLayout {
                width: compareScroll.availableWidth
                spacing: Theme.spacingLarge
                Repeater {
                    model: root.practice.comparison
                    delegate: ThreeLevelComparison {
                        Layout.fillWidth: true
                    }
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    text: root.practice.disclaimer
                    color: Theme.textMuted
                    font.pointSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
