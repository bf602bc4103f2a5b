// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Anki's card browser: search with the query language, sort by a column, and change the current
// card with keys. Every change is undoable (Ctrl+Z) and shows at once in the review deck counts.
FocusScope {
    id: root

    readonly property CardBrowserModel browser: AppContext.browser
    readonly property int currentRow: list.currentIndex
    readonly property list<int> selectedRows: currentRow >= 0 ? [currentRow] : []
    /// The current card's fields (CardBrowserModel.card), for the preview and the editor.
    property var shownCard: ({})
    /// Widths of the columns after Front, in order: Deck, Tags, State, Due, Stability, Lapses.
    readonly property list<int> columnWidths: [150, 150, 96, 96, 88, 64]
    readonly property var columns: [
        { title: qsTr("Front"), column: CardBrowserModel.FrontColumn },
        { title: qsTr("Deck"), column: CardBrowserModel.DeckColumn },
        { title: qsTr("Tags"), column: CardBrowserModel.TagsColumn },
        { title: qsTr("State"), column: CardBrowserModel.StateColumn },
        { title: qsTr("Due"), column: CardBrowserModel.DueColumn },
        { title: qsTr("Stability"), column: CardBrowserModel.StabilityColumn },
        { title: qsTr("Lapses"), column: CardBrowserModel.LapsesColumn }
    ]

    // Reads list.currentIndex, not currentRow: a handler of currentIndexChanged may run before that binding.
    function showCurrent() {
        shownCard = browser.card(list.currentIndex);
    }
    function runQuery() {
        browser.query = searchField.text;
        list.currentIndex = browser.count > 0 ? 0 : -1;
        showCurrent();
    }
    function sortBy(column) {
        const order = browser.sortColumn === column && browser.sortOrder === Qt.AscendingOrder ? Qt.DescendingOrder : Qt.AscendingOrder;
        browser.sort(column, order);
        list.currentIndex = browser.count > 0 ? 0 : -1;
        showCurrent();
    }
    function openEditor(row) {
        fieldsDialog.row = row;
        fieldsDialog.initial = row >= 0 ? shownCard : { deck: shownCard.deck ?? "" };
        fieldsDialog.open();
    }
    function toggleSuspended() {
        browser.toggleSuspended(selectedRows);
    }
    function showPage() {
        browser.refresh();
        if (list.currentIndex < 0 && browser.count > 0)
            list.currentIndex = 0;
        showCurrent();
        searchField.forceActiveFocus();
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Browse")
    Component.onCompleted: if (visible) showPage()
    onVisibleChanged: if (visible) showPage()

    Connections {
        target: root.browser
        function onCardsChanged() {
            root.showCurrent();
        }
    }

    Shortcut { sequence: "Ctrl+F"; enabled: root.visible; onActivated: searchField.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+N"; enabled: root.visible; onActivated: root.openEditor(-1) }
    Shortcut { sequence: "Ctrl+J"; enabled: root.visible && root.currentRow >= 0; onActivated: root.toggleSuspended() }
    Shortcut { sequence: "Ctrl+Shift+D"; enabled: root.visible && root.currentRow >= 0; onActivated: moveDialog.open() }
    Shortcut { sequence: "Ctrl+Shift+T"; enabled: root.visible && root.currentRow >= 0; onActivated: retagDialog.open() }
    Shortcut { sequence: "Ctrl+Z"; enabled: root.visible && root.browser.canUndo; onActivated: root.browser.undo() }
    // Drill modes for the current card; they open on the review page (Main.qml switches to it).
    Shortcut { sequence: "Ctrl+Shift+I"; enabled: root.visible && drillRow.hasChain; onActivated: AppContext.drill.startFromCard(root.shownCard.key) }
    Shortcut { sequence: "Ctrl+Shift+L"; enabled: root.visible && drillRow.hasLevels; onActivated: AppContext.threeLevels.start(root.shownCard.key) }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingHuge
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Browse")
            subtitle: qsTr("Search words or deck:, tag:, is:due|new|suspended, prop:s>30, rated:7, then Enter.")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QQC2.TextField {
                id: searchField
                Layout.fillWidth: true
                focus: true
                placeholderText: qsTr("Search (Ctrl+F)")
                selectByMouse: true
                Accessible.name: qsTr("Search cards")
                onAccepted: root.runQuery()
                Keys.onDownPressed: list.forceActiveFocus()
            }
            QQC2.Button { text: qsTr("Search"); focusPolicy: Qt.NoFocus; onClicked: root.runQuery() }
            QQC2.Button { text: qsTr("Add…"); focusPolicy: Qt.NoFocus; onClicked: root.openEditor(-1) }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            QQC2.Label {
                Layout.fillWidth: true
                text: root.browser.queryError.length > 0 ? root.browser.queryError
                    : root.browser.message.length > 0 ? root.browser.message
                    : qsTr("%n card(s)", "", root.browser.count)
                color: root.browser.queryError.length > 0 || root.browser.message.length > 0 ? Theme.again : Theme.textMuted
                elide: Text.ElideRight
            }
            QQC2.Label {
                visible: root.browser.canUndo
                text: qsTr("Ctrl+Z: undo %1").arg(root.browser.undoLabel)
                color: Theme.textMuted
            }
        }

        // Column titles above the list (a ListView header component is "not ready" under Qt 6.4 here).
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            spacing: Theme.spacing
            Repeater {
                model: root.columns
                delegate: QQC2.ItemDelegate {
                    id: headerCell
                    required property var modelData
                    required property int index
                    readonly property bool sorted: root.browser.sortColumn === modelData.column

                    Layout.fillWidth: index === 0
                    // Front's 100 matches CardRow's, so both rows share out the spare width alike.
                    Layout.preferredWidth: index === 0 ? 100 : root.columnWidths[index - 1]
                    padding: 0
                    focusPolicy: Qt.NoFocus
                    background: Item {}
                    text: modelData.title + (sorted ? (root.browser.sortOrder === Qt.AscendingOrder ? " ▲" : " ▼") : "")
                    Accessible.name: qsTr("Sort by %1").arg(modelData.title)
                    contentItem: QQC2.Label {
                        text: headerCell.text
                        color: headerCell.sorted ? Theme.text : Theme.textMuted
                        font.weight: headerCell.sorted ? Font.DemiBold : Font.Normal
                        horizontalAlignment: headerCell.index >= 5 ? Text.AlignRight : Text.AlignLeft
                        elide: Text.ElideRight
                    }
                    onClicked: root.sortBy(modelData.column)
                }
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 160
            clip: true
            model: root.browser
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            onCurrentIndexChanged: root.showCurrent()
            Keys.onReturnPressed: root.openEditor(root.currentRow)
            Keys.onEnterPressed: root.openEditor(root.currentRow)
            Keys.onDeletePressed: root.browser.remove(root.selectedRows)
            Keys.onPressed: event => {
                if (event.text === "e" && root.currentRow >= 0) {
                    root.openEditor(root.currentRow);
                    event.accepted = true;
                }
            }
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            delegate: CardRow {
                width: list.width
                columnWidths: root.columnWidths
                current: ListView.isCurrentItem
                onClicked: {
                    list.currentIndex = index;
                    list.forceActiveFocus();
                }
                onDoubleClicked: root.openEditor(index)
            }
        }

        RowLayout {
            id: drillRow
            readonly property string key: root.shownCard.key ?? ""
            readonly property bool hasChain: key.length > 0 && AppContext.drill.hasChain(key)
            readonly property bool hasLevels: key.length > 0 && AppContext.threeLevels.hasLevels(key)
            Layout.fillWidth: true
            visible: root.currentRow >= 0 && (hasChain || hasLevels)
            spacing: Theme.spacing
            QQC2.Label { Layout.fillWidth: true; text: qsTr("Practise this card:"); color: Theme.textMuted; horizontalAlignment: Text.AlignRight }
            QQC2.Button {
                visible: drillRow.hasChain
                text: qsTr("Drill its follow-ups  ·  Ctrl+Shift+I")
                focusPolicy: Qt.NoFocus
                onClicked: AppContext.drill.startFromCard(drillRow.key)
            }
            QQC2.Button {
                visible: drillRow.hasLevels
                text: qsTr("Three levels  ·  Ctrl+Shift+L")
                focusPolicy: Qt.NoFocus
                onClicked: AppContext.threeLevels.start(drillRow.key)
            }
        }

        // The current card as the review screen shows it.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: root.height * 0.32
            visible: root.currentRow >= 0
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            QQC2.ScrollView {
                id: preview
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    width: preview.availableWidth
                    spacing: Theme.spacing
                    CardFace { Layout.fillWidth: true; markdown: root.shownCard.front ?? "" }
                    Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.border }
                    CardFace { Layout.fillWidth: true; markdown: root.shownCard.back ?? "" }
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Enter edit · Delete delete · Ctrl+J suspend · Ctrl+Shift+D move · Ctrl+Shift+T retag · Ctrl+N add")
            color: Theme.textMuted
            font.pointSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    CardFieldsDialog {
        id: fieldsDialog
        anchors.centerIn: parent
        browser: root.browser
        onClosed: list.forceActiveFocus()
    }
    MoveCardsDialog {
        id: moveDialog
        anchors.centerIn: parent
        browser: root.browser
        rows: root.selectedRows
        deck: root.shownCard.deck ?? ""
        onClosed: list.forceActiveFocus()
    }
    RetagDialog {
        id: retagDialog
        anchors.centerIn: parent
        browser: root.browser
        rows: root.selectedRows
        onClosed: list.forceActiveFocus()
    }
}
