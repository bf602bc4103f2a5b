// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Decks or topics with their cards and mastery now and on the interview date, as two bars per row.
ColumnLayout {
    id: root

    required property GroupStatsModel model
    required property string nameHeader
    /// Rows shown until the user asks for all of them.
    property int collapsedRows: 12
    property bool expanded: false

    spacing: Theme.spacingSmall

    function percent(value) {
        return (value * 100).toLocaleString(Qt.locale(), "f", 0) + " %";
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        QQC2.Label { Layout.fillWidth: true; text: root.nameHeader; font.weight: Font.DemiBold; color: Theme.textMuted }
        QQC2.Label { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: qsTr("Cards"); font.weight: Font.DemiBold; color: Theme.textMuted }
        QQC2.Label { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: qsTr("New"); font.weight: Font.DemiBold; color: Theme.textMuted }
        QQC2.Label { Layout.preferredWidth: 180; text: qsTr("Mastery now"); font.weight: Font.DemiBold; color: Theme.textMuted }
        QQC2.Label { Layout.preferredWidth: 180; text: qsTr("On interview day"); font.weight: Font.DemiBold; color: Theme.textMuted }
    }

    Repeater {
        id: rows
        model: root.model
        delegate: RowLayout {
            id: row
            required property int index
            required property string name
            required property int total
            required property int newCards
            required property double masteryNow
            required property double masteryOnDate
            Layout.fillWidth: true
            visible: root.expanded || index < root.collapsedRows
            spacing: Theme.spacing
            Accessible.role: Accessible.Row
            Accessible.name: qsTr("%1: %2 cards, %3 new, mastery %4 now, %5 on interview day").arg(name).arg(total).arg(newCards).arg(root.percent(masteryNow)).arg(root.percent(masteryOnDate))

            QQC2.Label { Layout.fillWidth: true; text: row.name; color: Theme.text; elide: Text.ElideRight }
            QQC2.Label { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: row.total.toLocaleString(Qt.locale(), "f", 0); color: Theme.text }
            QQC2.Label { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: row.newCards.toLocaleString(Qt.locale(), "f", 0); color: Theme.textMuted }
            MasteryBar { Layout.preferredWidth: 180; value: row.masteryNow; text: root.percent(row.masteryNow) }
            MasteryBar { Layout.preferredWidth: 180; value: row.masteryOnDate; text: root.percent(row.masteryOnDate) }
        }
    }

    QQC2.Button {
        visible: rows.count > root.collapsedRows
        flat: true
        text: root.expanded ? qsTr("Show fewer") : qsTr("Show all %n", "", rows.count)
        Accessible.name: text
        onClicked: root.expanded = !root.expanded
    }

    QQC2.Label {
        visible: rows.count === 0
        text: qsTr("No cards yet.")
        color: Theme.textMuted
    }
}
