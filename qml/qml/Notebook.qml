pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// What the trainee has flagged so far; a flag in the current scene can be removed.
ColumnLayout {
    id: root

    // PlaySession.flagModel: rows of {target, text, indicator, inCurrentScene}.
    required property var flags

    signal removeRequested(string target)

    spacing: Theme.gap
    Label {
        Layout.fillWidth: true
        text: qsTr("Notebook (%1)").arg(list.count)
        font.pixelSize: Theme.subtitle
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        visible: list.count === 0
        text: qsTr("Nothing flagged yet. Select a sentence or a part of the picture that worries you.")
        font.pixelSize: Theme.small
        color: Theme.mutedInk
        wrapMode: Text.WordWrap
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.gap / 2
        model: root.flags
        delegate: Rectangle {
            id: flag
            required property var entry
            width: list.width
            implicitHeight: row.implicitHeight + Theme.gap
            radius: Theme.radius
            color: "#fff8e1"
            RowLayout {
                id: row
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                Label {
                    Layout.fillWidth: true
                    text: "“" + flag.entry.text + "”" + (flag.entry.indicator ? "\n→ " + flag.entry.indicator : "")
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.small
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                }
                AppButton {
                    visible: flag.entry.inCurrentScene
                    text: "✕"
                    Accessible.name: qsTr("Remove this flag")
                    onClicked: root.removeRequested(flag.entry.target)
                }
            }
        }
    }
}
