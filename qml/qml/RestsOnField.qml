pragma ComponentBehavior: Bound
import QtQuick
import Saskati

// The planted details a choice, a move, an answer option or a harmful referral acts on (`restsOn`): the
// debrief traces what the trainee did back to the leading question that planted the detail. Shown only when
// the scenario declares planted details.
IdListField {
    id: root

    readonly property var details: editor.plantedDetailIds

    // Also when the scenario no longer declares any: what is listed here can still be taken out.
    visible: details.length > 0 || chosen.length > 0
    label: qsTr("Acts on a planted detail:")
    // Each declared detail by its words in the interface's language (its name when it has none).
    options: {
        const list = [];
        const count = editor.revision >= 0 ? editor.count("plantedDetails") : 0;
        for (let i = 0; i < count; ++i) {
            const id = String(editor.value("plantedDetails[" + i + "].id") ?? "");
            if (id.length > 0)
                list.push({
                    "id": id,
                    "name": String(editor.value("plantedDetails[" + i + "].detail." + AppContext.language) || id)
                });
        }
        return list;
    }
}
