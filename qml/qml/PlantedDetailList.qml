pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// The scenario's planted details: wrong details a leading question can plant in the person's account. Each has
// a name, what the answer seems to establish and what is in fact the case. An unreliable answer line plants
// one; choices, answer options and harmful referrals that act on it say so ("Acts on a planted detail").
Column {
    id: root

    required property ScenarioEditor editor
    readonly property int revision: editor.revision

    spacing: Theme.gap

    Label {
        objectName: "plantedDetailsHeading"
        width: root.width
        wrapMode: Text.WordWrap
        text: qsTr("Planted details (a leading question can plant a wrong detail the trainee then acts on; the debrief traces it back)")
        font.pixelSize: Theme.body
        font.bold: true
        topPadding: Theme.gap
    }
    Repeater {
        model: root.revision >= 0 ? root.editor.count("plantedDetails") : 0
        delegate: Rectangle {
            id: detail
            required property int index
            readonly property string path: "plantedDetails[" + index + "]"
            width: root.width
            height: detailColumn.height + 2 * Theme.gap
            color: "#faf8f3"
            border.color: Theme.line
            radius: Theme.radius
            Column {
                id: detailColumn
                x: Theme.gap
                y: Theme.gap
                width: parent.width - 2 * Theme.gap
                spacing: Theme.gap / 2
                Flow {
                    width: detailColumn.width
                    spacing: Theme.gap
                    Label {
                        height: nameField.height
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("Planted detail %1, named").arg(detail.index + 1)
                        font.pixelSize: Theme.small
                    }
                    IdField {
                        id: nameField
                        objectName: "plantedDetailId_" + detail.index
                        width: 220
                        font.pixelSize: Theme.small
                        editor: root.editor
                        path: detail.path
                        Accessible.name: qsTr("Name of planted detail %1").arg(detail.index + 1)
                    }
                    AppButton {
                        text: qsTr("Remove")
                        font.pixelSize: Theme.small
                        Accessible.name: qsTr("Remove planted detail %1").arg(detail.index + 1)
                        onClicked: root.editor.removeAt(detail.path)
                    }
                }
                LocalizedField {
                    editor: root.editor
                    path: detail.path + ".detail"
                    label: qsTr("What the answer seems to establish")
                    wraps: true
                }
                LocalizedField {
                    editor: root.editor
                    path: detail.path + ".truth"
                    label: qsTr("What is in fact the case")
                    multiline: true
                }
            }
        }
    }
    AppButton {
        objectName: "addPlantedDetailButton"
        text: qsTr("Add a planted detail")
        onClicked: root.editor.append("plantedDetails", "plantedDetail")
    }
}
