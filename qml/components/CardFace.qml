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
        delegate: Loader {
            id: segment

            required property var modelData

            Layout.fillWidth: true
            sourceComponent: modelData.kind === "code" ? codeBlock : prose

            Component {
                id: prose
                QQC2.Label {
                    text: segment.modelData.text
                    textFormat: Text.MarkdownText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    linkColor: Theme.accent
                    font.pointSize: Theme.fontCard
                    onLinkActivated: link => Qt.openUrlExternally(link)
                }
            }
            Component {
                id: codeBlock
                CodeBlock {
                    html: segment.modelData.html
                    background: segment.modelData.background
                    foreground: segment.modelData.foreground
                    language: segment.modelData.language
                }
            }
        }
    }
}
