// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The interviewer drill: a question, an answer given aloud, the model answer, a self-grade with the
// review keys, then the follow-up an interviewer would ask next. Again ends the chain.
FocusScope {
    id: root

    required property DrillController drill
    readonly property bool onCard: drill.phase === "question" || drill.phase === "answer"

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Interviewer drill")

    Keys.onPressed: event => {
        if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier))
            return;
        if (root.drill.phase === "done") {
            if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Escape)
                root.drill.close();
            else if (event.text === "u")
                root.drill.undo();
            else
                return;
            event.accepted = true;
            return;
        }
        if (!root.onCard)
            return;
        if (event.key === Qt.Key_Space || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            if (root.drill.phase === "question")
                root.drill.reveal();
            else
                root.drill.grade(3);
        } else if (event.key >= Qt.Key_1 && event.key <= Qt.Key_4) {
            root.drill.grade(event.key - Qt.Key_0);
        } else if (event.key === Qt.Key_Escape) {
            root.drill.finish();
        } else if (event.text === "u") {
            root.drill.undo();
        } else if (event.text === "n") {
            notes.forceActiveFocus();
        } else {
            return;
        }
        event.accepted = true;
    }

    Connections {
        target: root.drill
        // A new card or the summary: the keys belong to the drill again, not to the notes field.
        function onCardChanged() {
            if (root.visible)
                root.forceActiveFocus();
        }
    }

    Shortcut {
        sequence: "Ctrl+Z"
        enabled: root.visible && root.drill.canUndo
        onActivated: root.drill.undo()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingLarge

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Interviewer drill")
                subtitle: root.onCard ? qsTr("Chain %1 of %2 · %3").arg(root.drill.chainNumber).arg(root.drill.chainCount).arg(root.drill.deckName)
                                      : qsTr("How deep each chain got before a miss.")
            }
            DrillDepth {
                visible: root.onCard
                depth: root.drill.depth
                length: root.drill.chainLength
            }
            QQC2.Button {
                visible: root.drill.canUndo
                text: qsTr("Undo")
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Undo the last grade, key U")
                onClicked: root.drill.undo()
            }
            QQC2.Button {
                visible: root.onCard
                text: qsTr("End  ·  Esc")
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("End the drill and show the summary")
                onClicked: root.drill.finish()
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: root.drill.message.length > 0
            text: root.drill.message
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        QQC2.ScrollView {
            id: cardScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.onCard
            contentWidth: availableWidth

            ColumnLayout {
                width: Math.min(cardScroll.availableWidth, Theme.contentMaxWidth)
                x: (cardScroll.availableWidth - width) / 2
                spacing: Theme.spacingLarge

                CardFace {
                    Layout.fillWidth: true
                    markdown: root.drill.front
                }
                QQC2.TextArea {
                    id: notes
                    Layout.fillWidth: true
                    Layout.minimumHeight: 72
                    text: root.drill.notes
                    wrapMode: TextEdit.Wrap
                    placeholderText: root.drill.phase === "question" ? qsTr("Answer aloud, as in the interview. Notes (optional, N; Esc to leave)")
                                                                     : qsTr("Your notes")
                    Accessible.name: qsTr("Notes for your answer")
                    KeyNavigation.priority: KeyNavigation.BeforeItem
                    KeyNavigation.tab: root
                    Keys.onEscapePressed: root.forceActiveFocus()
                    onTextChanged: if (text !== root.drill.notes) root.drill.notes = text
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 1
                    visible: root.drill.phase === "answer"
                    color: Theme.border
                }
                CardFace {
                    Layout.fillWidth: true
                    visible: root.drill.phase === "answer"
                    markdown: root.drill.phase === "answer" ? root.drill.back : ""
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: root.drill.phase === "answer" && root.drill.source.length > 0
                    text: qsTr("Source: %1").arg(root.drill.source)
                    color: Theme.textMuted
                    font.pointSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }

        QQC2.Button {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 320
            Layout.preferredHeight: 48
            visible: root.drill.phase === "question"
            text: qsTr("Show answer  ·  Space")
            focusPolicy: Qt.NoFocus
            onClicked: root.drill.reveal()
        }
        GradeBar {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            visible: root.drill.phase === "answer"
            intervalLabels: root.drill.intervalLabels
            onGraded: rating => root.drill.grade(rating)
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: root.drill.phase === "answer"
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Again ends the chain; Hard, Good or Easy moves on to the follow-up. Grades count as reviews.")
            color: Theme.textMuted
            font.pointSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }

        DrillSummary {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.drill.phase === "done"
            chains: root.drill.summary
            onClosed: root.drill.close()
        }
    }
}
