// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// One deck in the picker: check box, name, and today's new / learning / review counts.
QQC2.ItemDelegate {
    id: root

    required property int index
    required property int deckId
    required property string name
    required property string topic
    required property int newCount
    required property int learningCount
    required property int reviewCount
    required property int totalCards
    required property bool selected
    required property var model
    property bool current: false

    /// The row's Drill button: the interviewer drill over this deck.
    signal drillRequested()

    function toggle() {
        model.selected = !selected;
    }

    Accessible.role: Accessible.CheckBox
    Accessible.checked: selected
    Accessible.name: qsTr("%1: %2 new, %3 learning, %4 due").arg(name).arg(newCount).arg(learningCount).arg(reviewCount)

    background: Rectangle {
        radius: Theme.radius
        color: root.current ? Theme.selection : (root.hovered ? Theme.surfaceAlt : Theme.surface)
        border.color: root.current && root.ListView.view.activeFocus ? Theme.focusRing : Theme.border
    }
    contentItem: RowLayout {
        spacing: Theme.spacingLarge
        QQC2.CheckBox {
            checked: root.selected
            focusPolicy: Qt.NoFocus
            onToggled: root.toggle()
            Accessible.name: root.name
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            QQC2.Label {
                Layout.fillWidth: true
                text: root.name
                color: Theme.text
                elide: Text.ElideRight
                font.weight: Font.DemiBold
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("%n card(s)", "", root.totalCards)
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
            }
        }
        QQC2.Button {
            text: qsTr("Drill")
            flat: true
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Drill %1, key D").arg(root.name)
            Accessible.description: qsTr("Interviewer drill over this deck's follow-up chains")
            onClicked: root.drillRequested()
        }
        QQC2.Label { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: root.newCount; color: root.newCount > 0 ? Theme.newCards : Theme.textMuted }
        QQC2.Label { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: root.learningCount; color: root.learningCount > 0 ? Theme.learning : Theme.textMuted }
        QQC2.Label { Layout.preferredWidth: 64; Layout.rightMargin: Theme.spacing; horizontalAlignment: Text.AlignRight; text: root.reviewCount; color: root.reviewCount > 0 ? Theme.review : Theme.textMuted }
    }
}
