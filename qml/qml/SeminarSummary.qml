pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// The seminar summary for the lecturer's console (never the projector): each participant's score, which signs
// the room missed, and how the room answered each decision.
Column {
    id: root

    property var summary: ({})

    // Scenario texts go into styled text: their own < and & must stay characters.
    function escaped(text: string): string {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }

    spacing: Theme.gap

    Label {
        width: root.width
        wrapMode: Text.WordWrap
        text: qsTr("Summary")
        font.pixelSize: Theme.title
        font.bold: true
        color: Theme.ink
    }
    Label {
        width: root.width
        text: qsTr("The room's path scored %1 %.").arg(root.summary.roomPercent ?? 0)
        font.pixelSize: Theme.body
        color: Theme.ink
    }
    Label {
        width: root.width
        wrapMode: Text.WordWrap
        text: qsTr("Participants")
        font.pixelSize: Theme.subtitle
        font.bold: true
        color: Theme.ink
        visible: (root.summary.participants ?? []).length > 0
    }
    Column {
        id: participantList
        width: root.width
        Repeater {
            model: root.summary.participants ?? []
            delegate: Label {
                required property var modelData
                width: participantList.width
                textFormat: Text.PlainText // names are typed on phones
                wrapMode: Text.WordWrap
                text: modelData.name + ": " + modelData.percent + " %" + (modelData.criticalErrors > 0 ? "  ·  " + qsTr("%n critical error(s)", "", modelData.criticalErrors) : "")
                font.pixelSize: Theme.body
                color: modelData.criticalErrors > 0 ? Theme.danger : Theme.ink
            }
        }
    }
    Label {
        width: root.width
        wrapMode: Text.WordWrap
        text: qsTr("Signs: how many participants flagged each (fewest first)")
        font.pixelSize: Theme.subtitle
        font.bold: true
        color: Theme.ink
        visible: (root.summary.indicators ?? []).length > 0
    }
    Column {
        id: indicatorList
        width: root.width
        Repeater {
            model: root.summary.indicators ?? []
            delegate: Label {
                required property var modelData
                width: indicatorList.width
                textFormat: Text.PlainText
                text: modelData.indicator + " — “" + modelData.text + "”: " + modelData.detected + " / " + modelData.of
                font.pixelSize: Theme.small
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
        }
    }
    Label {
        width: root.width
        wrapMode: Text.WordWrap
        text: qsTr("Decisions")
        font.pixelSize: Theme.subtitle
        font.bold: true
        color: Theme.ink
        visible: (root.summary.decisions ?? []).length > 0
    }
    Column {
        id: decisionList
        width: root.width
        spacing: Theme.gap / 2
        Repeater {
            model: root.summary.decisions ?? []
            delegate: Label {
                required property var modelData
                width: decisionList.width
                text: "<b>" + root.escaped(modelData.title) + "</b>" + (modelData.criticalVotes > 0 ? "  ·  " + qsTr("%n vote(s) for a critical error", "", modelData.criticalVotes) : "") + "<br>" + modelData.options.map(o => (o.roomChoice ? "▶ " : "") + (o.critical ? "✗ " : "") + root.escaped(o.text) + ": " + o.count).join("<br>")
                textFormat: Text.StyledText
                font.pixelSize: Theme.small
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
        }
    }
}
