pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// A list of ids at `path` (a choice's principles, the moves a reply needs asked first): each shown by its name
// with a button that takes it out, and a drop-down list that adds one of `options` ({id, name}).
Column {
    id: root

    required property ScenarioEditor editor
    required property string path
    required property var options
    property string label
    readonly property var chosen: editor.revision >= 0 ? editor.texts(path) : []

    function nameOf(id: string): string {
        const option = Array.from(root.options).find(o => o.id === id);
        return option ? option.name : id;
    }

    spacing: 4

    Flow {
        width: root.width
        spacing: Theme.gap
        Label {
            height: adder.height
            verticalAlignment: Text.AlignVCenter
            text: root.label
            font.pixelSize: Theme.small
            font.bold: root.chosen.length > 0
        }
        Repeater {
            model: root.chosen
            delegate: AppButton {
                required property string modelData
                // A long name (a planted detail's words) wraps inside the field's width.
                width: Math.min(implicitWidth, root.width)
                text: root.nameOf(modelData) + "  ×"
                font.pixelSize: Theme.small
                Accessible.name: qsTr("Remove %1").arg(root.nameOf(modelData))
                onClicked: root.editor.removeText(root.path, modelData)
            }
        }
        AppComboBox {
            id: adder
            objectName: "add_" + root.path
            width: Math.min(320, root.width)
            font.pixelSize: Theme.small
            model: Array.from(root.options).filter(o => root.chosen.indexOf(o.id) < 0)
            textRole: "name"
            valueRole: "id"
            currentIndex: -1
            displayText: qsTr("Add…")
            Accessible.name: qsTr("Add to %1").arg(root.label)
            onActivated: index => {
                root.editor.addText(root.path, model[index].id);
                currentIndex = -1;
            }
        }
    }
}
