pragma ComponentBehavior: Bound
import QtQuick
import Saskati

// One part of a line: its words in every language, and what it is — plain, a sign of an indicator from the
// catalogue (its strength and dimension named), or a distractor — with the feedback a trainee reads.
Column {
    id: root

    required property ScenarioEditor editor
    required property string path
    // A line's part has "text"; a hotspot, a "label".
    property string textKey: "text"
    readonly property int revision: editor.revision
    readonly property bool isCue: revision >= 0 && editor.has(path + ".cue")
    readonly property bool isDistractor: revision >= 0 && editor.has(path + ".distractor")
    // The choices of the mark box: plain, distractor, then the catalogue's indicators.
    readonly property var marks: {
        const list = [
            {
                "id": "",
                "name": qsTr("Plain words")
            },
            {
                "id": "*distractor",
                "name": qsTr("Distractor (looks like a sign, is not)")
            }
        ];
        for (const i of AppContext.indicators)
            list.push({
                "id": i.id,
                "name": qsTr("Sign: %1 (%2, %3)").arg(i.name).arg(i.strength).arg(i.dimension)
            });
        return list;
    }

    spacing: 4

    LocalizedField {
        id: words
        width: root.width
        editor: root.editor
        path: root.path + "." + root.textKey
        label: root.textKey === "label" ? qsTr("What the region shows") : ""
        multiline: true
    }
    // The mark and the split, side by side while they fit (a longer language wraps them).
    Flow {
        width: root.width
        spacing: Theme.gap
        AppComboBox {
            objectName: "mark_" + root.path
            width: Math.min(520, root.width * 0.6)
            font.pixelSize: Theme.small
            model: root.marks
            textRole: "name"
            valueRole: "id"
            Accessible.name: qsTr("What this part is")
            currentIndex: root.isDistractor ? 1 : root.isCue ? root.marks.findIndex(m => m.id === String(root.editor.value(root.path + ".cue.indicator"))) : 0
            onActivated: index => {
                const id = root.marks[index].id;
                if (id === "")
                    root.editor.unmark(root.path);
                else if (id === "*distractor")
                    root.editor.markDistractor(root.path);
                else
                    root.editor.markCue(root.path, id);
            }
        }
        AppButton {
            visible: root.textKey === "text"
            objectName: "split_" + root.path
            text: qsTr("Split at the selection")
            font.pixelSize: Theme.small
            enabled: words.selection.language !== undefined
            Accessible.description: qsTr("Cut this part in three at the words selected above, to mark them alone")
            onClicked: root.editor.splitSegment(root.path, words.selection.language, words.selection.start, words.selection.end)
        }
    }
    LocalizedField {
        visible: root.isCue || root.isDistractor
        width: root.width
        editor: root.editor
        path: root.path + (root.isCue ? ".cue.feedback" : ".distractor.feedback")
        label: root.isCue ? qsTr("Feedback when it is noticed or missed") : qsTr("Feedback when it is flagged")
        multiline: true
    }
}
