pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The review's Decisions tab: item analysis of one scenario.
ColumnLayout {
    id: root

    required property ReviewController controller

    Label {
        Layout.fillWidth: true
        text: root.controller.scenario.length === 0 ? qsTr("Choose a scenario to see how its decisions work.") : qsTr("F: facility (how many got it right) · DI: discrimination index · DE: discriminative efficiency; below 15 % the decision does not tell stronger from weaker trainees")
        font.pixelSize: Theme.small
        color: Theme.mutedInk
        wrapMode: Text.WordWrap
    }
    ListView {
        objectName: "reviewItems"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.gap / 2
        model: root.controller.items
        delegate: Rectangle {
            id: itemRow
            required property var entry
            width: ListView.view.width
            height: itemColumn.implicitHeight + Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: itemRow.entry.dubious ? Theme.warning : Theme.line
            border.width: itemRow.entry.dubious ? 2 : 1
            ColumnLayout {
                id: itemColumn
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                Label {
                    Layout.fillWidth: true
                    text: itemRow.entry.label
                    font.pixelSize: Theme.body
                    font.bold: true
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 attempts · F %2 % · DI %3 · DE %4").arg(itemRow.entry.attempts).arg(itemRow.entry.facility).arg(itemRow.entry.discrimination ?? "—").arg(itemRow.entry.efficiency === undefined ? "—" : itemRow.entry.efficiency + " %") + (itemRow.entry.dubious ? "  ·  " + qsTr("dubious") : "") + (itemRow.entry.critical > 0 ? "  ·  " + qsTr("%n critical error(s) ⚠", "", itemRow.entry.critical) : "")
                    font.pixelSize: Theme.small
                    color: itemRow.entry.dubious ? Theme.warning : Theme.ink
                }
                Label {
                    Layout.fillWidth: true
                    text: itemRow.entry.answers
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
