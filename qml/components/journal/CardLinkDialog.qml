// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Finds a card by words of its front (or its exact key) to link to a journal entry.
QQC2.Dialog {
    id: root

    required property JournalController journal
    property var matches: []

    signal picked(var card)

    title: qsTr("Link a card")
    modal: true
    width: 520
    height: 420
    standardButtons: QQC2.Dialog.Close
    onAboutToShow: {
        searchField.text = "";
        matches = [];
        searchField.forceActiveFocus();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        QQC2.TextField {
            id: searchField
            Layout.fillWidth: true
            placeholderText: qsTr("Words of the card's front, or its key")
            Accessible.name: qsTr("Find a card")
            onTextEdited: root.matches = root.journal.findCards(text)
            Keys.onDownPressed: results.forceActiveFocus()
        }
        ListView {
            id: results
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.matches
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Matching cards")
            delegate: QQC2.ItemDelegate {
                id: match
                required property var modelData
                required property int index
                width: ListView.view.width
                text: modelData.front
                highlighted: ListView.isCurrentItem
                Accessible.name: modelData.front
                onClicked: {
                    root.picked(match.modelData);
                    root.close();
                }
                Keys.onReturnPressed: clicked()
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: searchField.text !== "" && results.count === 0
            text: qsTr("No card matches.")
            color: Theme.textMuted
        }
    }
}
