pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// My history: every attempt of the signed-in participant, newest first.
Item {
    id: root

    property var attempts: AppContext.history()

    function statusName(status: string): string {
        if (status === "completed")
            return qsTr("completed");
        if (status === "abandoned")
            return qsTr("stopped");
        return qsTr("not finished");
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Label {
            text: qsTr("My history")
            font.pixelSize: Theme.title
            color: Theme.ink
        }
        Label {
            visible: root.attempts.length === 0
            text: qsTr("No attempts yet.")
            font.pixelSize: Theme.body
            color: Theme.mutedInk
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: root.attempts
            delegate: Rectangle {
                id: attempt
                required property var modelData
                width: list.width
                implicitHeight: row.implicitHeight + Theme.gap
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.line
                RowLayout {
                    id: row
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    Label {
                        Layout.fillWidth: true
                        text: attempt.modelData.title
                        font.pixelSize: Theme.body
                        color: Theme.ink
                        elide: Text.ElideRight
                    }
                    Label {
                        text: attempt.modelData.started + "  ·  " + root.statusName(attempt.modelData.status)
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                    }
                    Label {
                        text: attempt.modelData.percent === undefined ? "—" : attempt.modelData.percent + " %"
                        font.pixelSize: Theme.subtitle
                        color: Theme.accent
                    }
                }
            }
        }
    }
}
