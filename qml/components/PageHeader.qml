// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep.Views

// Title and one line of context at the top of a page.
ColumnLayout {
    id: root

    required property string title
    property string subtitle

    spacing: Theme.spacingSmall

    QQC2.Label {
        Layout.fillWidth: true
        text: root.title
        font.pointSize: Theme.fontTitle
        font.weight: Font.DemiBold
        color: Theme.text
        elide: Text.ElideRight
        Accessible.role: Accessible.Heading
    }
    QQC2.Label {
        Layout.fillWidth: true
        visible: root.subtitle.length > 0
        text: root.subtitle
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
}
