// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The form of one journal entry, laid out in STAR order: the situation (context and constraints), the
// options and the decision, then the measured result. Ctrl+S saves; links to cards are saved with it.
Rectangle {
    id: root

    required property JournalController journal
    property int entryId: 0
    property var cards: []

    signal saved(int id)
    signal deleted()

    function load(id: int) {
        const entry = Object.assign({}, journal.entry(id)); // a plain JS object: qmllint knows no keys of a QVariantMap
        entryId = id;
        titleField.text = entry.title;
        dayField.text = entry.day;
        tagsField.text = entry.tags;
        contextField.text = entry.context;
        constraintsField.text = entry.constraints;
        optionsField.text = entry.options;
        decisionField.text = entry.decision;
        resultField.text = entry.result;
        cards = entry.cards;
    }

    function focusTitle() {
        titleField.forceActiveFocus();
    }

    function save() {
        const id = journal.save({
            id: entryId,
            title: titleField.text,
            day: dayField.text,
            tags: tagsField.text,
            context: contextField.text,
            constraints: constraintsField.text,
            options: optionsField.text,
            decision: decisionField.text,
            result: resultField.text,
            cards: cards
        });
        if (id > 0) {
            entryId = id;
            saved(id);
        }
    }

    function linkCard(card: var) {
        if (!cards.some(linked => linked.key === card.key))
            cards = cards.concat([card]);
    }

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.visible
        onActivated: root.save()
    }

    QQC2.ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing

            QQC2.Label {
                text: root.entryId === 0 ? qsTr("New decision") : qsTr("Decision")
                font.pointSize: Theme.fontHeading
                font.weight: Font.DemiBold
                color: Theme.text
            }
            QQC2.TextField {
                id: titleField
                Layout.fillWidth: true
                placeholderText: qsTr("The decision in a line, e.g. “Cache features in Redis”")
                Accessible.name: qsTr("Title")
            }
            RowLayout {
                Layout.fillWidth: true
                QQC2.TextField {
                    id: dayField
                    Layout.preferredWidth: 130
                    inputMask: "9999-99-99"
                    Accessible.name: qsTr("Date of the decision, year-month-day")
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.text: qsTr("When you made the decision (YYYY-MM-DD)")
                }
                QQC2.TextField {
                    id: tagsField
                    Layout.fillWidth: true
                    placeholderText: qsTr("Tags, e.g. latency ownership conflict")
                    Accessible.name: qsTr("Tags")
                }
            }

            JournalField {
                id: contextField
                label: qsTr("Situation: context")
                placeholder: qsTr("What was going on, who was involved, what was at stake")
            }
            JournalField {
                id: constraintsField
                label: qsTr("Situation: constraints")
                placeholder: qsTr("Deadlines, budget, people, latency or memory limits")
            }
            JournalField {
                id: optionsField
                label: qsTr("Action: options considered")
                placeholder: qsTr("The alternatives and their trade-offs")
            }
            JournalField {
                id: decisionField
                label: qsTr("Action: decision")
                placeholder: qsTr("What you chose and why")
            }
            JournalField {
                id: resultField
                label: qsTr("Result")
                placeholder: qsTr("What was measured afterwards, and what you learned")
            }

            QQC2.Label {
                text: qsTr("Linked cards")
                color: Theme.textMuted
            }
            Repeater {
                model: root.cards
                delegate: RowLayout {
                    id: cardRow
                    required property var modelData
                    Layout.fillWidth: true
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: cardRow.modelData.front
                        color: Theme.text
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    QQC2.ToolButton {
                        text: qsTr("Unlink")
                        Accessible.name: qsTr("Unlink card %1").arg(cardRow.modelData.key)
                        onClicked: root.cards = root.cards.filter(card => card.key !== cardRow.modelData.key)
                    }
                }
            }
            QQC2.Button {
                text: qsTr("Link card…")
                Accessible.name: qsTr("Link a card to this decision")
                onClicked: linkDialog.open()
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: root.journal.errorText !== ""
                text: root.journal.errorText
                color: Theme.again
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            RowLayout {
                Layout.fillWidth: true
                QQC2.Button {
                    visible: root.entryId !== 0
                    text: qsTr("Delete")
                    Accessible.name: qsTr("Delete this entry")
                    onClicked: {
                        if (root.journal.remove(root.entryId))
                            root.deleted();
                    }
                }
                Item { Layout.fillWidth: true }
                QQC2.Button {
                    text: qsTr("Revert")
                    Accessible.name: qsTr("Revert unsaved changes")
                    onClicked: root.load(root.entryId)
                }
                QQC2.Button {
                    text: qsTr("Save")
                    highlighted: true
                    Accessible.name: qsTr("Save entry")
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.text: qsTr("Ctrl+S")
                    onClicked: root.save()
                }
            }
        }
    }

    CardLinkDialog {
        id: linkDialog
        anchors.centerIn: parent
        journal: root.journal
        onPicked: card => root.linkCard(card)
    }
}
