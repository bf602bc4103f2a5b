// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The current posting: its label and why, the preparation split, the topics it names and its text with
// the evidence highlighted (hover a phrase for its weight), with the verbs that act on it.
Rectangle {
    id: root

    required property JobsController jobs

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    QQC2.ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing

            QQC2.Label {
                Layout.fillWidth: true
                text: root.jobs.currentTitle
                font.pointSize: Theme.fontHeading
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.jobs.currentCompany + (root.jobs.currentCompany.length > 0 && root.jobs.currentFileName.length > 0 ? " · " : "") + root.jobs.currentFileName
                color: Theme.textMuted
                elide: Text.ElideMiddle
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                QQC2.Label {
                    text: root.jobs.currentLabel
                    font.pointSize: Theme.fontHeading
                    font.weight: Font.DemiBold
                    color: root.jobs.currentMlSystems ? Theme.mlSystems : Theme.systemsWithMl
                }
                QQC2.Label {
                    text: qsTr("P(ML systems) = %1").arg(root.jobs.currentProbability.toFixed(2))
                    color: Theme.text
                }
                QQC2.Label {
                    visible: root.jobs.currentAmbiguous
                    text: qsTr("ambiguous: prepare for both loops")
                    color: Theme.hard
                }
                QQC2.Label {
                    visible: root.jobs.currentCorrected
                    text: qsTr("labelled by you")
                    color: Theme.textMuted
                }
                Item { Layout.fillWidth: true }
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: root.jobs.currentSummary
                color: Theme.text
                wrapMode: Text.WordWrap
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Strongest evidence")
                Repeater {
                    model: root.jobs.currentEvidence
                    delegate: Rectangle {
                        id: evidence
                        required property var modelData
                        implicitWidth: evidenceLabel.implicitWidth + Theme.spacingLarge
                        implicitHeight: evidenceLabel.implicitHeight + Theme.spacingSmall
                        radius: Theme.radius
                        color: modelData.mlSystems ? Theme.mlSystemsTint : Theme.systemsWithMlTint
                        QQC2.Label {
                            id: evidenceLabel
                            anchors.centerIn: parent
                            text: qsTr("%1 %2").arg(evidence.modelData.text).arg(evidence.modelData.weightText)
                            color: Theme.text
                        }
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                QQC2.Button {
                    text: qsTr("Apply to my plan (A)")
                    focusPolicy: Qt.NoFocus
                    highlighted: true
                    Accessible.name: qsTr("Apply to my plan")
                    onClicked: root.jobs.applyToPlan()
                }
                QQC2.Button {
                    text: qsTr("It is ML systems (M)")
                    focusPolicy: Qt.NoFocus
                    enabled: !root.jobs.busy && !(root.jobs.currentCorrected && root.jobs.currentMlSystems)
                    Accessible.name: qsTr("Correct the label to ML systems")
                    onClicked: root.jobs.correct(true)
                }
                QQC2.Button {
                    text: qsTr("It is systems with ML (S)")
                    focusPolicy: Qt.NoFocus
                    enabled: !root.jobs.busy && !(root.jobs.currentCorrected && !root.jobs.currentMlSystems)
                    Accessible.name: qsTr("Correct the label to systems with ML")
                    onClicked: root.jobs.correct(false)
                }
                QQC2.Button {
                    text: qsTr("Delete (Del)")
                    focusPolicy: Qt.NoFocus
                    Accessible.name: qsTr("Delete the posting")
                    onClicked: root.jobs.remove()
                }
            }

            QQC2.Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("Recommended preparation")
                font.weight: Font.DemiBold
                color: Theme.text
            }
            JobSplitBar {
                Layout.fillWidth: true
                coding: root.jobs.codingShare
                mlSystemsDesign: root.jobs.mlSystemsDesignShare
                domainDepth: root.jobs.domainDepthShare
            }

            QQC2.Label {
                Layout.topMargin: Theme.spacing
                text: root.jobs.currentTopics.length > 0 ? qsTr("Interview topics it names") : qsTr("It names none of the interview topics the decks cover.")
                font.weight: root.jobs.currentTopics.length > 0 ? Font.DemiBold : Font.Normal
                color: root.jobs.currentTopics.length > 0 ? Theme.text : Theme.textMuted
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Repeater {
                    model: root.jobs.currentTopics
                    delegate: Rectangle {
                        id: chip
                        required property string modelData
                        implicitWidth: topic.implicitWidth + Theme.spacingLarge
                        implicitHeight: topic.implicitHeight + Theme.spacingSmall
                        radius: height / 2
                        color: Theme.surfaceAlt
                        border.color: Theme.border
                        QQC2.Label {
                            id: topic
                            anchors.centerIn: parent
                            text: chip.modelData
                            color: Theme.text
                        }
                    }
                }
            }

            RowLayout {
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
                spacing: Theme.spacingLarge
                QQC2.Label {
                    text: qsTr("Posting")
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Rectangle { implicitWidth: 12; implicitHeight: 12; color: Theme.mlSystemsTint; border.color: Theme.mlSystems }
                QQC2.Label { text: qsTr("towards ML systems"); color: Theme.textMuted }
                Rectangle { implicitWidth: 12; implicitHeight: 12; color: Theme.systemsWithMlTint; border.color: Theme.systemsWithMl }
                QQC2.Label { text: qsTr("towards systems with ML"); color: Theme.textMuted }
                Item { Layout.fillWidth: true }
            }
            Text {
                id: postingText
                Layout.fillWidth: true
                text: root.jobs.currentText
                textFormat: Text.RichText
                wrapMode: Text.Wrap
                color: Theme.text
                font: Theme.bodyFont
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Posting text")

                HoverHandler {
                    id: hover
                    cursorShape: postingText.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
                }
                QQC2.ToolTip {
                    x: Math.min(hover.point.position.x + Theme.spacingLarge, postingText.width - width)
                    y: hover.point.position.y + Theme.spacingLarge
                    visible: postingText.hoveredLink.length > 0
                    text: root.jobs.evidenceTip(postingText.hoveredLink)
                }
            }
        }
    }
}
