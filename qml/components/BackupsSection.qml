// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// The copies MLPrep keeps of the database (a daily one, seven kept; one before every upgrade; one
// of the file a restore replaced) and restoring one, which restarts the app.
ColumnLayout {
    id: root

    readonly property BackupController backups: AppContext.backups

    spacing: Theme.spacing

    QQC2.Label {
        text: qsTr("Backups")
        font.pointSize: Theme.fontHeading
        font.bold: true
        color: Theme.text
    }
    QQC2.Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        text: qsTr("A copy of the database is taken once a day (the last seven are kept), before every upgrade, and before a restore.")
    }
    QQC2.Label {
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.WordWrap
        color: Theme.text
        text: root.backups.status
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    RowLayout {
        spacing: Theme.spacing
        QQC2.Button {
            text: qsTr("Back up today")
            enabled: !root.backups.busy
            Accessible.name: qsTr("Take today's backup now")
            onClicked: root.backups.takeDailyBackup()
        }
        QQC2.BusyIndicator {
            visible: root.backups.busy
            running: visible
            Layout.preferredHeight: 24
            Layout.preferredWidth: 24
        }
    }

    Repeater {
        model: root.backups.backups
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacingLarge

            QQC2.Label {
                Layout.preferredWidth: 260
                text: parent.modelData.taken
                color: Theme.text
                elide: Text.ElideRight
            }
            QQC2.Label {
                Layout.preferredWidth: 140
                color: Theme.textMuted
                text: parent.modelData.kind === "daily" ? qsTr("daily")
                    : parent.modelData.kind === "pre-migration" ? qsTr("before an upgrade")
                    : qsTr("before a restore")
            }
            QQC2.Label {
                Layout.preferredWidth: 90
                color: Theme.textMuted
                text: parent.modelData.size
            }
            QQC2.Button {
                text: qsTr("Restore…")
                Accessible.name: qsTr("Restore the backup of %1").arg(parent.modelData.taken)
                onClicked: {
                    confirm.path = parent.modelData.path;
                    confirm.taken = parent.modelData.taken;
                    confirm.open();
                }
            }
        }
    }

    QQC2.Dialog {
        id: confirm

        property string path
        property string taken

        parent: QQC2.Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Restore this backup?")
        standardButtons: QQC2.Dialog.Cancel | QQC2.Dialog.Ok
        onAccepted: root.backups.restore(path)

        QQC2.Label {
            width: 420
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("MLPrep restarts and goes back to the backup of %1. What you have now is kept as a backup too, so this can be undone.").arg(confirm.taken)
        }
    }
}
