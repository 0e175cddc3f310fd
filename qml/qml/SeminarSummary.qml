pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The seminar summary for the lecturer's console (never the projector): each participant's score, which signs
// the room missed, and how the room answered each decision.
ColumnLayout {
    id: root

    property var summary: ({})

    spacing: Theme.gap

    Label {
        text: qsTr("Summary")
        font.pixelSize: Theme.title
        font.bold: true
        color: Theme.ink
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("The room's path scored %1 %.").arg(root.summary.roomPercent ?? 0)
        font.pixelSize: Theme.body
        color: Theme.ink
    }
    Label {
        text: qsTr("Participants")
        font.pixelSize: Theme.subtitle
        font.bold: true
        color: Theme.ink
        visible: (root.summary.participants ?? []).length > 0
    }
    Repeater {
        model: root.summary.participants ?? []
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            text: modelData.name + ": " + modelData.percent + " %" + (modelData.criticalErrors > 0 ? "  ·  " + qsTr("%n critical error(s)", "", modelData.criticalErrors) : "")
            font.pixelSize: Theme.body
            color: modelData.criticalErrors > 0 ? Theme.danger : Theme.ink
        }
    }
    Label {
        text: qsTr("Signs: how many participants flagged each (fewest first)")
        font.pixelSize: Theme.subtitle
        font.bold: true
        color: Theme.ink
        visible: (root.summary.indicators ?? []).length > 0
    }
    Repeater {
        model: root.summary.indicators ?? []
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            text: modelData.indicator + " — “" + modelData.text + "”: " + modelData.detected + " / " + modelData.of
            font.pixelSize: Theme.small
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
    }
    Label {
        text: qsTr("Decisions")
        font.pixelSize: Theme.subtitle
        font.bold: true
        color: Theme.ink
        visible: (root.summary.decisions ?? []).length > 0
    }
    Repeater {
        model: root.summary.decisions ?? []
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            text: "<b>" + modelData.title + "</b>" + (modelData.criticalVotes > 0 ? "  ·  " + qsTr("%n vote(s) for a critical error", "", modelData.criticalVotes) : "") + "<br>" + modelData.options.map(o => (o.roomChoice ? "▶ " : "") + (o.critical ? "✗ " : "") + o.text + ": " + o.count).join("<br>")
            textFormat: Text.StyledText
            font.pixelSize: Theme.small
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
    }
}
