// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Key `i`: the current card's memory state and every answer it got.
QQC2.Dialog {
    id: root

    required property ReviewController review
    property var info: ({})

    function number(value, decimals) {
        return value === undefined || value === null ? "—" : Number(value).toLocaleString(Qt.locale(), "f", decimals);
    }

    title: qsTr("Card info")
    modal: true
    width: 640
    height: 480
    standardButtons: QQC2.Dialog.Close
    onAboutToShow: info = review.cardInfo()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        GridLayout {
            columns: 4
            columnSpacing: Theme.spacingLarge
            QQC2.Label { text: qsTr("Card"); color: Theme.textMuted }
            QQC2.Label { text: root.info.key ?? ""; color: Theme.text }
            QQC2.Label { text: qsTr("State"); color: Theme.textMuted }
            QQC2.Label { text: root.info.state ?? ""; color: Theme.text }
            QQC2.Label { text: qsTr("Stability"); color: Theme.textMuted }
            QQC2.Label { text: qsTr("%1 days").arg(root.number(root.info.stability, 1)); color: Theme.text }
            QQC2.Label { text: qsTr("Difficulty"); color: Theme.textMuted }
            QQC2.Label { text: root.number(root.info.difficulty, 2); color: Theme.text }
            QQC2.Label { text: qsTr("Retrievability"); color: Theme.textMuted }
            QQC2.Label { text: root.info.retrievability === undefined || root.info.retrievability === null ? "—" : Math.round(100 * root.info.retrievability) + " %"; color: Theme.text }
            QQC2.Label { text: qsTr("Reviews / lapses"); color: Theme.textMuted }
            QQC2.Label { text: (root.info.reps ?? 0) + " / " + (root.info.lapses ?? 0); color: Theme.text }
        }

        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.info.history ?? []
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            header: QQC2.Label {
                text: qsTr("History")
                font.weight: Font.DemiBold
                color: Theme.text
                bottomPadding: Theme.spacingSmall
            }
            delegate: QQC2.Label {
                required property var modelData
                width: ListView.view.width
                color: Theme.text
                text: qsTr("%1 — %2 (%3) → %4, S %5, D %6, %7 s")
                    .arg(modelData.time.toLocaleString(Qt.locale(), Locale.ShortFormat))
                    .arg([qsTr("Manual"), qsTr("Again"), qsTr("Hard"), qsTr("Good"), qsTr("Easy")][modelData.rating])
                    .arg(modelData.state)
                    .arg(modelData.interval)
                    .arg(root.number(modelData.stability, 1))
                    .arg(root.number(modelData.difficulty, 2))
                    .arg(root.number(modelData.seconds, 0))
            }
        }
    }
}
