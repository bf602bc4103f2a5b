// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The Journal tab: decisions and the constraints behind them, the raw material of behavioural answers.
// Left: search and the list; right: the editor of the chosen entry.
FocusScope {
    id: root

    readonly property JournalController journal: AppContext.journal

    function newEntry() {
        list.currentIndex = -1;
        editor.load(0);
        editor.focusTitle();
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Decision journal")
    Component.onCompleted: {
        journal.refresh();
        if (list.count > 0)
            list.currentIndex = 0;
        else
            editor.load(0);
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible
        onActivated: root.newEntry()
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: root.visible
        onActivated: searchField.forceActiveFocus()
    }
    Shortcut {
        sequence: "Ctrl+Z"
        enabled: root.visible && root.journal.canUndo
        onActivated: root.journal.undo()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingLarge

        ColumnLayout {
            Layout.preferredWidth: 320
            Layout.fillHeight: true
            spacing: Theme.spacing

            QQC2.TextField {
                id: searchField
                Layout.fillWidth: true
                placeholderText: qsTr("Search decisions (Ctrl+F)")
                text: root.journal.query
                Accessible.name: qsTr("Search the journal")
                onTextEdited: root.journal.query = text
                Keys.onDownPressed: list.forceActiveFocus()
            }
            RowLayout {
                Layout.fillWidth: true
                QQC2.Button {
                    text: qsTr("New entry")
                    highlighted: true
                    Accessible.name: qsTr("New journal entry")
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.text: qsTr("Ctrl+N")
                    onClicked: root.newEntry()
                }
                QQC2.Button {
                    text: qsTr("Export Markdown…")
                    enabled: list.count > 0
                    Accessible.name: qsTr("Export the listed entries as Markdown")
                    onClicked: exportDialog.open()
                }
            }
            QQC2.Button {
                Layout.fillWidth: true
                visible: root.journal.canUndo
                text: root.journal.undoText
                Accessible.name: text
                onClicked: root.journal.undo()
            }

            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.journal.entries
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Journal entries")
                onCurrentIndexChanged: {
                    if (currentItem)
                        editor.load((currentItem as JournalRow).entryId);
                }
                delegate: JournalRow {
                    width: ListView.view.width
                    selected: ListView.isCurrentItem
                    onClicked: list.currentIndex = index
                }
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: list.count === 0
                text: root.journal.query === ""
                      ? qsTr("No decisions yet. Write down a choice you made, what limited you and what came of it: these become your behavioural answers.")
                      : qsTr("No entry matches “%1”.").arg(root.journal.query)
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }

        JournalEditor {
            id: editor
            Layout.fillWidth: true
            Layout.fillHeight: true
            journal: root.journal
            onSaved: id => list.currentIndex = root.journal.entries.rowOf(id)
            onDeleted: list.currentIndex = Math.min(list.currentIndex, list.count - 1)
        }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export journal as Markdown")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "md"
        nameFilters: [qsTr("Markdown (*.md)")]
        onAccepted: root.journal.exportMarkdown(selectedFile)
    }
}
