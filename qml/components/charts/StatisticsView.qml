// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The statistics tab: every number derived from the review log, the card states and the design rounds.
QQC2.ScrollView {
    id: root

    /// Recomputes when it becomes true (the tab is shown).
    property bool active: true
    readonly property DashboardController dashboard: AppContext.dashboard
    readonly property var reviewColors: [Theme.chartLearning, Theme.chartYoung, Theme.chartMature, Theme.chartRelearning, Theme.chartFiltered]

    function count(value) {
        return value.toLocaleString(Qt.locale(), "f", 0);
    }

    contentWidth: availableWidth
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Statistics")
    onActiveChanged: if (active) dashboard.refresh()
    Component.onCompleted: if (active) dashboard.refresh()

    FileDialog {
        id: exportDialog
        title: qsTr("Export statistics as CSV")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: root.dashboard.exportCsv(selectedFile)
    }

    ColumnLayout {
        width: Math.min(root.availableWidth, Theme.contentMaxWidth + 2 * Theme.spacingHuge)
        x: Math.max(0, (root.availableWidth - width) / 2)
        spacing: Theme.spacingLarge

        Item { Layout.preferredHeight: Theme.spacingLarge }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingHuge
            Layout.rightMargin: Theme.spacingHuge
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Statistics")
                subtitle: qsTr("Derived from your review log, never estimated. Interview: %1 (%n days left).", "", root.dashboard.daysToInterview).arg(root.dashboard.interviewDateText)
            }
            QQC2.Button {
                text: qsTr("Export CSV…")
                Accessible.name: qsTr("Export the numbers as CSV")
                onClicked: exportDialog.open()
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingHuge
            visible: root.dashboard.errorText.length > 0
            text: root.dashboard.errorText
            color: Theme.again
            wrapMode: Text.WordWrap
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingHuge
            Layout.rightMargin: Theme.spacingHuge
            spacing: Theme.spacingLarge

            // Today
            Flow {
                id: todayTiles
                // Five tiles share the row.
                readonly property real tileWidth: Math.floor((width - 4 * spacing) / 5)
                Layout.fillWidth: true
                spacing: Theme.spacing
                StatTile { width: todayTiles.tileWidth; label: qsTr("Answered today"); value: root.count(root.dashboard.todayAnswers) }
                StatTile { width: todayTiles.tileWidth; label: qsTr("Minutes today"); value: root.count(root.dashboard.todayMinutes) }
                StatTile { width: todayTiles.tileWidth; label: qsTr("Again today"); value: root.dashboard.todayAgainText; accent: Theme.again }
                StatTile { width: todayTiles.tileWidth; label: qsTr("Due now"); value: root.count(root.dashboard.dueNow); accent: Theme.review }
                StatTile { width: todayTiles.tileWidth; label: qsTr("Day streak"); value: root.count(root.dashboard.currentStreak); accent: Theme.good }
            }

            ChartCard {
                Layout.fillWidth: true
                title: qsTr("Study calendar")
                subtitle: qsTr("%1 answers in %2 minutes on %3 days; longest streak %4 days").arg(root.count(root.dashboard.reviewsTotal)).arg(root.count(root.dashboard.reviewMinutes)).arg(root.count(root.dashboard.studyDays)).arg(root.count(root.dashboard.longestStreak))
                HeatmapCalendar {
                    Layout.fillWidth: true
                    model: root.dashboard.heatmap
                }
            }

            ChartCard {
                Layout.fillWidth: true
                title: root.dashboard.reviewMinutesShown ? qsTr("Review time") : qsTr("Reviews")
                tools: [
                    RangeButtons {
                        values: [30, 90, 365]
                        labels: [qsTr("Month"), qsTr("3 months"), qsTr("Year")]
                        current: root.dashboard.reviewDays
                        onPicked: value => root.dashboard.reviewDays = value
                    },
                    RangeButtons {
                        values: [0, 1]
                        labels: [qsTr("Count"), qsTr("Time")]
                        current: root.dashboard.reviewMinutesShown ? 1 : 0
                        onPicked: value => root.dashboard.reviewMinutesShown = value === 1
                    }
                ]
                BarChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 200
                    model: root.dashboard.reviews
                    colors: root.dashboard.reviewMinutesShown ? [Theme.accent] : root.reviewColors
                    suffix: root.dashboard.reviewMinutesShown ? qsTr(" min") : ""
                    emptyText: qsTr("No answers in this period.")
                }
                ChartLegend {
                    Layout.fillWidth: true
                    names: root.dashboard.reviews.seriesNames
                    colors: root.dashboard.reviewMinutesShown ? [Theme.accent] : root.reviewColors
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.availableWidth > 900 ? 2 : 1
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacingLarge

                ChartCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    title: qsTr("Future due")
                    subtitle: qsTr("Next 30 days; today includes overdue cards")
                    BarChart {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 180
                        model: root.dashboard.forecast
                        colors: [Theme.review]
                        emptyText: qsTr("Nothing scheduled.")
                    }
                }
                ChartCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    title: qsTr("True retention: %1").arg(root.dashboard.trueRetentionText)
                    subtitle: qsTr("Passed answers to cards in review, against your desired %1 %").arg(root.dashboard.desiredRetention.toLocaleString(Qt.locale(), "f", 0))
                    tools: RangeButtons {
                        values: [0, 1]
                        labels: [qsTr("Weeks"), qsTr("Months")]
                        current: root.dashboard.retentionByMonth ? 1 : 0
                        onPicked: value => root.dashboard.retentionByMonth = value === 1
                    }
                    LineChart {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 180
                        model: root.dashboard.retention
                        color: Theme.accent
                        suffix: " %"
                        minimum: 50
                        maximum: 100
                        target: root.dashboard.desiredRetention
                        targetLabel: qsTr("desired")
                        emptyText: qsTr("No answers to review cards yet.")
                    }
                }
            }

            ChartCard {
                Layout.fillWidth: true
                title: qsTr("Cards")
                subtitle: qsTr("You would recall about %1 of your reviewed cards right now (sum of their retrievability).").arg(root.count(root.dashboard.knownCards))
                Flow {
                    id: cardTiles
                    // Six tiles share the row.
                    readonly property real tileWidth: Math.floor((width - 5 * spacing) / 6)
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    StatTile { width: cardTiles.tileWidth; label: qsTr("Total"); value: root.count(root.dashboard.totalCards) }
                    StatTile { width: cardTiles.tileWidth; label: qsTr("New"); value: root.count(root.dashboard.newCards); accent: Theme.newCards }
                    StatTile { width: cardTiles.tileWidth; label: qsTr("Learning"); value: root.count(root.dashboard.learningCards); accent: Theme.learning }
                    StatTile { width: cardTiles.tileWidth; label: qsTr("Review"); value: root.count(root.dashboard.reviewCards); accent: Theme.review }
                    StatTile { width: cardTiles.tileWidth; label: qsTr("Relearning"); value: root.count(root.dashboard.relearningCards); accent: Theme.learning }
                    StatTile { width: cardTiles.tileWidth; label: qsTr("Suspended"); value: root.count(root.dashboard.suspendedCards) }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.availableWidth > 900 ? 3 : 1
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacingLarge

                ChartCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    title: qsTr("Stability")
                    subtitle: qsTr("Days until recall falls to 90 %")
                    BarChart { Layout.fillWidth: true; Layout.preferredHeight: 150; model: root.dashboard.stability; colors: [Theme.chartMature] }
                }
                ChartCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    title: qsTr("Difficulty")
                    subtitle: qsTr("FSRS difficulty, 0 % easiest")
                    BarChart { Layout.fillWidth: true; Layout.preferredHeight: 150; model: root.dashboard.difficulty; colors: [Theme.hard] }
                }
                ChartCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    title: qsTr("Retrievability")
                    subtitle: qsTr("Chance of recall right now")
                    BarChart { Layout.fillWidth: true; Layout.preferredHeight: 150; model: root.dashboard.retrievability; colors: [Theme.accent] }
                }
            }

            ChartCard {
                Layout.fillWidth: true
                title: qsTr("Mastery by topic")
                subtitle: qsTr("Mean recall over each topic's cards, unseen cards at 0; on interview day if you stopped reviewing now.")
                MasteryTable { Layout.fillWidth: true; model: root.dashboard.topics; nameHeader: qsTr("Topic") }
            }

            ChartCard {
                Layout.fillWidth: true
                title: qsTr("Mastery by deck")
                MasteryTable { Layout.fillWidth: true; model: root.dashboard.decks; nameHeader: qsTr("Deck") }
            }

            ChartCard {
                Layout.fillWidth: true
                title: qsTr("Whiteboard practice")
                subtitle: qsTr("%n design rounds, %1 minutes, mean rubric score %2", "", root.dashboard.designRoundsDone).arg(root.count(root.dashboard.designRoundMinutes)).arg(root.dashboard.designRoundScoreText)
                LineChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 160
                    model: root.dashboard.designRounds
                    color: Theme.good
                    suffix: " %"
                    emptyText: qsTr("No design rounds yet: practise one on the whiteboard.")
                }
            }

            WorkloadPanel {
                Layout.fillWidth: true
                dashboard: root.dashboard
            }

            Item { Layout.preferredHeight: Theme.spacingLarge }
        }
    }
}
