pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// One choice: its words, where it leads (a scene or an ending), its points, the feedback, and whether it is a
// critical error (the principle it breaks and why, in every language).
Rectangle {
    id: root

    required property ScenarioEditor editor
    required property string path
    required property int number
    readonly property int revision: editor.revision
    readonly property bool critical: revision >= 0 && editor.has(path + ".criticalError")
    readonly property string target: revision >= 0 ? String(editor.value(path + ".next") ?? editor.value(path + ".ending") ?? "") : ""

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
            label: qsTr("Choice %1").arg(root.number)
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
                width: 200
                font.pixelSize: Theme.small
                model: root.editor.targets
                currentIndex: Array.from(root.editor.targets).indexOf(root.target)
                onActivated: index => root.editor.setTarget(root.path, root.editor.targets[index])
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
    }
}
