// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import MLPrep
import MLPrep.Views

// Export the open board (or its selection) as PNG, SVG, PDF, .excalidraw or .mlboard, or import a
// board file as a new board. PNG and SVG embed the scene, so they reopen as editable boards.
QQC2.Dialog {
    id: root

    // A QStringList from C++ as one string (qmllint types it as a list without Array's methods).
    function joined(list, separator: string): string {
        return Array.from(list).join(separator);
    }

    readonly property ExportController files: AppContext.boardFiles

    title: qsTr("Import and export")
    modal: true
    anchors.centerIn: QQC2.Overlay.overlay
    standardButtons: QQC2.Dialog.Close

    FileDialog {
        id: saveDialog

        fileMode: FileDialog.SaveFile
        nameFilters: [root.files.format.toUpperCase() + " (*." + root.files.format + ")"]
        onAccepted: root.files.exportTo(selectedFile)
    }
    FileDialog {
        id: openDialog

        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Boards (*.mlboard *.excalidraw *.excalidrawlib *.json *.png *.svg)"), qsTr("All files (*)")]
        onAccepted: {
            if (root.files.importFrom(selectedFile))
                root.close();
        }
    }

    ColumnLayout {
        spacing: Theme.spacing

        GridLayout {
            columns: 2
            columnSpacing: Theme.spacingLarge
            rowSpacing: Theme.spacingSmall

            QQC2.Label {
                text: qsTr("Format")
                color: Theme.textMuted
            }
            QQC2.ComboBox {
                Layout.fillWidth: true
                model: [{
                        "value": "png",
                        "text": qsTr("PNG image")
                    }, {
                        "value": "svg",
                        "text": qsTr("SVG vector image")
                    }, {
                        "value": "pdf",
                        "text": qsTr("PDF document")
                    }, {
                        "value": "excalidraw",
                        "text": qsTr("Excalidraw (.excalidraw)")
                    }, {
                        "value": "mlboard",
                        "text": qsTr("MLPrep board (.mlboard)")
                    }]
                textRole: "text"
                valueRole: "value"
                currentIndex: indexOfValue(root.files.format)
                onActivated: root.files.format = currentValue
                Accessible.name: qsTr("Export format")
            }
            QQC2.Label {
                text: qsTr("Scale")
                color: Theme.textMuted
                enabled: root.files.scaleApplies
            }
            RowLayout {
                enabled: root.files.scaleApplies

                Repeater {
                    model: [1, 2, 3]

                    delegate: QQC2.RadioButton {
                        required property int modelData

                        text: modelData + "×"
                        checked: root.files.scale === modelData
                        onToggled: root.files.scale = modelData
                        Accessible.name: qsTr("Scale %1 times").arg(modelData)
                    }
                }
            }
        }
        QQC2.CheckBox {
            text: qsTr("Only the selection")
            checked: root.files.onlySelection
            enabled: AppContext.board.hasSelection
            onToggled: root.files.onlySelection = checked
            Accessible.name: text
        }
        QQC2.CheckBox {
            text: qsTr("Transparent background")
            checked: root.files.transparent
            enabled: root.files.transparencyApplies
            onToggled: root.files.transparent = checked
            Accessible.name: text
        }
        QQC2.CheckBox {
            text: qsTr("Dark mode")
            checked: root.files.dark
            onToggled: root.files.dark = checked
            Accessible.name: text
        }
        QQC2.CheckBox {
            text: qsTr("Embed the editable scene")
            checked: root.files.embedScene
            enabled: root.files.embedApplies
            onToggled: root.files.embedScene = checked
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true

            QQC2.Button {
                text: qsTr("Import…")
                onClicked: openDialog.open()
                Accessible.name: qsTr("Import a board file")
            }
            Item {
                Layout.fillWidth: true
            }
            QQC2.Button {
                text: qsTr("Export…")
                highlighted: true
                enabled: AppContext.board.currentBoardId > 0
                onClicked: saveDialog.open()
                Accessible.name: qsTr("Export the board")
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            visible: text.length > 0
            text: root.files.message + (root.files.warnings.length > 0 ? "\n" + root.joined(root.files.warnings, "\n") : "")
            wrapMode: Text.Wrap
            font.pointSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
