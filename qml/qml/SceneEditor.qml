pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// One scene in the editor: its title and setting in every language side by side, the lines with their parts
// (each plain, a sign of an indicator or a distractor, with feedback), and the choices (where each leads, its
// points, a critical error). Rows come from counts, not lists: a row is kept while its text is typed.
ScrollPage {
    id: root

    required property ScenarioEditor editor
    required property int sceneIndex
    readonly property string path: "scenes[" + sceneIndex + "]"
    readonly property int revision: editor.revision
    readonly property string kind: revision >= 0 ? String(editor.value(path + ".kind") ?? "interview") : ""
    readonly property alias pictureEditor: pictureEditor
    readonly property string sceneId: revision >= 0 ? String(editor.value(path + ".id") ?? "") : ""

    signal previewRequested(string sceneId)
    signal removed

    contentHeight: column.height + Theme.margin

    Column {
        id: column
        width: root.width - root.barWidth - Theme.gap
        spacing: Theme.gap

        Flow {
            width: column.width
            spacing: Theme.gap
            Label {
                text: qsTr("Scene")
                font.pixelSize: Theme.subtitle
                font.bold: true
            }
            TextField {
                objectName: "sceneIdField"
                width: 200
                text: root.sceneId
                font.pixelSize: Theme.small
                Accessible.name: qsTr("The scene's id")
                onTextEdited: root.editor.setValue(root.path + ".id", text)
                onEditingFinished: root.editor.endTyping()
            }
            Label {
                text: root.kind
                font.pixelSize: Theme.small
                color: Theme.mutedInk
            }
            AppButton {
                objectName: "previewSceneButton"
                text: qsTr("Preview from here")
                onClicked: root.previewRequested(root.sceneId)
            }
            AppButton {
                text: qsTr("Remove scene")
                onClicked: {
                    root.editor.removeAt(root.path);
                    root.removed();
                }
            }
        }
        LocalizedField {
            editor: root.editor
            path: root.path + ".title"
            label: qsTr("Title")
        }
        LocalizedField {
            editor: root.editor
            path: root.path + ".setting"
            label: qsTr("Setting")
            multiline: true
        }

        Label {
            width: column.width
            visible: root.kind === "conversation"
            text: qsTr("A conversation's questions and answers are not edited here yet: edit them in the file (docs/scenario-format.md). Its title, setting and way on are edited here.")
            font.pixelSize: Theme.small
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
        PictureEditor {
            id: pictureEditor
            objectName: "pictureEditor"
            visible: root.kind === "interview"
            width: column.width
            editor: root.editor
            scenePath: root.path
            sceneIndex: root.sceneIndex
        }
        // Lines: who says what, in parts that can be signs.
        Label {
            visible: root.kind === "interview"
            text: qsTr("Lines")
            font.pixelSize: Theme.body
            font.bold: true
        }
        Repeater {
            model: root.kind === "interview" && root.revision >= 0 ? root.editor.count(root.path + ".lines") : 0
            delegate: Rectangle {
                id: line
                required property int index
                readonly property string path: root.path + ".lines[" + index + "]"
                width: column.width
                height: lineColumn.height + 2 * Theme.gap
                color: "#faf8f3"
                border.color: Theme.line
                radius: Theme.radius
                Column {
                    id: lineColumn
                    x: Theme.gap
                    y: Theme.gap
                    width: parent.width - 2 * Theme.gap
                    spacing: Theme.gap / 2
                    Row {
                        spacing: Theme.gap
                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("Line %1, said by").arg(line.index + 1)
                            font.pixelSize: Theme.small
                        }
                        AppComboBox {
                            objectName: "speaker_" + line.path
                            width: 200
                            font.pixelSize: Theme.small
                            model: root.editor.castIds
                            currentIndex: root.revision >= 0 ? Array.from(root.editor.castIds).indexOf(String(root.editor.value(line.path + ".speaker") ?? "")) : -1
                            onActivated: index => root.editor.setValue(line.path + ".speaker", root.editor.castIds[index])
                        }
                        AppButton {
                            text: qsTr("Remove line")
                            font.pixelSize: Theme.small
                            onClicked: root.editor.removeAt(line.path)
                        }
                    }
                    Repeater {
                        model: root.revision >= 0 ? root.editor.count(line.path + ".segments") : 0
                        delegate: SegmentEditor {
                            required property int index
                            width: lineColumn.width
                            editor: root.editor
                            path: line.path + ".segments[" + index + "]"
                        }
                    }
                }
            }
        }
        AppButton {
            objectName: "addLineButton"
            visible: root.kind === "interview"
            text: qsTr("Add a line")
            onClicked: root.editor.addLine(root.sceneIndex)
        }

        Label {
            text: qsTr("Choices")
            font.pixelSize: Theme.body
            font.bold: true
        }
        Repeater {
            model: root.revision >= 0 ? root.editor.count(root.path + ".choices") : 0
            delegate: ChoiceEditor {
                required property int index
                width: column.width
                editor: root.editor
                path: root.path + ".choices[" + index + "]"
                number: index + 1
            }
        }
        AppButton {
            objectName: "addChoiceButton"
            text: qsTr("Add a choice")
            onClicked: root.editor.addChoice(root.sceneIndex)
        }
    }
}
