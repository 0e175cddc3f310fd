pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// One line of dialogue: the speaker, their portrait, the voice, and segments that can each be flagged. A line
// without a speaker is narration: no portrait, no name row. In a chat (format 3) the line is a message bubble:
// its sender and time above, a picture below; in a document it is a part of the written text, upright.
Rectangle {
    id: root

    required property var line
    property bool playing: false
    // The scene's presentation: "spoken" (the default), "chat" or "document".
    property string presentation: "spoken"
    readonly property bool chat: presentation === "chat"
    readonly property bool ownMessage: chat && root.line.fromTrainee === true
    // The segments as last laid out: replaced only when their ids or texts change, so that flagging one keeps
    // the others (and keyboard focus) where they are.
    property var segments: []
    readonly property bool narration: root.line.speaker.length === 0 && root.line.voice.toString().length === 0
    // What the trainee said in a conversation: shown as said, nothing in it to flag.
    readonly property bool asked: root.line.asked === true

    signal flagRequested(string target, string text, bool flagged)
    signal playRequested(url voice)
    signal focusedItem(Item item)

    function isFlagged(id: string): bool {
        return root.line.segments.some(s => s.id === id && s.flagged);
    }

    onLineChanged: {
        const shape = l => JSON.stringify(l.map(s => [s.id, s.text]));
        if (shape(line.segments) !== shape(segments))
            segments = line.segments;
    }
    Component.onCompleted: segments = line.segments

    // Positioners with explicit widths, no layouts: a line's height follows its wrapped text in one pass.
    implicitHeight: Math.max(portrait.visible ? portrait.height : 0, textColumn.height) + 2 * Theme.gap
    radius: root.chat ? 3 * Theme.radius : Theme.radius
    color: root.ownMessage ? Theme.ownMessage : root.narration ? "transparent" : root.asked ? Theme.background : Theme.surface
    border.color: root.presentation === "document" ? "transparent" : Theme.line

    Image {
        id: portrait
        x: Theme.gap
        y: Theme.gap
        width: visible ? 72 * Theme.scale : 0
        height: width
        source: root.line.portrait
        sourceSize.width: 144
        sourceSize.height: 144
        fillMode: Image.PreserveAspectFit
        visible: root.line.portrait.toString().length > 0
        Accessible.role: Accessible.Graphic
        Accessible.name: root.line.speaker
    }
    Column {
        id: textColumn
        x: portrait.visible ? portrait.x + portrait.width + Theme.gap : Theme.gap
        y: Theme.gap
        width: root.width - x - Theme.gap
        spacing: Theme.gap / 2
        Item {
            width: parent.width
            height: Math.max(speaker.implicitHeight, listen.visible ? listen.implicitHeight : 0)
            visible: !root.narration
            Label {
                id: speaker
                objectName: "lineSpeaker_" + root.line.id
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - (listen.visible ? listen.width + Theme.gap : 0)
                // A chat message's time follows its sender (format 3); never something to flag.
                text: root.line.time ? qsTr("%1 · %2").arg(root.line.speaker).arg(root.line.time) : root.line.speaker
                textFormat: Text.PlainText
                font.pixelSize: Theme.small
                font.bold: true
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            AppButton {
                id: listen
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                visible: root.line.voice.toString().length > 0
                text: root.playing ? qsTr("■ Stop") : qsTr("▶ Listen")
                Accessible.name: root.playing ? qsTr("Stop the voice") : qsTr("Listen to %1").arg(root.line.speaker)
                onClicked: root.playRequested(root.line.voice)
            }
        }
        Label {
            objectName: "askedText"
            width: parent.width
            visible: root.asked
            text: root.line.caption
            textFormat: Text.PlainText
            font.pixelSize: Theme.body
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Flow {
            id: flow
            width: parent.width
            visible: !root.asked
            spacing: 6
            Repeater {
                model: root.segments
                delegate: AbstractButton {
                    id: segment
                    required property var modelData
                    readonly property bool flagged: root.isFlagged(modelData.id)
                    objectName: "segment_" + modelData.id
                    width: Math.min(implicitWidth, flow.width)
                    padding: 4
                    Accessible.name: (flagged ? qsTr("Flagged: ") : "") + modelData.text
                    Accessible.description: qsTr("Press Enter to flag this as a sign")
                    contentItem: Text {
                        text: segment.modelData.text
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.body
                        font.italic: root.narration && root.presentation === "spoken"
                        color: segment.flagged ? Theme.flagInk : Theme.ink
                        wrapMode: Text.WordWrap
                    }
                    background: Rectangle {
                        radius: 4
                        color: segment.flagged ? Theme.flag : (segment.hovered ? "#eef2f7" : "transparent")
                        border.width: segment.activeFocus ? 2 : 0
                        border.color: Theme.focus
                    }
                    onClicked: root.flagRequested(modelData.id, modelData.text, flagged)
                    onActiveFocusChanged: if (activeFocus && focusReason !== Qt.MouseFocusReason)
                        root.focusedItem(segment)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }
        }
        // A picture sent in a chat message (format 3), described for those who cannot see it.
        Image {
            objectName: "linePhoto_" + root.line.id
            width: Math.min(parent.width, 360 * Theme.scale)
            height: visible ? width * 0.75 : 0
            visible: root.line.photo !== undefined && root.line.photo.toString().length > 0
            source: visible ? root.line.photo : ""
            sourceSize.width: 720
            fillMode: Image.PreserveAspectFit
            horizontalAlignment: Image.AlignLeft
            Accessible.role: Accessible.Graphic
            Accessible.name: root.line.photoAlt ?? ""
        }
    }
}
