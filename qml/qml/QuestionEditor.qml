pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// One assessment question: its kind (a judgement of the case, the ILO/EC dimensions, one answer or several),
// the question, the options with which are right, or the key the ILO/EC rule derives from the scenario's signs,
// its points and the explanation shown after answering.
Rectangle {
    id: root

    required property ScenarioEditor editor
    required property string path
    required property int number
    readonly property int revision: editor.revision
    readonly property var kinds: ["judgement", "dimensions", "single", "multiple"]
    readonly property var kindNames: [qsTr("Judgement: trafficking, labour rights or neither"), qsTr("The ILO/EC dimensions"), qsTr("One right answer"), qsTr("Several right answers")]
    readonly property string kind: revision >= 0 ? String(editor.value(path + ".kind") ?? "single") : "single"
    readonly property bool byRule: (kind === "judgement" || kind === "dimensions") && revision >= 0 && editor.value(path + ".correct") === "derive-ilo"
    readonly property var correct: revision >= 0 ? editor.texts(path + ".correct") : []

    height: column.height + 2 * Theme.gap
    color: "#faf8f3"
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
                height: kindBox.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Question %1").arg(root.number)
                font.pixelSize: Theme.small
                font.bold: true
            }
            AppComboBox {
                id: kindBox
                objectName: "questionKind_" + root.path
                width: Math.min(440, column.width)
                font.pixelSize: Theme.small
                model: root.kindNames
                Accessible.name: qsTr("Kind of question %1").arg(root.number)
                currentIndex: root.kinds.indexOf(root.kind)
                onActivated: index => root.editor.setQuestionKind(root.path, root.kinds[index])
            }
            Label {
                height: kindBox.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Points")
                font.pixelSize: Theme.small
            }
            SpinBox {
                from: 0
                to: 100
                editable: true
                font.pixelSize: Theme.small
                value: root.revision >= 0 ? Number(root.editor.value(root.path + ".points") ?? 2) : 2
                Accessible.name: qsTr("Points of question %1").arg(root.number)
                onValueModified: root.editor.setValue(root.path + ".points", value)
            }
            AppButton {
                text: qsTr("Remove question")
                font.pixelSize: Theme.small
                onClicked: root.editor.removeAt(root.path)
            }
        }
        LocalizedField {
            editor: root.editor
            path: root.path + ".prompt"
            label: qsTr("The question")
            multiline: true
        }
        CheckBox {
            visible: root.kind === "judgement" || root.kind === "dimensions"
            objectName: "deriveIlo_" + root.path
            text: qsTr("Key by the ILO/EC rule")
            font.pixelSize: Theme.small
            checked: root.byRule
            onToggled: root.editor.setCorrect(root.path, "derive-ilo", checked)
        }
        Label {
            visible: root.kind === "judgement" || root.kind === "dimensions"
            width: column.width
            wrapMode: Text.WordWrap
            text: root.byRule ? qsTr("The right answer is worked out from the scenario's signs, and follows them when they change.") : qsTr("The right answer is the one marked below.")
            font.pixelSize: Theme.small
            color: Theme.mutedInk
        }
        Repeater {
            model: root.revision >= 0 ? root.editor.count(root.path + ".options") : 0
            delegate: Column {
                id: option
                required property int index
                readonly property string path: root.path + ".options[" + index + "]"
                readonly property string optionId: root.revision >= 0 ? String(root.editor.value(path + ".id") ?? "") : ""
                width: column.width
                spacing: 2
                Label {
                    width: option.width
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    text: qsTr("Option %1 (%2)").arg(option.index + 1).arg(option.optionId)
                    font.pixelSize: Theme.small
                    font.bold: true
                }
                Flow {
                    width: option.width
                    spacing: Theme.gap
                    CheckBox {
                        objectName: "correct_" + option.path
                        enabled: !root.byRule
                        text: root.byRule ? qsTr("Right or not: the rule decides") : qsTr("A right answer")
                        Accessible.name: qsTr("Option %1 is a right answer").arg(option.index + 1)
                        font.pixelSize: Theme.small
                        checked: !root.byRule && root.correct.indexOf(option.optionId) >= 0
                        onToggled: root.editor.setCorrect(root.path, option.optionId, checked)
                    }
                    AppButton {
                        text: qsTr("Remove option")
                        font.pixelSize: Theme.small
                        Accessible.name: qsTr("Remove option %1").arg(option.index + 1)
                        onClicked: root.editor.removeAt(option.path)
                    }
                }
                LocalizedField {
                    editor: root.editor
                    path: option.path + ".text"
                    wraps: true
                }
                RestsOnField {
                    width: option.width
                    editor: root.editor
                    path: option.path + ".restsOn"
                }
            }
        }
        AppButton {
            objectName: "addOption_" + root.path
            text: qsTr("Add an option")
            font.pixelSize: Theme.small
            onClicked: root.editor.append(root.path + ".options", "option")
        }
        LocalizedField {
            editor: root.editor
            path: root.path + ".feedback"
            label: qsTr("Explanation shown after answering")
            multiline: true
        }
    }
}
