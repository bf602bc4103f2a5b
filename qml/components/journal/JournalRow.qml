// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// One decision in the journal list: title, day, the decision in a line, tags and linked cards.
QQC2.ItemDelegate {
    id: root

    required property int index
    required property int entryId
    required property string title
    required property string dayText
    required property string summary
    required property string tags
    required property int cardCount
    property bool selected: false
    readonly property string cardsText: cardCount > 0 ? qsTr("%n linked card(s)", "", cardCount) : ""

    padding: Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: title + ", " + dayText

    background: Rectangle {
        color: root.selected ? Theme.selection : (root.hovered ? Theme.surfaceAlt : "transparent")
        radius: Theme.radius
        border.color: root.visualFocus ? Theme.focusRing : "transparent"
    }

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            QQC2.Label {
                Layout.fillWidth: true
                text: root.title
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
            }
            QQC2.Label {
                text: root.dayText
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.summary
            color: Theme.textMuted
            elide: Text.ElideRight
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: root.tags !== "" || root.cardCount > 0
            text: root.tags !== "" && root.cardsText !== "" ? root.tags + " · " + root.cardsText : root.tags + root.cardsText
            color: Theme.textMuted
            font.pointSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
