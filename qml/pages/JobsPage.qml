// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Job postings, each classified as "ML systems" or "systems with ML": paste, open or drop them (files
// or whole folders), read why each got its label, correct it, and apply the result to the study plan.
FocusScope {
    id: root

    // A QStringList from C++ as one string (qmllint types it as a list without Array's methods).
    function joined(list, separator: string): string {
        return Array.from(list).join(separator);
    }

    readonly property JobsController jobs: AppContext.jobs
    /// Widths of the table's fixed columns: tick, company, label, P. The title takes the rest.
    readonly property list<int> columnWidths: [24, 130, 170, 44]

    // QML cannot read the clipboard directly; an invisible plain-text editor pastes it.
    function pasteClipboard() {
        clipboardReader.clear();
        clipboardReader.paste();
        if (clipboardReader.text.trim().length > 0)
            jobs.addText(clipboardReader.text);
        else
            pasteDialog.open();
    }
    function showPage() {
        jobs.refresh();
        list.currentIndex = jobs.currentRow;
        list.forceActiveFocus();
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Jobs")
    Component.onCompleted: if (visible) showPage()
    onVisibleChanged: if (visible) showPage()

    Binding { target: root.jobs; property: "mlSystemsColor"; value: Theme.mlSystemsTint }
    Binding { target: root.jobs; property: "systemsColor"; value: Theme.systemsWithMlTint }
    Binding { target: root.jobs; property: "textColor"; value: Theme.text }

    Connections {
        target: root.jobs
        function onCurrentChanged() {
            if (list.currentIndex !== root.jobs.currentRow)
                list.currentIndex = root.jobs.currentRow;
        }
    }

    Shortcut { sequence: "Ctrl+O"; enabled: root.visible; onActivated: fileDialog.open() }
    Shortcut { sequence: "Ctrl+Shift+O"; enabled: root.visible; onActivated: folderDialog.open() }
    Shortcut { sequence: "Ctrl+Shift+V"; enabled: root.visible; onActivated: pasteDialog.open() }
    Shortcut { sequence: "Ctrl+V"; enabled: root.visible && list.activeFocus; onActivated: root.pasteClipboard() }
    Shortcut { sequence: "Ctrl+Z"; enabled: root.visible && root.jobs.canUndo; onActivated: root.jobs.undo() }
    Shortcut { sequence: "Ctrl+A"; enabled: root.visible && list.activeFocus; onActivated: root.jobs.postings.toggleAll() }
    Shortcut { sequence: "Escape"; enabled: root.visible && root.jobs.busy; onActivated: root.jobs.cancel() }

    DropArea {
        id: dropArea
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls) {
                root.jobs.open(drop.urls);
                drop.acceptProposedAction();
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingHuge
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Jobs")
            subtitle: qsTr("Is a posting about ML systems (ML depth, systems seasoning) or systems with ML (systems depth, ML fluency)? Paste, open or drop postings to see which, and why.")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QQC2.Button { text: qsTr("Paste…"); focusPolicy: Qt.NoFocus; Accessible.name: qsTr("Paste a posting"); onClicked: pasteDialog.open() }
            QQC2.Button { text: qsTr("Open files…"); focusPolicy: Qt.NoFocus; enabled: !root.jobs.busy; Accessible.name: text; onClicked: fileDialog.open() }
            QQC2.Button { text: qsTr("Open folder…"); focusPolicy: Qt.NoFocus; enabled: !root.jobs.busy; Accessible.name: text; onClicked: folderDialog.open() }
            QQC2.Button {
                text: root.jobs.postings.checkedCount > 0 ? qsTr("Apply %n ticked to my plan", "", root.jobs.postings.checkedCount) : qsTr("Apply to my plan")
                focusPolicy: Qt.NoFocus
                enabled: root.jobs.applyCount > 0
                Accessible.name: text
                onClicked: root.jobs.applyToPlan()
            }
            Item { Layout.fillWidth: true }
            QQC2.Label { text: root.jobs.modelText; color: Theme.textMuted }
            QQC2.Button {
                text: qsTr("Reset model")
                visible: root.jobs.hasLocalModel
                enabled: !root.jobs.busy
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Forget your corrections and return to the shipped model")
                onClicked: root.jobs.resetModel()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: root.jobs.busy
            spacing: Theme.spacing
            QQC2.ProgressBar {
                Layout.fillWidth: true
                value: root.jobs.progress
                indeterminate: root.jobs.progress === 0
                Accessible.name: root.jobs.progressText
            }
            QQC2.Label { text: root.jobs.progressText; color: Theme.text }
            QQC2.Button { text: qsTr("Cancel (Esc)"); focusPolicy: Qt.NoFocus; Accessible.name: qsTr("Cancel"); onClicked: root.jobs.cancel() }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            QQC2.Label {
                Layout.fillWidth: true
                text: root.jobs.message.length > 0 ? root.jobs.message : root.jobs.planText
                color: root.jobs.messageIsError ? Theme.again : Theme.textMuted
                elide: Text.ElideRight
            }
            QQC2.Button {
                visible: root.jobs.problems.length > 0
                flat: true
                text: problemList.visible ? qsTr("Hide problems") : qsTr("Show %n problem(s)", "", root.jobs.problems.length)
                focusPolicy: Qt.NoFocus
                Accessible.name: text
                onClicked: problemList.visible = !problemList.visible
            }
            QQC2.Label {
                visible: root.jobs.canUndo
                text: qsTr("Ctrl+Z: undo %1").arg(root.jobs.undoLabel)
                color: Theme.textMuted
            }
        }
        QQC2.ScrollView {
            id: problemList
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, 120)
            visible: false
            QQC2.Label {
                text: root.joined(root.jobs.problems, "\n")
                color: Theme.again
                font.family: Theme.monoFamily
            }
        }

        // An Item takes the free height: EmptyState's labels cannot grow, so on its own it would leave
        // the space to be spread between every row of the page.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.jobs.postings.count === 0

            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                title: dropArea.containsDrag ? qsTr("Drop to classify") : qsTr("No postings yet")
                explanation: qsTr("Paste a posting (Ctrl+Shift+V), open files (Ctrl+O) or a folder (Ctrl+Shift+O), or drop them here. Plain text, Markdown and HTML are read; thousands of files are fine.")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.jobs.postings.count > 0
            spacing: Theme.spacingLarge

            ColumnLayout {
                Layout.fillWidth: false
                Layout.fillHeight: true
                Layout.preferredWidth: Math.max(420, root.width * 0.42)
                spacing: 0

                // Column titles above the list (a ListView header component is "not ready" under Qt 6.4 here).
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    Layout.bottomMargin: Theme.spacingSmall
                    spacing: Theme.spacing
                    Item { Layout.preferredWidth: root.columnWidths[0] }
                    QQC2.Label { Layout.fillWidth: true; Layout.preferredWidth: 100; text: qsTr("Title"); color: Theme.textMuted; elide: Text.ElideRight }
                    QQC2.Label { Layout.preferredWidth: root.columnWidths[1]; text: qsTr("Company"); color: Theme.textMuted }
                    QQC2.Label { Layout.preferredWidth: root.columnWidths[2]; text: qsTr("Label"); color: Theme.textMuted }
                    QQC2.Label {
                        Layout.preferredWidth: root.columnWidths[3]
                        horizontalAlignment: Text.AlignRight
                        text: qsTr("P ▼")
                        color: Theme.text
                        font.weight: Font.DemiBold
                    }
                }

                ListView {
                    id: list
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    focus: true
                    model: root.jobs.postings
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    boundsBehavior: Flickable.StopAtBounds
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Postings, highest P(ML systems) first")
                    onCurrentIndexChanged: root.jobs.currentRow = currentIndex
                    Keys.onDeletePressed: root.jobs.remove()
                    Keys.onSpacePressed: root.jobs.postings.toggleChecked(currentIndex)
                    Keys.onPressed: event => {
                        if (event.modifiers !== Qt.NoModifier && event.modifiers !== Qt.ShiftModifier)
                            return;
                        if (event.text === "m") {
                            root.jobs.correct(true);
                        } else if (event.text === "s") {
                            root.jobs.correct(false);
                        } else if (event.text === "a") {
                            root.jobs.applyToPlan();
                        } else {
                            return;
                        }
                        event.accepted = true;
                    }
                    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

                    delegate: JobRow {
                        width: list.width
                        columnWidths: root.columnWidths
                        current: ListView.isCurrentItem
                        onClicked: {
                            list.currentIndex = index;
                            list.forceActiveFocus();
                        }
                        onToggled: root.jobs.postings.toggleChecked(index)
                    }
                }
            }

            JobDetail {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: root.jobs.hasCurrent
                jobs: root.jobs
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("↑↓ move · Ctrl+V add the clipboard · Space tick · Ctrl+A tick all · A apply · M / S correct label · Del delete · Ctrl+Z undo")
            color: Theme.textMuted
            font.pointSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    TextEdit {
        id: clipboardReader
        visible: false
        textFormat: TextEdit.PlainText
    }
    FileDialog {
        id: fileDialog
        title: qsTr("Open job postings")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Postings (*.txt *.md *.markdown *.html *.htm)"), qsTr("All files (*)")]
        onAccepted: root.jobs.open(selectedFiles)
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Open a folder of job postings")
        onAccepted: root.jobs.open([selectedFolder])
    }
    JobPasteDialog {
        id: pasteDialog
        anchors.centerIn: parent
        jobs: root.jobs
        onClosed: list.forceActiveFocus()
    }
}
