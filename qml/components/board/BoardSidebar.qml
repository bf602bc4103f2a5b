// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The workspace's boards: open, create, rename (double-click or F2), duplicate, delete with undo.
Rectangle {
    id: root

    required property BoardController controller

    color: Theme.surfaceAlt
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Boards")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Boards")
                font.pointSize: Theme.fontHeading
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            QQC2.ToolButton {
                text: "+"
                font.pointSize: Theme.fontHeading
                onClicked: root.controller.newBoard()
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: qsTr("New board")
                Accessible.name: qsTr("New board")
            }
        }
        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: root.controller.boards
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Board list")

            delegate: QQC2.ItemDelegate {
                id: row

                required property int boardId
                required property string name
                required property string modified
                required property int index
                property bool renaming: false

                width: ListView.view.width
                highlighted: boardId === root.controller.currentBoardId
                Accessible.name: name
                onClicked: root.controller.openBoard(boardId)
                onDoubleClicked: renaming = true
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_F2) {
                        row.renaming = true;
                        event.accepted = true;
                    } else if (event.key === Qt.Key_Delete) {
                        root.controller.deleteBoard(row.boardId);
                        event.accepted = true;
                    }
                }

                contentItem: ColumnLayout {
                    spacing: 0

                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: !row.renaming
                        text: row.name
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    QQC2.TextField {
                        Layout.fillWidth: true
                        visible: row.renaming
                        text: row.name
                        selectByMouse: true
                        Accessible.name: qsTr("Board name")
                        onVisibleChanged: if (visible) {
                            forceActiveFocus();
                            selectAll();
                        }
                        onAccepted: {
                            root.controller.renameBoard(row.boardId, text);
                            row.renaming = false;
                        }
                        Keys.onEscapePressed: row.renaming = false
                        onActiveFocusChanged: if (!activeFocus)
                            row.renaming = false
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: row.modified
                        color: Theme.textMuted
                        font.pointSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }

                QQC2.ToolButton {
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    visible: row.hovered || row.highlighted
                    text: "⋯"
                    onClicked: menu.popup()
                    Accessible.name: qsTr("Board actions")

                    QQC2.Menu {
                        id: menu

                        QQC2.MenuItem {
                            text: qsTr("Rename")
                            onTriggered: row.renaming = true
                        }
                        QQC2.MenuItem {
                            text: qsTr("Duplicate")
                            onTriggered: root.controller.duplicateBoard(row.boardId)
                        }
                        QQC2.MenuItem {
                            text: qsTr("Delete")
                            onTriggered: root.controller.deleteBoard(row.boardId)
                        }
                    }
                }
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: list.count === 0
            text: qsTr("Draw anything: the first stroke creates a board.")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.controller.message.length > 0

            QQC2.Label {
                Layout.fillWidth: true
                text: root.controller.message
                color: Theme.text
                elide: Text.ElideRight
            }
            QQC2.Button {
                visible: root.controller.canRestoreBoard
                text: qsTr("Undo")
                onClicked: root.controller.undoDeleteBoard()
                Accessible.name: qsTr("Undo delete board")
            }
        }
    }
}
