// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Add a card (row -1) or edit the card at `row` in the browser: front, back, tags and deck. An edit
// keeps the card's schedule.
QQC2.Dialog {
    id: root

    required property CardBrowserModel browser
    property int row: -1
    /// The fields shown when the dialog opens: a card(row) map, or a deck to add to.
    property var initial: ({})

    title: row < 0 ? qsTr("Add card") : qsTr("Edit card")
    modal: true
    width: 720
    height: 600
    standardButtons: QQC2.Dialog.Save | QQC2.Dialog.Cancel
    onAboutToShow: {
        frontField.text = initial.front ?? "";
        backField.text = initial.back ?? "";
        tagsField.text = initial.tags ?? "";
        deckField.text = initial.deck ?? "";
        errorLabel.text = "";
        frontField.forceActiveFocus();
    }
    onAccepted: {
        const fields = { front: frontField.text, back: backField.text, tags: tagsField.text,
                         source: initial.source ?? "", deck: deckField.text };
        const saved = row < 0 ? browser.addCard(fields) : browser.editCard(row, fields);
        if (!saved) {
            initial = fields;
            open();
            errorLabel.text = browser.message;
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
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            QQC2.Label { text: qsTr("Tags"); color: Theme.textMuted }
            QQC2.TextField {
                id: tagsField
                Layout.fillWidth: true
                placeholderText: qsTr("space-separated")
                Accessible.name: qsTr("Tags")
            }
            QQC2.Label { text: qsTr("Deck"); color: Theme.textMuted }
            QQC2.TextField {
                id: deckField
                Layout.fillWidth: true
                placeholderText: qsTr("a deck name; a new name creates the deck")
                Accessible.name: qsTr("Deck")
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
