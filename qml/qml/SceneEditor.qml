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
    readonly property bool hasLimit: revision >= 0 && editor.has(path + ".limit")
    // A conversation's moves by id and words, for a reply's "only after asking".
    readonly property var moveOptions: {
        const list = [];
        const count = revision >= 0 && kind === "conversation" ? editor.count(path + ".moves") : 0;
        for (let i = 0; i < count; ++i) {
            const move = path + ".moves[" + i + "]";
            const words = String(editor.value(move + ".text." + (editor.languages[0] ?? "lv")) ?? "");
            const id = String(editor.value(move + ".id") ?? "");
            list.push({
                "id": id,
                "name": words.length > 0 ? words.substring(0, 40) : id
            });
        }
        return list;
    }

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

        // A conversation: who is interviewed, how they appear, and the way on when the turns run out.
        Flow {
            visible: root.kind === "conversation"
            width: column.width
            spacing: Theme.gap
            Label {
                height: personBox.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("The person interviewed")
                font.pixelSize: Theme.small
            }
            AppComboBox {
                id: personBox
                objectName: "conversationPerson"
                width: 200
                font.pixelSize: Theme.small
                model: root.editor.castIds
                Accessible.name: qsTr("The person interviewed")
                currentIndex: root.revision >= 0 ? Array.from(root.editor.castIds).indexOf(String(root.editor.value(root.path + ".person") ?? "")) : -1
                onActivated: index => root.editor.setValue(root.path + ".person", root.editor.castIds[index])
            }
            CheckBox {
                objectName: "conversationLimit"
                text: qsTr("The conversation has a limit")
                font.pixelSize: Theme.small
                checked: root.hasLimit
                onToggled: checked ? root.editor.create(root.path + ".limit", "limit") : root.editor.removeAt(root.path + ".limit")
            }
        }
        Rectangle {
            visible: root.kind === "conversation" && root.hasLimit
            width: column.width
            height: limitColumn.height + 2 * Theme.gap
            color: "#faf8f3"
            border.color: Theme.line
            radius: Theme.radius
            Column {
                id: limitColumn
                x: Theme.gap
                y: Theme.gap
                width: parent.width - 2 * Theme.gap
                spacing: Theme.gap / 2
                Flow {
                    width: limitColumn.width
                    spacing: Theme.gap
                    Label {
                        height: turnsBox.height
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("Moves before it ends (0: no limit)")
                        font.pixelSize: Theme.small
                    }
                    SpinBox {
                        id: turnsBox
                        objectName: "limitTurns"
                        from: 0
                        to: 64
                        editable: true
                        font.pixelSize: Theme.small
                        value: root.hasLimit ? Number(root.editor.value(root.path + ".limit.turns") ?? 0) : 0
                        Accessible.name: qsTr("Moves before the conversation ends")
                        onValueModified: root.editor.setValue(root.path + ".limit.turns", value)
                    }
                    Label {
                        height: turnsBox.height
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("then leads to")
                        font.pixelSize: Theme.small
                    }
                    AppComboBox {
                        objectName: "limitTarget"
                        width: 200
                        font.pixelSize: Theme.small
                        model: root.editor.targetModel
                        textRole: "name"
                        valueRole: "id"
                        Accessible.name: qsTr("Where the conversation leads when it ends")
                        currentIndex: root.hasLimit && root.revision >= 0 ? root.editor.targetModel.indexOf(String(root.editor.value(root.path + ".limit.next") ?? root.editor.value(root.path + ".limit.ending") ?? "")) : -1
                        onActivated: index => root.editor.setTarget(root.path + ".limit", root.editor.targetModel.idAt(index))
                    }
                }
                LocalizedField {
                    editor: root.editor
                    path: root.path + ".limit.text"
                    label: qsTr("What happens then (the one thing left to do)")
                    multiline: true
                }
            }
        }
        Label {
            visible: root.kind === "conversation"
            text: qsTr("How the person appears")
            width: column.width
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.body
            font.bold: true
        }
        Repeater {
            model: root.kind === "conversation" && root.revision >= 0 ? root.editor.count(root.path + ".states") : 0
            delegate: StateEditor {
                required property int index
                objectName: "stateEditor_" + index
                width: column.width
                editor: root.editor
                path: root.path + ".states[" + index + "]"
                number: index + 1
            }
        }
        AppButton {
            visible: root.kind === "conversation"
            objectName: "addStateButton"
            text: qsTr("Add a state")
            onClicked: root.editor.append(root.path + ".states", "state")
        }
        PictureEditor {
            id: pictureEditor
            objectName: "pictureEditor"
            visible: root.kind === "interview" || root.kind === "conversation"
            width: column.width
            editor: root.editor
            scenePath: root.path
            sceneIndex: root.sceneIndex
        }
        // Lines: who says what, in parts that can be signs.
        Label {
            visible: root.kind === "interview" || root.kind === "conversation"
            text: root.kind === "conversation" ? qsTr("Lines said on arrival") : qsTr("Lines")
            width: column.width
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.body
            font.bold: true
        }
        Repeater {
            model: (root.kind === "interview" || root.kind === "conversation") && root.revision >= 0 ? root.editor.count(root.path + ".lines") : 0
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
                    // Who says it, and the way to remove it: they wrap when a language's words are longer.
                    Flow {
                        width: lineColumn.width
                        spacing: Theme.gap
                        Label {
                            height: lineSpeaker.height
                            verticalAlignment: Text.AlignVCenter
                            text: qsTr("Line %1, said by").arg(line.index + 1)
                            font.pixelSize: Theme.small
                        }
                        AppComboBox {
                            id: lineSpeaker
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
            visible: root.kind === "interview" || root.kind === "conversation"
            text: qsTr("Add a line")
            onClicked: root.editor.addLine(root.sceneIndex)
        }

        Label {
            text: root.kind === "conversation" ? qsTr("Moves: what the trainee can say or do, each once") : qsTr("Choices")
            width: column.width
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.body
            font.bold: true
        }
        Repeater {
            model: root.revision >= 0 ? root.editor.count(root.path + (root.kind === "conversation" ? ".moves" : ".choices")) : 0
            delegate: ChoiceEditor {
                required property int index
                width: column.width
                editor: root.editor
                move: root.kind === "conversation"
                moveOptions: root.moveOptions
                path: root.path + (move ? ".moves[" : ".choices[") + index + "]"
                number: index + 1
            }
        }
        AppButton {
            objectName: "addChoiceButton"
            text: root.kind === "conversation" ? qsTr("Add a move") : qsTr("Add a choice")
            onClicked: root.kind === "conversation" ? root.editor.append(root.path + ".moves", "move") : root.editor.addChoice(root.sceneIndex)
        }
    }
}
