pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// One line of dialogue: the speaker, their portrait, the voice, and segments that can each be flagged.
Rectangle {
    id: root

    required property var line
    property bool playing: false

    signal flagRequested(string target, string text, bool flagged)
    signal playRequested(url voice)

    implicitHeight: content.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap
        Image {
            Layout.preferredWidth: 72 * Theme.scale
            Layout.preferredHeight: 72 * Theme.scale
            Layout.alignment: Qt.AlignTop
            source: root.line.portrait
            sourceSize.width: 144
            sourceSize.height: 144
            fillMode: Image.PreserveAspectFit
            visible: root.line.portrait.toString().length > 0
            Accessible.role: Accessible.Graphic
            Accessible.name: root.line.speaker
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: root.line.speaker
                    font.pixelSize: Theme.small
                    font.bold: true
                    color: Theme.accent
                }
                AppButton {
                    visible: root.line.voice.toString().length > 0
                    text: root.playing ? qsTr("■ Stop") : qsTr("▶ Listen")
                    Accessible.name: root.playing ? qsTr("Stop the voice") : qsTr("Listen to %1").arg(root.line.speaker)
                    onClicked: root.playRequested(root.line.voice)
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: root.line.segments
                    delegate: AbstractButton {
                        id: segment
                        required property var modelData
                        objectName: "segment_" + modelData.id
                        width: Math.min(implicitWidth, content.width - 100 * Theme.scale)
                        padding: 4
                        Accessible.name: (modelData.flagged ? qsTr("Flagged: ") : "") + modelData.text
                        Accessible.description: qsTr("Press Enter to flag this as a sign")
                        contentItem: Text {
                            text: segment.modelData.text
                            font.pixelSize: Theme.body
                            color: segment.modelData.flagged ? Theme.flagInk : Theme.ink
                            wrapMode: Text.WordWrap
                        }
                        background: Rectangle {
                            radius: 4
                            color: segment.modelData.flagged ? Theme.flag : (segment.hovered ? "#eef2f7" : "transparent")
                            border.width: segment.activeFocus ? 2 : 0
                            border.color: Theme.focus
                        }
                        onClicked: root.flagRequested(modelData.id, modelData.text, modelData.flagged)
                        Keys.onReturnPressed: clicked()
                    }
                }
            }
        }
    }
}
