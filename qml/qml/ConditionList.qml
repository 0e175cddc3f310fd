pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// The conditions at `path` (a choice's "conditions", a reply line's or a state's "when"): each compares one
// of the scenario's variables with a number, and all must hold. Variables are declared on the scenario page.
Column {
    id: root

    required property ScenarioEditor editor
    required property string path
    property string label: qsTr("Only when")
    readonly property int revision: editor.revision
    readonly property var operators: ["<", "<=", "==", "!=", ">=", ">"]
    readonly property int rows: revision >= 0 ? editor.count(path) : 0

    spacing: 4

    Flow {
        width: root.width
        spacing: Theme.gap
        Label {
            height: addButton.height
            verticalAlignment: Text.AlignVCenter
            text: root.rows > 0 ? root.label : qsTr("%1: always").arg(root.label)
            font.pixelSize: Theme.small
            font.bold: root.rows > 0
        }
        AppButton {
            id: addButton
            objectName: "addCondition_" + root.path
            text: qsTr("Add a condition")
            font.pixelSize: Theme.small
            enabled: root.editor.variableIds.length > 0
            onClicked: root.editor.append(root.path, "condition")
        }
        Label {
            visible: root.editor.variableIds.length === 0
            height: addButton.height
            verticalAlignment: Text.AlignVCenter
            text: qsTr("(declare a variable on the scenario page first)")
            font.pixelSize: Theme.small
            color: Theme.mutedInk
        }
    }
    Repeater {
        model: root.rows
        delegate: Flow {
            id: condition
            required property int index
            readonly property string path: root.path + "[" + index + "]"
            width: root.width
            spacing: Theme.gap
            AppComboBox {
                objectName: "conditionVar_" + condition.path
                width: 180
                font.pixelSize: Theme.small
                model: root.editor.variableIds
                Accessible.name: qsTr("Variable of condition %1").arg(condition.index + 1)
                currentIndex: root.revision >= 0 ? Array.from(root.editor.variableIds).indexOf(String(root.editor.value(condition.path + ".var") ?? "")) : -1
                onActivated: index => root.editor.setValue(condition.path + ".var", root.editor.variableIds[index])
            }
            AppComboBox {
                objectName: "conditionOp_" + condition.path
                width: 90
                font.pixelSize: Theme.small
                model: root.operators
                Accessible.name: qsTr("Comparison of condition %1").arg(condition.index + 1)
                currentIndex: root.revision >= 0 ? root.operators.indexOf(String(root.editor.value(condition.path + ".op") ?? "")) : -1
                onActivated: index => root.editor.setValue(condition.path + ".op", root.operators[index])
            }
            SpinBox {
                objectName: "conditionValue_" + condition.path
                from: -1000
                to: 1000
                editable: true
                font.pixelSize: Theme.small
                value: root.revision >= 0 ? Number(root.editor.value(condition.path + ".value") ?? 0) : 0
                Accessible.name: qsTr("Number of condition %1").arg(condition.index + 1)
                onValueModified: root.editor.setValue(condition.path + ".value", value)
            }
            AppButton {
                text: qsTr("Remove")
                font.pixelSize: Theme.small
                Accessible.name: qsTr("Remove condition %1").arg(condition.index + 1)
                onClicked: root.editor.removeAt(condition.path)
            }
        }
    }
}
