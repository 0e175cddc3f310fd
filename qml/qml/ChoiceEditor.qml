pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// One choice: its words, where it leads (a scene or an ending), its points, the feedback, the principles it
// follows or breaks, whether it is a critical error (the principle and why, in every language), when it is
// offered and what it changes. A conversation's move (`move`) also has its kind of question, may keep the
// conversation going, and then has the person's answer.
Rectangle {
    id: root
    objectName: "choiceEditor_" + path

    required property ScenarioEditor editor
    required property string path
    required property int number
    property bool move: false
    // The scene's moves ({id, name}), for a reply's "only after asking".
    property var moveOptions: []
    readonly property int revision: editor.revision
    readonly property bool critical: revision >= 0 && editor.has(path + ".criticalError")
    readonly property string target: revision >= 0 ? String(editor.value(path + ".next") ?? editor.value(path + ".ending") ?? "") : ""
    // Where it can lead: a move may also stay in the conversation (id "").
    readonly property TargetListModel targets: move ? editor.moveTargetModel : editor.targetModel

    height: choiceColumn.height + 2 * Theme.gap
    color: "#faf8f3"
    border.color: critical ? Theme.danger : Theme.line
    border.width: critical ? 2 : 1
    radius: Theme.radius

    Column {
        id: choiceColumn
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.gap / 2

        LocalizedField {
            editor: root.editor
            path: root.path + ".text"
            wraps: true
            label: root.move ? qsTr("Move %1: what the trainee says or does").arg(root.number) : qsTr("Choice %1").arg(root.number)
        }
        Flow {
            visible: root.move
            width: choiceColumn.width
            spacing: Theme.gap
            Label {
                height: questionTypeBox.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Kind of question")
                font.pixelSize: Theme.small
            }
            AppComboBox {
                id: questionTypeBox
                objectName: "questionType_" + root.path
                width: Math.min(420, choiceColumn.width)
                font.pixelSize: Theme.small
                model: Array.from(AppContext.questionTypes).map(t => ({
                            "id": t.id,
                            "name": t.recommended ? t.name : qsTr("%1 (not recommended)").arg(t.name)
                        }))
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Kind of question of move %1").arg(root.number)
                currentIndex: root.move && root.revision >= 0 ? Array.from(AppContext.questionTypes).findIndex(t => t.id === String(root.editor.value(root.path + ".questionType") ?? "")) : -1
                onActivated: index => root.editor.setValue(root.path + ".questionType", AppContext.questionTypes[index].id)
            }
        }
        Flow {
            width: choiceColumn.width
            spacing: Theme.gap
            Label {
                height: pointsBox.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Leads to")
                font.pixelSize: Theme.small
            }
            AppComboBox {
                objectName: "target_" + root.path
                width: root.move ? 300 : 200
                font.pixelSize: Theme.small
                model: root.targets
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Where choice %1 leads").arg(root.number)
                currentIndex: root.revision >= 0 ? root.targets.indexOf(root.target) : -1
                onActivated: index => root.editor.setTarget(root.path, root.targets.idAt(index))
            }
            Label {
                height: pointsBox.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Points")
                font.pixelSize: Theme.small
            }
            SpinBox {
                id: pointsBox
                objectName: "points_" + root.path
                from: -10
                to: 10
                font.pixelSize: Theme.small
                value: root.revision >= 0 ? Number(root.editor.value(root.path + ".points") ?? 0) : 0
                editable: true
                Accessible.name: qsTr("Points of choice %1").arg(root.number)
                onValueModified: root.editor.setValue(root.path + ".points", value)
            }
            CheckBox {
                objectName: "critical_" + root.path
                text: qsTr("Critical error")
                font.pixelSize: Theme.small
                checked: root.critical
                onToggled: root.editor.setCritical(root.path, checked)
            }
            AppButton {
                text: qsTr("Remove")
                font.pixelSize: Theme.small
                onClicked: root.editor.removeAt(root.path)
            }
        }
        LocalizedField {
            editor: root.editor
            path: root.path + ".feedback"
            label: qsTr("Feedback")
            multiline: true
        }
        Row {
            visible: root.critical
            spacing: Theme.gap
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Principle broken")
                font.pixelSize: Theme.small
            }
            AppComboBox {
                objectName: "principle_" + root.path
                width: 360
                font.pixelSize: Theme.small
                model: AppContext.principles
                textRole: "name"
                valueRole: "id"
                currentIndex: root.critical ? Array.from(AppContext.principles).findIndex(p => p.id === String(root.editor.value(root.path + ".criticalError.principle"))) : -1
                onActivated: index => root.editor.setValue(root.path + ".criticalError.principle", AppContext.principles[index].id)
            }
        }
        LocalizedField {
            visible: root.critical
            editor: root.editor
            path: root.path + ".criticalError.explanation"
            label: qsTr("Why it is a critical error")
            multiline: true
        }
        IdListField {
            width: choiceColumn.width
            editor: root.editor
            path: root.path + ".principles"
            options: AppContext.principles
            label: qsTr("Principles it follows or breaks:")
        }
        RestsOnField {
            width: choiceColumn.width
            editor: root.editor
            path: root.path + ".restsOn"
        }
        ConditionList {
            width: choiceColumn.width
            editor: root.editor
            path: root.path + ".conditions"
            label: qsTr("Offered only when")
        }
        EffectList {
            width: choiceColumn.width
            editor: root.editor
            path: root.path + ".effects"
        }
        // A move that keeps the conversation going is answered.
        Label {
            visible: root.move && root.target === ""
            text: qsTr("The answer")
            font.pixelSize: Theme.small
            font.bold: true
        }
        Repeater {
            model: root.move && root.target === "" && root.revision >= 0 ? root.editor.count(root.path + ".reply") : 0
            delegate: ReplyLineEditor {
                required property int index
                width: choiceColumn.width
                editor: root.editor
                path: root.path + ".reply[" + index + "]"
                number: index + 1
                moveOptions: root.moveOptions
            }
        }
        AppButton {
            visible: root.move && root.target === ""
            objectName: "addReply_" + root.path
            text: qsTr("Add an answer line")
            font.pixelSize: Theme.small
            onClicked: root.editor.append(root.path + ".reply", "reply")
        }
    }
}
