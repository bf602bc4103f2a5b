// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The whiteboard: the board list, the canvas with Excalidraw's tools and keys, the style panel, and
// a slot on the right for the stencil palette and the design-round panel.
FocusScope {
    id: root

    readonly property BoardController board: AppContext.board
    readonly property bool showStyle: board.hasSelection || (board.tool !== "select" && board.tool !== "hand" && board.tool !== "eraser")

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Whiteboard")
    Component.onCompleted: canvas.forceActiveFocus()

    RowLayout {
        anchors.fill: parent
        spacing: 0

        BoardSidebar {
            Layout.preferredWidth: 200
            Layout.fillHeight: true
            controller: root.board
        }
        Rectangle {
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            color: Theme.border
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true

            BoardCanvas {
                id: canvas

                anchors.fill: parent
                controller: root.board
                dark: Theme.dark
                focus: true
                Accessible.role: Accessible.Canvas
                Accessible.name: qsTr("Board canvas")
            }
            BoardToolbar {
                anchors.top: parent.top
                anchors.topMargin: Theme.spacing
                anchors.horizontalCenter: parent.horizontalCenter
                controller: root.board
            }
            BoardStylePanel {
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.margins: Theme.spacing
                anchors.topMargin: 64
                visible: root.showStyle
                controller: root.board
            }
            QQC2.TextArea {
                id: editor

                readonly property rect box: canvas.editorRect

                visible: root.board.editingId.length > 0
                x: box.x - leftPadding
                y: box.y - topPadding
                width: Math.max(box.width + leftPadding + rightPadding, 40)
                height: Math.max(box.height + topPadding + bottomPadding, implicitHeight)
                padding: 2
                wrapMode: root.board.editingCentered ? TextEdit.Wrap : TextEdit.NoWrap
                horizontalAlignment: root.board.editingCentered ? TextEdit.AlignHCenter : TextEdit.AlignLeft
                font.family: "DejaVu Sans"
                font.pixelSize: Math.max(4, root.board.editingFontSize * canvas.zoom)
                color: Theme.dark ? "#e0e0e0" : "#1e1e1e"
                background: Rectangle {
                    color: "transparent"
                    border.color: Theme.accent
                    radius: 2
                }
                Accessible.name: qsTr("Text on the board")
                onVisibleChanged: {
                    if (visible) {
                        text = root.board.editingText;
                        forceActiveFocus();
                        cursorPosition = length;
                    }
                }
                // Escape and clicking away both keep the text, as in Excalidraw.
                onActiveFocusChanged: if (!activeFocus && visible)
                    root.board.commitTextEdit(text)
                Keys.onEscapePressed: canvas.forceActiveFocus()
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Return && (event.modifiers & Qt.ControlModifier)) {
                        canvas.forceActiveFocus();
                        event.accepted = true;
                    }
                }
            }
            RowLayout {
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                anchors.margins: Theme.spacing
                spacing: 2

                QQC2.ToolButton {
                    text: "−"
                    focusPolicy: Qt.NoFocus
                    onClicked: canvas.zoomBy(0.8)
                    Accessible.name: qsTr("Zoom out")
                }
                QQC2.ToolButton {
                    text: Math.round(canvas.zoom * 100) + "%"
                    focusPolicy: Qt.NoFocus
                    onClicked: canvas.resetZoom()
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.text: qsTr("Reset zoom — Ctrl+0; fit — Shift+1")
                    Accessible.name: qsTr("Reset zoom")
                }
                QQC2.ToolButton {
                    text: "+"
                    focusPolicy: Qt.NoFocus
                    onClicked: canvas.zoomBy(1.25)
                    Accessible.name: qsTr("Zoom in")
                }
                Item {
                    Layout.preferredWidth: Theme.spacing
                }
                QQC2.ToolButton {
                    text: "↶"
                    enabled: root.board.canUndo
                    focusPolicy: Qt.NoFocus
                    onClicked: root.board.undo()
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.text: qsTr("Undo — Ctrl+Z")
                    Accessible.name: qsTr("Undo")
                }
                QQC2.ToolButton {
                    text: "↷"
                    enabled: root.board.canRedo
                    focusPolicy: Qt.NoFocus
                    onClicked: root.board.redo()
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.text: qsTr("Redo — Ctrl+Shift+Z")
                    Accessible.name: qsTr("Redo")
                }
            }
            QQC2.Label {
                anchors.centerIn: parent
                visible: canvas.controller !== null && root.board.currentBoardId === 0 && root.board.tool === "select"
                text: qsTr("Pick a tool (R rectangle, A arrow, T text…) and draw.\nYour board saves itself as you go.")
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
            }
        }
        // Filled by the design-round and stencil components (core/board/practice, resources/board).
        ColumnLayout {
            objectName: "practicePanelSlot"
            Layout.fillHeight: true
            // Fixed: the prompt titles would otherwise widen the panel over the canvas.
            Layout.preferredWidth: Theme.boardPanelWidth
            Layout.maximumWidth: Theme.boardPanelWidth
            spacing: 0

            Loader {
                Layout.fillWidth: true
                source: Qt.resolvedUrl("../components/board/DesignRoundPanel.qml")
            }
            Loader {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: Qt.resolvedUrl("../components/board/StencilPalette.qml")
            }
        }
    }
}
