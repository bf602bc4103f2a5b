// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// One posting in the Jobs table: tick, title, company, label, P and the ambiguous badge. `columnWidths`
// (tick, company, label, P) are shared with the column titles so that they line up; the title takes the rest.
QQC2.ItemDelegate {
    id: root

    required property int index
    required property string title
    required property string company
    required property string label
    required property bool mlSystems
    required property string probabilityText
    required property bool ambiguous
    required property bool corrected
    required property bool ticked
    required property list<int> columnWidths
    property bool current: false

    signal toggled()

    leftPadding: Theme.spacing
    // Space ticks, as in the table's own handler, instead of clicking the row when the row has focus.
    Keys.onSpacePressed: root.toggled()
    rightPadding: Theme.spacing

    Accessible.name: qsTr("%1, %2, %3, P %4%5").arg(title).arg(company).arg(label).arg(probabilityText)
        .arg(ambiguous ? qsTr(", ambiguous") : "")

    background: Rectangle {
        color: root.current ? Theme.selection : (root.hovered ? Theme.surfaceAlt : Theme.surface)
        border.color: root.current && root.ListView.view.activeFocus ? Theme.focusRing : "transparent"
    }
    contentItem: RowLayout {
        spacing: Theme.spacing
        QQC2.CheckBox {
            Layout.preferredWidth: root.columnWidths[0]
            checked: root.ticked
            focusPolicy: Qt.NoFocus
            padding: 0
            Accessible.name: qsTr("Tick %1 for the plan").arg(root.title)
            onClicked: root.toggled()
        }
        QQC2.Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            text: root.title
            color: Theme.text
            elide: Text.ElideRight
        }
        QQC2.Label {
            Layout.preferredWidth: root.columnWidths[1]
            text: root.company
            color: Theme.textMuted
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: root.columnWidths[2]
            spacing: Theme.spacingSmall
            QQC2.Label {
                Layout.fillWidth: true
                text: root.label + (root.corrected ? " ✎" : "")
                color: root.mlSystems ? Theme.mlSystems : Theme.systemsWithMl
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            QQC2.Label {
                visible: root.ambiguous
                leftPadding: Theme.spacingSmall
                rightPadding: Theme.spacingSmall
                text: qsTr("ambiguous")
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
                background: Rectangle {
                    radius: height / 2
                    color: Theme.surfaceAlt
                    border.color: Theme.border
                }
            }
        }
        QQC2.Label {
            Layout.preferredWidth: root.columnWidths[3]
            horizontalAlignment: Text.AlignRight
            text: root.probabilityText
            color: Theme.text
            font.family: Theme.monoFamily
        }
    }
}
