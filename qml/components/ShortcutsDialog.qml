// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import MLPrep
import MLPrep.Views

// The keyboard cheat sheet: docs/shortcuts.md, compiled in, so it always matches the documentation.
QQC2.Dialog {
    id: root

    title: qsTr("Keyboard shortcuts")
    modal: true
    standardButtons: QQC2.Dialog.Close
    width: Math.min(760, parent ? parent.width - 2 * Theme.spacingHuge : 760)
    height: Math.min(640, parent ? parent.height - 2 * Theme.spacingHuge : 640)
    anchors.centerIn: parent

    QQC2.ScrollView {
        id: scroller
        anchors.fill: parent
        clip: true

        QQC2.Label {
            width: scroller.availableWidth
            textFormat: Text.MarkdownText
            wrapMode: Text.WordWrap
            color: Theme.text
            text: AppContext.shortcutsMarkdown()
            Accessible.role: Accessible.StaticText
            Accessible.name: root.title
        }
    }
}
