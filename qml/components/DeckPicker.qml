// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The decks with what is due today; checked decks make up the next session.
ColumnLayout {
    id: root

    required property DeckListModel decks

    // Focusing the picker means focusing its list, where the deck keys are handled.
    onActiveFocusChanged: if (activeFocus) list.forceActiveFocus()

    signal study()
    signal cram()
    /// The interviewer drill over one deck's follow-up chains, or over every deck.
    signal drill(int deckId)
    signal drillAll()

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("%n card(s) due in the chosen decks", "", root.decks.selectedDue)
            color: Theme.textMuted
        }
        QQC2.Button {
            text: qsTr("Select all")
            onClicked: root.decks.setAllSelected(true)
        }
        QQC2.Button {
            text: qsTr("Drill all")
            Accessible.description: qsTr("Interviewer drill: follow-up chains from every deck (Shift+D; D drills the current deck)")
            onClicked: root.drillAll()
        }
        QQC2.Button {
            text: qsTr("Cram")
            enabled: root.decks.selectedCount > 0
            Accessible.description: qsTr("Study the chosen decks ahead of schedule without changing it")
            onClicked: root.cram()
        }
        QQC2.Button {
            id: studyButton
            text: qsTr("Study now")
            highlighted: true
            enabled: root.decks.selectedDue > 0
            onClicked: root.study()
        }
    }

    // Column titles above the list (a ListView header component is "not ready" under Qt 6.4 here).
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingLarge
        QQC2.Label { Layout.fillWidth: true; Layout.leftMargin: 44; text: qsTr("Deck"); color: Theme.textMuted }
        QQC2.Label { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: qsTr("New"); color: Theme.textMuted }
        QQC2.Label { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: qsTr("Learn"); color: Theme.textMuted }
        QQC2.Label { Layout.preferredWidth: 64; Layout.rightMargin: Theme.spacing + 12; horizontalAlignment: Text.AlignRight; text: qsTr("Due"); color: Theme.textMuted }
    }

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        focus: true
        model: root.decks
        spacing: 2
        keyNavigationEnabled: true
        Keys.onReturnPressed: root.study()
        Keys.onEnterPressed: root.study()
        Keys.onSpacePressed: {
            const item = list.currentItem as DeckRow;
            if (item)
                item.toggle();
        }
        Keys.onPressed: event => {
            const item = list.currentItem as DeckRow;
            if (event.text === "d" && item)
                root.drill(item.deckId);
            else if (event.text === "D")
                root.drillAll();
            else
                return;
            event.accepted = true;
        }
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        delegate: DeckRow {
            width: list.width
            current: ListView.isCurrentItem
            onClicked: list.currentIndex = index
            onDrillRequested: root.drill(deckId)
        }
    }
}
