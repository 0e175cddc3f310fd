pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Dialogs
import Saskati

// One state of the person in a conversation: a stage direction shown while its conditions hold, and
// optionally a portrait replacing the person's own (with its text alternative).
Rectangle {
    id: root

    required property ScenarioEditor editor
    required property string path
    required property int number
    readonly property int revision: editor.revision
    readonly property string portrait: revision >= 0 ? String(editor.value(path + ".portrait") ?? "") : ""
    readonly property alias portraitDialog: portraitDialog

    height: stateColumn.height + 2 * Theme.gap
    color: "#faf8f3"
    border.color: Theme.line
    radius: Theme.radius

    Column {
        id: stateColumn
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.gap / 2
        LocalizedField {
            editor: root.editor
            path: root.path + ".direction"
            label: qsTr("State %1: a stage direction (the first whose conditions hold is shown)").arg(root.number)
            multiline: true
        }
        ConditionList {
            width: stateColumn.width
            editor: root.editor
            path: root.path + ".when"
            label: qsTr("Shown when")
        }
        Flow {
            width: stateColumn.width
            spacing: Theme.gap
            Image {
                objectName: "statePortrait_" + root.path
                visible: root.portrait.length > 0
                width: 96
                height: 96
                fillMode: Image.PreserveAspectFit
                source: root.portrait.length > 0 ? root.editor.fileUrl(root.portrait) : ""
                sourceSize.width: 192
                Accessible.role: Accessible.Graphic
                Accessible.name: String(root.editor.value(root.path + ".portraitAlt." + AppContext.language) || qsTr("Portrait of state %1").arg(root.number))
            }
            AppButton {
                objectName: "choosePortrait_" + root.path
                text: root.portrait.length > 0 ? qsTr("Another portrait…") : qsTr("A portrait for this state…")
                Accessible.name: qsTr("Choose a portrait for state %1").arg(root.number)
                font.pixelSize: Theme.small
                onClicked: portraitDialog.open()
            }
            AppButton {
                visible: root.portrait.length > 0
                objectName: "removePortrait_" + root.path
                text: qsTr("Remove the portrait")
                Accessible.name: qsTr("Remove the portrait of state %1").arg(root.number)
                font.pixelSize: Theme.small
                onClicked: root.editor.setPortrait(root.path, "")
            }
            AppButton {
                text: qsTr("Remove state")
                font.pixelSize: Theme.small
                Accessible.name: qsTr("Remove state %1").arg(root.number)
                onClicked: root.editor.removeAt(root.path)
            }
        }
        LocalizedField {
            visible: root.portrait.length > 0
            editor: root.editor
            path: root.path + ".portraitAlt"
            label: qsTr("What the portrait shows (for those who cannot see it)")
            wraps: true
        }
    }

    FileDialog {
        id: portraitDialog
        title: qsTr("Choose a portrait for this state")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Pictures (*.svg *.png *.jpg *.jpeg)")]
        onAccepted: root.editor.setPortrait(root.path, String(selectedFile))
    }
}
