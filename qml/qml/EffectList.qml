pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// What taking a choice or move does to the scenario's variables: each effect adds a number to one (negative to
// take away) or sets it; the result stays within the variable's range.
Column {
    id: root

    required property ScenarioEditor editor
    required property string path
    readonly property int revision: editor.revision
    readonly property int rows: revision >= 0 ? editor.count(path) : 0

    spacing: 4

    Flow {
        width: root.width
        spacing: Theme.gap
        Label {
            height: addButton.height
            verticalAlignment: Text.AlignVCenter
            text: root.rows > 0 ? qsTr("Then") : qsTr("Then: no variable changes")
            font.pixelSize: Theme.small
            font.bold: root.rows > 0
        }
        AppButton {
            id: addButton
            objectName: "addEffect_" + root.path
            text: qsTr("Add a change")
            font.pixelSize: Theme.small
            enabled: root.editor.variableIds.length > 0
            onClicked: root.editor.append(root.path, "effect")
        }
    }
    Repeater {
        model: root.rows
        delegate: Flow {
            id: effect
            required property int index
            readonly property string path: root.path + "[" + index + "]"
            readonly property bool sets: root.revision >= 0 && root.editor.has(path + ".set")
            width: root.width
            spacing: Theme.gap
            AppComboBox {
                objectName: "effectVar_" + effect.path
                width: 180
                font.pixelSize: Theme.small
                model: root.editor.variableIds
                Accessible.name: qsTr("Variable of change %1").arg(effect.index + 1)
                currentIndex: root.revision >= 0 ? Array.from(root.editor.variableIds).indexOf(String(root.editor.value(effect.path + ".var") ?? "")) : -1
                onActivated: index => root.editor.setValue(effect.path + ".var", root.editor.variableIds[index])
            }
            AppComboBox {
                objectName: "effectMode_" + effect.path
                width: 160
                font.pixelSize: Theme.small
                model: [qsTr("changes by"), qsTr("becomes")]
                Accessible.name: qsTr("How change %1 works").arg(effect.index + 1)
                currentIndex: effect.sets ? 1 : 0
                onActivated: index => root.editor.renameKey(effect.path, effect.sets ? "set" : "add", index === 1 ? "set" : "add")
            }
            SpinBox {
                objectName: "effectValue_" + effect.path
                from: -1000
                to: 1000
                editable: true
                font.pixelSize: Theme.small
                value: root.revision >= 0 ? Number(root.editor.value(effect.path + (effect.sets ? ".set" : ".add")) ?? 0) : 0
                Accessible.name: qsTr("Number of change %1").arg(effect.index + 1)
                onValueModified: root.editor.setValue(effect.path + (effect.sets ? ".set" : ".add"), value)
            }
            AppButton {
                text: qsTr("Remove")
                font.pixelSize: Theme.small
                Accessible.name: qsTr("Remove change %1").arg(effect.index + 1)
                onClicked: root.editor.removeAt(effect.path)
            }
        }
    }
}
