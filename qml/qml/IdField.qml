import QtQuick
import Saskati
import QtQuick.Controls

// The name (id) of a variable or a planted detail at `path`. A new name is taken when the field is left or
// Return pressed, and renames every condition, effect, "plants" and "restsOn" that uses it (one undo step);
// a name already used is refused and the field shows the current one again. Esc also goes back to it.
TextField {
    id: root

    required property ScenarioEditor editor
    required property string path
    readonly property string current: editor.revision >= 0 ? String(editor.value(path + ".id") ?? "") : ""

    function commit() {
        if (text !== current && !editor.renameId(path, text))
            text = current;
    }

    selectByMouse: true
    Component.onCompleted: text = current
    onCurrentChanged: text = current
    onEditingFinished: commit()
    Keys.onEscapePressed: event => {
        event.accepted = text !== current;
        text = current;
    }
}
