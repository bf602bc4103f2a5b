// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Paste one posting's text; Ctrl+Enter or "Classify" adds it.
QQC2.Dialog {
    id: root

    required property JobsController jobs
    /// Why the last attempt added nothing (empty, unreadable, listed already).
    property string refusal

    function classify() {
        if (root.jobs.addText(textArea.text)) {
            textArea.clear();
            root.close();
        } else {
            root.refusal = root.jobs.message;
        }
    }

    title: qsTr("Paste a job posting")
    modal: true
    width: Math.min(parent ? parent.width - 2 * Theme.spacingHuge : 640, 720)
    height: Math.min(parent ? parent.height - 2 * Theme.spacingHuge : 480, 560)
    onOpened: {
        root.refusal = "";
        textArea.forceActiveFocus();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Plain text, Markdown or HTML: the title line, the team, what you will do and what they ask for.")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        QQC2.ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            QQC2.TextArea {
                id: textArea
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                placeholderText: qsTr("Paste the posting here (Ctrl+V)")
                Accessible.name: qsTr("Posting text")
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                        root.classify();
                        event.accepted = true;
                    }
                }
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: root.refusal.length > 0
            text: root.refusal
            color: Theme.again
            wrapMode: Text.WordWrap
        }
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            text: qsTr("Classify (Ctrl+Enter)")
            enabled: textArea.text.trim().length > 0
            Accessible.name: qsTr("Classify the pasted posting")
            onClicked: root.classify()
        }
        QQC2.Button {
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: root.close()
        }
    }
}
