pragma ComponentBehavior: Bound
import QtQuick
import Saskati

// The planted details a choice, a move, an answer option or a harmful referral acts on (`restsOn`): the
// debrief traces what the trainee did back to the leading question that planted the detail. Shown only when
// the scenario declares planted details.
IdListField {
    id: root

    readonly property var details: editor.plantedDetailIds

    visible: details.length > 0
    label: qsTr("Acts on a planted detail:")
    options: editor.revision >= 0 ? Array.from(details).map((id, i) => ({
                "id": id,
                "name": String(editor.value("plantedDetails[" + i + "].detail." + AppContext.language) || id)
            })) : []
}
