// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Key `e`: edit the current card's text. The schedule is not touched.
QQC2.Dialog {
    id: root

    required property ReviewController review

    title: qsTr("Edit card")
    modal: true
    width: 720
    height: 560
    standardButtons: QQC2.Dialog.Save | QQC2.Dialog.Cancel
    onAboutToShow: {
        frontField.text = review.front;
        backField.text = review.back;
        errorLabel.text = "";
        frontField.forceActiveFocus();
    }
    onAccepted: {
        const error = review.editCurrent(frontField.text, backField.text);
        if (error.length > 0) {
            errorLabel.text = error;
            open();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        QQC2.Label { text: qsTr("Front (Markdown)"); color: Theme.textMuted }
        QQC2.ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            QQC2.TextArea {
                id: frontField
                wrapMode: TextEdit.Wrap
                font.family: Theme.monoFamily
                Accessible.name: qsTr("Front")
            }
        }
        QQC2.Label { text: qsTr("Back (Markdown)"); color: Theme.textMuted }
        QQC2.ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            QQC2.TextArea {
                id: backField
                wrapMode: TextEdit.Wrap
                font.family: Theme.monoFamily
                Accessible.name: qsTr("Back")
            }
        }
        QQC2.Label {
            id: errorLabel
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.again
            wrapMode: Text.WordWrap
        }
    }
}
