// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The plan's inputs: interview date (year, month and day fields), weekly hours and how confident the user
// feels per track. Nothing is stored until Save; the controller validates.
Rectangle {
    id: root

    required property StudyPlanController plan
    property list<int> confidence: [3, 3, 3]

    function load() {
        const parts = plan.interviewDate.split("-");
        if (parts.length === 3) {
            yearField.value = Number(parts[0]);
            monthField.value = Number(parts[1]);
            dayField.value = Number(parts[2]);
        }
        hoursField.value = plan.weeklyHours;
        confidence = plan.tracks.map(track => track.confidence);
    }

    function pad(value: int): string {
        return (value < 10 ? "0" : "") + value;
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    Component.onCompleted: load()

    Connections {
        target: root.plan
        function onChanged() { root.load(); }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        QQC2.Label {
            text: qsTr("Plan settings")
            font.pointSize: Theme.fontHeading
            font.weight: Font.DemiBold
            color: Theme.text
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingLarge
            rowSpacing: Theme.spacing

            QQC2.Label { text: qsTr("Interview date"); color: Theme.textMuted }
            RowLayout {
                spacing: Theme.spacingSmall
                QQC2.SpinBox {
                    id: yearField
                    from: 2000
                    to: 2100
                    editable: true
                    textFromValue: value => String(value)
                    Accessible.name: qsTr("Interview year")
                }
                QQC2.SpinBox {
                    id: monthField
                    from: 1
                    to: 12
                    editable: true
                    Accessible.name: qsTr("Interview month")
                }
                QQC2.SpinBox {
                    id: dayField
                    from: 1
                    to: 31
                    editable: true
                    Accessible.name: qsTr("Interview day")
                }
            }

            QQC2.Label { text: qsTr("Hours per week"); color: Theme.textMuted }
            QQC2.SpinBox {
                id: hoursField
                from: 1
                to: 80
                editable: true
                Accessible.name: qsTr("Study hours per week")
            }

            Repeater {
                model: root.plan.tracks
                delegate: QQC2.Label {
                    required property var modelData
                    required property int index
                    Layout.row: 2 + index
                    Layout.column: 0
                    text: qsTr("Confidence: %1").arg(modelData.name)
                    color: Theme.textMuted
                }
            }
            Repeater {
                model: root.plan.tracks
                delegate: RowLayout {
                    id: confidenceRow
                    required property var modelData
                    required property int index
                    Layout.row: 2 + index
                    Layout.column: 1
                    QQC2.Slider {
                        id: slider
                        Layout.preferredWidth: 220
                        from: 1
                        to: 5
                        stepSize: 1
                        snapMode: QQC2.Slider.SnapAlways
                        value: root.confidence[confidenceRow.index]
                        Accessible.name: qsTr("Confidence in %1, 1 to 5").arg(confidenceRow.modelData.name)
                        onMoved: {
                            const next = Array.from(root.confidence);
                            next[confidenceRow.index] = value;
                            root.confidence = next;
                        }
                    }
                    QQC2.Label {
                        text: [qsTr("1: lost"), qsTr("2: shaky"), qsTr("3: fair"), qsTr("4: solid"), qsTr("5: strong")][slider.value - 1]
                        color: Theme.text
                    }
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Less confident tracks get more time; mapped job postings move time between coding and domain depth.")
                  + " " + root.plan.jobEmphasisText
            color: Theme.textMuted
            font.pointSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            QQC2.Button {
                text: qsTr("Revert")
                Accessible.name: qsTr("Revert plan settings")
                onClicked: root.load()
            }
            QQC2.Button {
                text: qsTr("Save plan")
                highlighted: true
                Accessible.name: qsTr("Save plan settings")
                onClicked: root.plan.saveSettings(yearField.value + "-" + root.pad(monthField.value) + "-" + root.pad(dayField.value),
                                                  hoursField.value, root.confidence[0], root.confidence[1], root.confidence[2])
            }
        }
    }
}
