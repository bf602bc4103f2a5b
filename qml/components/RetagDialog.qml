// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Ctrl+Shift+T in the browser: add and remove tags on the chosen rows.
QQC2.Dialog {
    id: root

    required property CardBrowserModel browser
    property list<int> rows

    title: qsTr("Retag %n card(s)", "", rows.length)
    modal: true
    width: 480
    standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
    onAboutToShow: {
        addField.text = "";
        removeField.text = "";
        addField.forceActiveFocus();
    }
    onAccepted: browser.retag(rows, addField.text, removeField.text)

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: Theme.spacing
        QQC2.Label { text: qsTr("Add"); color: Theme.textMuted }
        QQC2.TextField {
            id: addField
            Layout.fillWidth: true
            placeholderText: qsTr("space-separated tags")
            Accessible.name: qsTr("Tags to add")
            onAccepted: root.accept()
        }
        QQC2.Label { text: qsTr("Remove"); color: Theme.textMuted }
        QQC2.TextField {
            id: removeField
            Layout.fillWidth: true
            placeholderText: qsTr("space-separated tags")
            Accessible.name: qsTr("Tags to remove")
            onAccepted: root.accept()
        }
    }
}
