pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// One text of the scenario in each of its languages, side by side (Latvian first, as the file declares them).
// Typing writes through the editor: one undo step per field until the field loses focus.
Column {
    id: root

    required property ScenarioEditor editor
    // The text's path: "scenes[0].title"; each language's field edits path + ".lv", path + ".en"...
    required property string path
    property string label
    property bool multiline: false
    // Long one-line texts (a choice's words) wrap, but Return does not start a new line.
    property bool wraps: multiline
    // The last selection in a field: {language, start, end} (the line editor splits a segment there).
    property var selection: ({})

    width: parent ? parent.width : 400
    spacing: 2

    Label {
        width: root.width
        visible: root.label.length > 0
        wrapMode: Text.WordWrap
        text: root.label
        font.pixelSize: Theme.small
        font.bold: true
        color: Theme.mutedInk
    }
    Row {
        width: root.width
        spacing: Theme.gap
        Repeater {
            model: root.editor.languages
            delegate: TextArea {
                id: field
                required property string modelData
                readonly property string fieldPath: root.path + "." + modelData
                objectName: "field_" + fieldPath
                // Guarded: a row being removed may still evaluate once after its field is gone.
                readonly property int languageCount: root ? Math.max(1, root.editor.languages.length) : 1
                width: root ? (root.width - Theme.gap * (languageCount - 1)) / languageCount : 0
                text: root && root.editor.revision >= 0 ? String(root.editor.value(fieldPath) ?? "") : ""
                textFormat: TextEdit.PlainText
                wrapMode: root.wraps ? TextEdit.Wrap : TextEdit.NoWrap
                font.pixelSize: Theme.small
                placeholderText: modelData.toUpperCase()
                Accessible.name: (root.label.length > 0 ? root.label : root.path) + " (" + modelData + ")"
                selectByMouse: true
                // Tab moves on: a scenario's texts are written field after field.
                KeyNavigation.priority: KeyNavigation.BeforeItem
                Keys.onTabPressed: event => {
                    event.accepted = false;
                    nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
                }
                Keys.onReturnPressed: event => {
                    event.accepted = !root.multiline;
                }
                background: Rectangle {
                    color: Theme.surface
                    border.width: field.activeFocus ? 2 : 1
                    border.color: field.activeFocus ? Theme.focus : Theme.line
                    radius: 4
                }
                onTextChanged: {
                    if (activeFocus && text !== String(root.editor.value(fieldPath) ?? ""))
                        root.editor.setValue(fieldPath, text);
                }
                onSelectedTextChanged: {
                    if (selectedText.length > 0)
                        root.selection = {
                            "language": modelData,
                            "start": selectionStart,
                            "end": selectionEnd
                        };
                }
                onActiveFocusChanged: {
                    if (!activeFocus)
                        root.editor.endTyping();
                }
            }
        }
    }
}
