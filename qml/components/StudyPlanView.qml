// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The Plan tab: what to do today, the split of the week across tracks, planned vs actual per week, the
// plan's settings and the time log.
FocusScope {
    id: root

    readonly property StudyPlanController plan: AppContext.plan
    // Track order is the controller's: coding, design, domain.
    readonly property list<color> trackColors: [Theme.chartFiltered, Theme.chartLearning, Theme.chartMature]

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Study plan")
    Component.onCompleted: plan.refresh()

    Shortcut {
        sequence: "Ctrl+L"
        enabled: root.visible
        onActivated: logDialog.open()
    }
    Shortcut {
        sequence: "Ctrl+Z"
        enabled: root.visible && root.plan.canUndo
        onActivated: root.plan.undo()
    }

    QQC2.ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.spacingLarge, Theme.contentMaxWidth)
            x: Math.max(Theme.spacingLarge, (scroll.availableWidth - width) / 2)
            spacing: Theme.spacingLarge

            Item { implicitHeight: Theme.spacing }

            // What to do today.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: adviceRow.implicitHeight + 2 * Theme.spacingLarge
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                RowLayout {
                    id: adviceRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacingLarge
                    spacing: Theme.spacingLarge

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: root.plan.adviceText
                            wrapMode: Text.Wrap
                            font.pointSize: Theme.fontHeading
                            font.weight: Font.DemiBold
                            color: Theme.text
                            Accessible.name: text
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: root.plan.daysToInterview >= 0
                                  ? qsTr("Interview on %1: %n day(s) left.", "", root.plan.daysToInterview).arg(root.plan.interviewDateText)
                                  : qsTr("The interview date (%1) has passed: set the next one below.").arg(root.plan.interviewDateText)
                            wrapMode: Text.Wrap
                            color: Theme.textMuted
                        }
                    }
                    QQC2.Button {
                        text: qsTr("Log time…")
                        highlighted: true
                        Accessible.name: qsTr("Log study time")
                        QQC2.ToolTip.visible: hovered
                        QQC2.ToolTip.text: qsTr("Log coding, a mock interview or a paper implementation (Ctrl+L)")
                        onClicked: logDialog.open()
                    }
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: root.plan.errorText !== ""
                text: root.plan.errorText
                color: Theme.again
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            // This week per track.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: root.plan.tracks
                    delegate: TrackTile {
                        Layout.fillWidth: true
                        barColor: root.trackColors[index]
                    }
                }
            }

            WeekBars {
                Layout.fillWidth: true
                weeks: root.plan.weeks
                tracks: root.plan.tracks
                maxMinutes: root.plan.maxWeekMinutes
                trackColors: root.trackColors
            }

            PlanSettingsPanel {
                Layout.fillWidth: true
                plan: root.plan
            }

            TimeLogList {
                Layout.fillWidth: true
                plan: root.plan
                onLogRequested: logDialog.open()
            }

            Item { implicitHeight: Theme.spacingLarge }
        }
    }

    LogTimeDialog {
        id: logDialog
        anchors.centerIn: parent
        plan: root.plan
    }
}
