// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Ctrl+L on the Plan tab: log study time that is not card review.
QQC2.Dialog {
    id: root

    required property StudyPlanController plan

    title: qsTr("Log study time")
    modal: true
    width: 460
    standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
    onAboutToShow: {
        dayField.text = plan.today;
        noteField.text = "";
        minutesField.value = 30;
        minutesField.forceActiveFocus();
    }
    onAccepted: {
        if (!plan.logTime(trackBox.currentValue, kindBox.currentValue, dayField.text, minutesField.value, noteField.text))
            open();
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: Theme.spacing

        QQC2.Label { text: qsTr("Track"); color: Theme.textMuted }
        QQC2.ComboBox {
            id: trackBox
            Layout.fillWidth: true
            model: root.plan.tracks
            textRole: "name"
            valueRole: "key"
            Accessible.name: qsTr("Track")
        }
        QQC2.Label { text: qsTr("Kind"); color: Theme.textMuted }
        QQC2.ComboBox {
            id: kindBox
            Layout.fillWidth: true
            model: root.plan.kinds
            textRole: "name"
            valueRole: "key"
            Accessible.name: qsTr("Kind of work")
        }
        QQC2.Label { text: qsTr("Minutes"); color: Theme.textMuted }
        QQC2.SpinBox {
            id: minutesField
            from: 1
            to: 1440
            stepSize: 5
            editable: true
            Accessible.name: qsTr("Minutes")
        }
        QQC2.Label { text: qsTr("Day"); color: Theme.textMuted }
        QQC2.TextField {
            id: dayField
            Layout.fillWidth: true
            placeholderText: qsTr("YYYY-MM-DD")
            inputMask: "9999-99-99"
            Accessible.name: qsTr("Day, as year-month-day")
        }
        QQC2.Label { text: qsTr("Note"); color: Theme.textMuted }
        QQC2.TextField {
            id: noteField
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. LeetCode 146, LRU cache")
            Accessible.name: qsTr("Note")
            onAccepted: root.accept()
        }
        QQC2.Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: root.plan.errorText !== ""
            text: root.plan.errorText
            color: Theme.again
            wrapMode: Text.Wrap
        }
    }
}
