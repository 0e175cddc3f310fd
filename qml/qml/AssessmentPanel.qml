pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The trainee's judgement: every answer is recorded as it is given.
ScrollView {
    id: root

    required property var questions

    signal answered(string question, var options)

    clip: true
    contentWidth: availableWidth

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.margin
        Repeater {
            model: root.questions
            delegate: ColumnLayout {
                id: question
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.gap / 2
                Label {
                    Layout.fillWidth: true
                    text: question.modelData.prompt
                    font.pixelSize: Theme.body
                    font.bold: true
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                }
                Repeater {
                    model: question.modelData.options
                    delegate: question.modelData.single ? radio : check
                }
                Component {
                    id: radio
                    RadioButton {
                        required property var modelData
                        objectName: "answer_" + question.modelData.id + "_" + modelData.id
                        Layout.fillWidth: true
                        text: modelData.text
                        font.pixelSize: Theme.body
                        checked: question.modelData.selected.indexOf(modelData.id) >= 0
                        Accessible.name: modelData.text
                        onClicked: root.answered(question.modelData.id, [modelData.id])
                    }
                }
                Component {
                    id: check
                    CheckBox {
                        required property var modelData
                        objectName: "answer_" + question.modelData.id + "_" + modelData.id
                        Layout.fillWidth: true
                        text: modelData.text
                        font.pixelSize: Theme.body
                        checked: question.modelData.selected.indexOf(modelData.id) >= 0
                        Accessible.name: modelData.text
                        onClicked: {
                            const now = question.modelData.selected.filter(s => s !== modelData.id);
                            if (checked)
                                now.push(modelData.id);
                            root.answered(question.modelData.id, now);
                        }
                    }
                }
            }
        }
    }
}
