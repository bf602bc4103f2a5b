// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Ctrl+Shift+D in the browser: move the chosen rows to a deck, by name.
QQC2.Dialog {
    id: root

    required property CardBrowserModel browser
    property list<int> rows
    property string deck

    title: qsTr("Move %n card(s) to deck", "", rows.length)
    modal: true
    width: 480
    standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
    onAboutToShow: {
        deckField.text = deck;
        deckField.selectAll();
        deckField.forceActiveFocus();
    }
    onAccepted: browser.move(rows, deckField.text)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        QQC2.Label { text: qsTr("Deck name (a new name creates the deck)"); color: Theme.textMuted }
        QQC2.TextField {
            id: deckField
            Layout.fillWidth: true
            Accessible.name: qsTr("Deck")
            onAccepted: root.accept()
        }
    }
}
