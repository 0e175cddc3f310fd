pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// The trainee's judgement: every answer is recorded as it is given. It lives in the play screen's scrolling
// column; a question's options stay in place when one is ticked (the next click lands where it was aimed).
Column {
    id: root

    // PlaySession.questionModel: rows of {id, prompt, single, options: [{id, text}], selected: [ids]}.
    required property var questions

    signal answered(string question, var options)
    signal focusedItem(Item item)

    spacing: Theme.margin

    Repeater {
        model: root.questions
        delegate: Column {
            id: question
            required property var entry
            // Replaced only when the options themselves change (another language), not when one is ticked.
            property var options: []
            function isSelected(id: string): bool {
                return entry.selected.indexOf(id) >= 0;
            }
            onEntryChanged: {
                if (JSON.stringify(entry.options) !== JSON.stringify(options))
                    options = entry.options;
            }
            Component.onCompleted: options = entry.options

            width: root.width
            spacing: Theme.gap / 2
            Label {
                width: parent.width
                text: question.entry.prompt
                textFormat: Text.PlainText
                font.pixelSize: Theme.body
                font.bold: true
                wrapMode: Text.WordWrap
                color: Theme.ink
            }
            Repeater {
                model: question.options
                delegate: question.entry.single ? radio : check
            }
            Component {
                id: radio
                RadioButton {
                    id: option
                    required property var modelData
                    objectName: "answer_" + question.entry.id + "_" + modelData.id
                    width: question.width
                    text: modelData.text
                    font.pixelSize: Theme.body
                    checked: question.isSelected(modelData.id)
                    Accessible.name: modelData.text
                    contentItem: Text {
                        leftPadding: option.indicator.width + option.spacing
                        text: option.text
                        textFormat: Text.PlainText
                        font: option.font
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                    }
                    onClicked: {
                        root.answered(question.entry.id, [modelData.id]);
                        checked = Qt.binding(() => question.isSelected(modelData.id));
                    }
                    onActiveFocusChanged: if (activeFocus && focusReason !== Qt.MouseFocusReason)
                        root.focusedItem(option)
                }
            }
            Component {
                id: check
                CheckBox {
                    id: option
                    required property var modelData
                    objectName: "answer_" + question.entry.id + "_" + modelData.id
                    width: question.width
                    text: modelData.text
                    font.pixelSize: Theme.body
                    checked: question.isSelected(modelData.id)
                    Accessible.name: modelData.text
                    contentItem: Text {
                        leftPadding: option.indicator.width + option.spacing
                        text: option.text
                        textFormat: Text.PlainText
                        font: option.font
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                    }
                    onClicked: {
                        const now = question.entry.selected.filter(s => s !== modelData.id);
                        if (checked)
                            now.push(modelData.id);
                        root.answered(question.entry.id, now);
                        checked = Qt.binding(() => question.isSelected(modelData.id));
                    }
                    onActiveFocusChanged: if (activeFocus && focusReason !== Qt.MouseFocusReason)
                        root.focusedItem(option)
                }
            }
        }
    }
}
