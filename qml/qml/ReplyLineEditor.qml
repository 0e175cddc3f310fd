pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// One line of what the person answers to a move: who says it, its parts (each may be a sign), and when it is
// said — conditions on the variables after the move, moves asked (or not) before it — and whether a leading
// question produced it (an unreliable answer carries no sign).
Rectangle {
    id: root

    required property ScenarioEditor editor
    required property string path
    required property int number
    // The scene's other moves ({id, name}), for "only after asking".
    required property var moveOptions
    readonly property int revision: editor.revision
    readonly property bool unreliable: revision >= 0 && editor.value(path + ".unreliable") === true
    readonly property string plants: revision >= 0 ? String(editor.value(path + ".plants") ?? "") : ""
    // What the line may plant: the declared details, and the one it names when that is not declared (the
    // validator names it too), so that the list shows what the file says.
    readonly property var plantsChoices: {
        const ids = Array.from(editor.plantedDetailIds);
        return plants.length > 0 && ids.indexOf(plants) < 0 ? ids.concat([plants]) : ids;
    }

    height: column.height + 2 * Theme.gap
    color: "#f3f6f8"
    border.color: Theme.line
    radius: Theme.radius

    Column {
        id: column
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.gap / 2

        Flow {
            width: column.width
            spacing: Theme.gap
            Label {
                height: speakerBox.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Answer line %1, said by").arg(root.number)
                font.pixelSize: Theme.small
            }
            AppComboBox {
                id: speakerBox
                width: 200
                font.pixelSize: Theme.small
                model: root.editor.castIds
                Accessible.name: qsTr("Who says answer line %1").arg(root.number)
                currentIndex: root.revision >= 0 ? Array.from(root.editor.castIds).indexOf(String(root.editor.value(root.path + ".speaker") ?? "")) : -1
                onActivated: index => root.editor.setValue(root.path + ".speaker", root.editor.castIds[index])
            }
            CheckBox {
                objectName: "unreliable_" + root.path
                text: qsTr("Unreliable (said to please or to end it)")
                font.pixelSize: Theme.small
                checked: root.unreliable
                onToggled: checked ? root.editor.setValue(root.path + ".unreliable", true) : root.editor.removeAt(root.path + ".unreliable")
            }
            AppButton {
                text: qsTr("Remove line")
                font.pixelSize: Theme.small
                Accessible.name: qsTr("Remove answer line %1").arg(root.number)
                onClicked: root.editor.removeAt(root.path)
            }
        }
        // What a leading question planted: a wrong detail of the scenario's list (its key), which the debrief
        // traces back to the question.
        Flow {
            visible: root.unreliable || root.plants.length > 0
            width: column.width
            spacing: Theme.gap
            Label {
                height: plantsBox.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("It plants the wrong detail")
                font.pixelSize: Theme.small
            }
            AppComboBox {
                id: plantsBox
                objectName: "plants_" + root.path
                width: 260
                font.pixelSize: Theme.small
                model: [qsTr("none"), ...root.plantsChoices]
                Accessible.name: qsTr("The wrong detail answer line %1 plants").arg(root.number)
                currentIndex: root.plants.length > 0 ? root.plantsChoices.indexOf(root.plants) + 1 : 0
                onActivated: index => index > 0 ? root.editor.setValue(root.path + ".plants", root.plantsChoices[index - 1]) : root.editor.removeAt(root.path + ".plants")
            }
            Label {
                visible: root.editor.plantedDetailIds.length === 0
                width: Math.min(implicitWidth, column.width)
                wrapMode: Text.WordWrap
                text: qsTr("(add one under “Scenario, endings, referral key”)")
                font.pixelSize: Theme.small
                color: Theme.mutedInk
            }
        }
        Repeater {
            model: root.revision >= 0 ? root.editor.count(root.path + ".segments") : 0
            delegate: SegmentEditor {
                required property int index
                width: column.width
                editor: root.editor
                path: root.path + ".segments[" + index + "]"
            }
        }
        ConditionList {
            width: column.width
            editor: root.editor
            path: root.path + ".when"
            label: qsTr("Said only when, after the move")
        }
        IdListField {
            width: column.width
            editor: root.editor
            path: root.path + ".asked"
            options: root.moveOptions
            label: qsTr("Only if asked before:")
        }
        IdListField {
            width: column.width
            editor: root.editor
            path: root.path + ".notAsked"
            options: root.moveOptions
            label: qsTr("Only if not asked before:")
        }
    }
}
