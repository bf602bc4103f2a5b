// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Anki's review screen: pick decks, see the front, Space for the back, 1–4 to grade.
FocusScope {
    id: root

    readonly property ReviewController review: AppContext.review
    readonly property DrillController drill: AppContext.drill
    readonly property ThreeLevelController threeLevels: AppContext.threeLevels
    /// A drill or a three-level practice covers the page; the review session waits underneath.
    readonly property bool drilling: drill.active || threeLevels.active
    readonly property bool onCard: !drilling && (review.phase === "question" || review.phase === "answer")
    /// False for a preview (--card): a card on screen outside any session, with nothing to grade.
    readonly property bool inSession: review.cramming || review.intervalLabels.length === 4

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Review")
    Component.onCompleted: {
        review.refreshDecks();
        focusForCard();
    }
    onVisibleChanged: {
        if (!visible)
            return;
        if (review.phase === "decks")
            review.refreshDecks();
        // Showing a page focuses its root; the keys belong to whatever the page shows now
        // (a drill started from Browse, the deck list, the card).
        refocus.restart();
    }

    Timer {
        id: refocus
        interval: 0
        onTriggered: root.focusForCard()
    }

    function focusForCard() {
        if (!visible)
            return;
        if (threeLevels.active) {
            threeLevelView.focusFirst();
            return;
        }
        if (drill.active) {
            drillView.forceActiveFocus();
            return;
        }
        if (review.phase === "decks") {
            deckPicker.forceActiveFocus();
            return;
        }
        if (review.phase === "question" && review.isDerive)
            derivedAnswer.forceActiveFocus();
        else
            forceActiveFocus();
    }

    Keys.onPressed: event => {
        if (!root.onCard || event.modifiers & (Qt.ControlModifier | Qt.AltModifier))
            return;
        if (event.key === Qt.Key_Space || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            if (review.phase === "question")
                review.reveal();
            else
                review.grade(3);
        } else if (event.key >= Qt.Key_1 && event.key <= Qt.Key_4) {
            review.grade(event.key - Qt.Key_0);
        } else if (event.text === "u") {
            review.undo();
        } else if (event.text === "e") {
            editDialog.open();
        } else if (event.text === "@") {
            review.suspendCard();
        } else if (event.text === "-") {
            review.buryCard();
        } else if (event.text === "i") {
            infoDialog.open();
        } else if (event.text === "l" && root.threeLevels.reviewCardHasLevels) {
            root.threeLevels.startFromReview();
        } else {
            return;
        }
        event.accepted = true;
    }

    Connections {
        target: root.review
        // The deck list had the focus; the card keys need it back on the page once it hides.
        function onPhaseChanged() {
            root.focusForCard();
        }
        function onCardChanged() {
            root.focusForCard();
        }
    }
    Connections {
        target: root.drill
        // Grades in a drill change what is due: the picker's counts must show it when the drill ends.
        function onPhaseChanged() {
            if (!root.drill.active)
                root.review.refreshDecks();
            root.focusForCard();
        }
    }
    Connections {
        target: root.threeLevels
        function onPhaseChanged() {
            root.focusForCard();
        }
    }

    Shortcut {
        sequence: "Ctrl+Z"
        enabled: root.visible && root.review.canUndo
        onActivated: root.review.undo()
    }
    Shortcut { sequence: "Ctrl+1"; enabled: root.visible && root.onCard; onActivated: root.review.toggleFlag(1) }
    Shortcut { sequence: "Ctrl+2"; enabled: root.visible && root.onCard; onActivated: root.review.toggleFlag(2) }
    Shortcut { sequence: "Ctrl+3"; enabled: root.visible && root.onCard; onActivated: root.review.toggleFlag(3) }
    Shortcut { sequence: "Ctrl+4"; enabled: root.visible && root.onCard; onActivated: root.review.toggleFlag(4) }

    DrillView {
        id: drillView
        anchors.fill: parent
        anchors.margins: Theme.spacingHuge
        visible: root.drill.active && !root.threeLevels.active
        drill: root.drill
    }
    ThreeLevelView {
        id: threeLevelView
        anchors.fill: parent
        anchors.margins: Theme.spacingHuge
        visible: root.threeLevels.active
        practice: root.threeLevels
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingHuge
        spacing: Theme.spacingLarge
        visible: !root.drilling

        RowLayout {
            Layout.fillWidth: true
            PageHeader {
                Layout.fillWidth: true
                title: root.onCard ? root.review.deckName : qsTr("Review")
                subtitle: root.review.phase === "decks" ? qsTr("Choose decks, then Enter to study what is due.")
                        : root.review.cramming ? qsTr("Cramming: answers here do not change the schedule.") : ""
            }
            RowLayout {
                visible: (root.onCard && root.inSession) || root.review.phase === "waiting"
                spacing: Theme.spacingLarge
                QQC2.Label { text: root.review.newCount; color: Theme.newCards; font.weight: Font.DemiBold; Accessible.name: qsTr("%1 new").arg(text) }
                QQC2.Label { text: root.review.learningCount; color: Theme.learning; font.weight: Font.DemiBold; Accessible.name: qsTr("%1 learning").arg(text) }
                QQC2.Label { text: root.review.reviewCount; color: Theme.review; font.weight: Font.DemiBold; Accessible.name: qsTr("%1 to review").arg(text) }
                QQC2.Button { text: qsTr("End"); onClicked: root.review.backToDecks() }
            }
            QQC2.Button {
                visible: root.onCard && root.threeLevels.reviewCardHasLevels
                text: qsTr("Three levels  ·  L")
                focusPolicy: Qt.NoFocus
                Accessible.description: qsTr("Practise this card's technical, architectural and business answers in writing")
                onClicked: root.threeLevels.startFromReview()
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: root.review.message.length > 0
            text: root.review.message
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            readonly property string drillMessage: root.drill.message.length > 0 ? root.drill.message : root.threeLevels.message
            visible: root.review.phase === "decks" && drillMessage.length > 0
            text: drillMessage
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        DeckPicker {
            id: deckPicker
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.review.phase === "decks"
            focus: visible
            decks: root.review.decks
            onStudy: root.review.start()
            onCram: root.review.startCram()
            onDrill: deckId => root.drill.startDeck(deckId)
            onDrillAll: root.drill.startAllDecks()
        }

        QQC2.ScrollView {
            id: cardScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.onCard
            contentWidth: availableWidth

            ColumnLayout {
                width: Math.min(cardScroll.availableWidth, Theme.contentMaxWidth)
                x: (cardScroll.availableWidth - width) / 2
                spacing: Theme.spacingLarge

                RowLayout {
                    Layout.fillWidth: true
                    visible: root.review.flag > 0
                    Rectangle {
                        width: 12; height: 12; radius: 6
                        color: [Theme.again, Theme.hard, Theme.good, Theme.easy][Math.max(0, root.review.flag - 1)]
                    }
                    QQC2.Label { text: qsTr("Flagged"); color: Theme.textMuted }
                }
                CardFace {
                    Layout.fillWidth: true
                    markdown: root.review.front
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 1
                    visible: root.review.phase === "answer"
                    color: Theme.border
                }
                CardFace {
                    Layout.fillWidth: true
                    visible: root.review.phase === "answer"
                    markdown: root.review.phase === "answer" ? root.review.back : ""
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: root.review.phase === "answer" && root.review.source.length > 0
                    text: qsTr("Source: %1").arg(root.review.source)
                    color: Theme.textMuted
                    font.pointSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            visible: root.review.phase === "question" && root.review.isDerive
            spacing: Theme.spacing
            QQC2.TextField {
                id: derivedAnswer
                Layout.preferredWidth: 320
                placeholderText: qsTr("Your result, e.g. 1.25 GiB or 18 %")
                Accessible.name: qsTr("Your result")
                onAccepted: {
                    root.review.checkDerived(text);
                    text = "";
                    root.forceActiveFocus();
                }
            }
            QQC2.Button {
                text: qsTr("Check  ·  Enter")
                onClicked: derivedAnswer.accepted()
            }
        }
        QQC2.Button {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 320
            Layout.preferredHeight: 48
            visible: root.review.phase === "question" && !root.review.isDerive
            text: qsTr("Show answer  ·  Space")
            focusPolicy: Qt.NoFocus
            onClicked: root.review.reveal()
        }
        GradeBar {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            visible: root.review.phase === "answer" && root.inSession
            intervalLabels: root.review.intervalLabels
            onGraded: rating => root.review.grade(rating)
        }

        SessionSummary {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.review.phase === "done"
            summary: root.review.summary
            onBack: root.review.backToDecks()
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.review.phase === "waiting"
            title: qsTr("Nothing to show right now")
            explanation: root.review.message
        }
    }

    CardInfoDialog {
        id: infoDialog
        anchors.centerIn: parent
        review: root.review
        onClosed: root.forceActiveFocus()
    }
    CardEditDialog {
        id: editDialog
        anchors.centerIn: parent
        review: root.review
        onClosed: root.forceActiveFocus()
    }
}
