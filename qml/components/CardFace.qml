// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// One side of a card: Markdown prose with highlighted code blocks, in reading width.
ColumnLayout {
    id: root

    required property string markdown

    spacing: Theme.spacing

    Repeater {
        model: AppContext.cardFormatter.segments(root.markdown, Theme.dark)
        // Prose or code: a segment is one of the two, so the other stays empty and hidden.
        delegate: Item {
            id: segment

            required property var modelData
            readonly property bool isCode: modelData.kind === "code"

            Layout.fillWidth: true
            implicitHeight: isCode ? code.implicitHeight : prose.implicitHeight

            QQC2.Label {
                id: prose
                width: parent.width
                visible: !segment.isCode
                text: segment.isCode ? "" : segment.modelData.text
                textFormat: Text.MarkdownText
                wrapMode: Text.Wrap
                color: Theme.text
                linkColor: Theme.accent
                font.pointSize: Theme.fontCard
                onLinkActivated: link => Qt.openUrlExternally(link)
            }
            CodeBlock {
                id: code
                width: parent.width
                visible: segment.isCode
                html: segment.isCode ? segment.modelData.html : ""
                background: segment.isCode ? segment.modelData.background : "transparent"
                foreground: segment.isCode ? segment.modelData.foreground : Theme.text
                language: segment.isCode ? segment.modelData.language : ""
            }
        }
    }
}
