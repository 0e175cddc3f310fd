pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQml.Models

// Compose the referral plan: tick institutions in the directory, set how urgent each is, put them in order, save.
// It lives in the play screen's scrolling column, so it has no scrolling of its own; on a wide screen the
// directory and the plan stand side by side, on a narrow one the plan comes under the directory.
Column {
    id: root

    required property string prompt
    // The plan as last saved: the save button says so until the trainee changes something.
    property bool saved: false
    property bool editedSinceSave: false
    // Side by side while each half has room for an institution's name on a line or two.
    readonly property bool sideBySide: width >= 760 * Theme.scale
    readonly property int columnWidth: sideBySide ? (width - Theme.margin) / 2 : width
    readonly property var urgencies: [{
            "id": "immediate",
            "name": qsTr("Immediately")
        }, {
            "id": "same-day",
            "name": qsTr("The same day")
        }, {
            "id": "within-days",
            "name": qsTr("Within days")
        }, {
            "id": "when-ready",
            "name": qsTr("When the person is ready")
        }]

    signal submitted(var plan)
    signal focusedItem(Item item)

    // The plan as [{institution, name, urgency}] in order.
    function entries(): var {
        const list = [];
        for (let i = 0; i < planModel.count; ++i) {
            const step = planModel.get(i);
            list.push({
                "institution": step.institution,
                "name": step.name,
                "urgency": step.urgency
            });
        }
        return list;
    }
    function load(plan: var) {
        planModel.clear();
        for (const step of plan)
            planModel.append({
                "institution": step.institution,
                "name": step.name,
                "urgency": step.urgency
            });
        editedSinceSave = false;
    }
    function indexOf(id: string): int {
        for (let i = 0; i < planModel.count; ++i)
            if (planModel.get(i).institution === id)
                return i;
        return -1;
    }
    function contains(id: string): bool {
        return indexOf(id) >= 0;
    }
    function toggle(institution: var) {
        const at = indexOf(institution.id);
        if (at >= 0)
            planModel.remove(at);
        else
            planModel.append({
                "institution": institution.id,
                "name": institution.name,
                "urgency": "same-day"
            });
        editedSinceSave = true;
    }
    function move(index: int, delta: int) {
        const to = index + delta;
        if (to < 0 || to >= planModel.count)
            return;
        planModel.move(index, to, 1);
        editedSinceSave = true;
    }
    function setUrgency(index: int, urgency: string) {
        planModel.setProperty(index, "urgency", urgency);
        editedSinceSave = true;
    }

    spacing: Theme.gap

    ListModel {
        id: planModel
    }

    Label {
        width: root.width
        text: root.prompt
        textFormat: Text.PlainText
        font.pixelSize: Theme.body
        wrapMode: Text.WordWrap
        color: Theme.ink
    }

    Grid {
        width: root.width
        columns: root.sideBySide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.margin

        Column {
            id: directory
            objectName: "institutionDirectory"
            width: root.columnWidth
            spacing: 2
            Label {
                width: parent.width
                text: qsTr("Who should be involved?")
                font.pixelSize: Theme.body
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: AppContext.institutions
                delegate: CheckDelegate {
                    id: institution
                    required property var modelData
                    objectName: "institution_" + modelData.id
                    width: directory.width
                    text: modelData.name
                    font.pixelSize: Theme.small
                    checked: planModel.count >= 0 && root.contains(modelData.id)
                    ToolTip.visible: hovered && modelData.whenToInvolve.length > 0
                    ToolTip.text: modelData.whenToInvolve
                    ToolTip.delay: 600
                    Accessible.name: modelData.name
                    Accessible.description: modelData.whenToInvolve
                    contentItem: Text {
                        rightPadding: institution.indicator.width + institution.spacing
                        text: institution.text
                        textFormat: Text.PlainText
                        font: institution.font
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                    }
                    onClicked: {
                        root.toggle(modelData);
                        // A click toggles the box itself; the plan decides.
                        checked = Qt.binding(() => planModel.count >= 0 && root.contains(modelData.id));
                    }
                    onActiveFocusChanged: if (activeFocus && focusReason !== Qt.MouseFocusReason)
                        root.focusedItem(institution)
                }
            }
        }

        Column {
            id: planColumn
            objectName: "referralPlan"
            width: root.columnWidth
            spacing: Theme.gap / 2
            Label {
                width: parent.width
                text: qsTr("Your plan, in order")
                font.pixelSize: Theme.body
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Label {
                width: parent.width
                visible: planModel.count === 0
                text: qsTr("Tick the institutions to involve. Then set how urgent each one is and put them in the order you would contact them.")
                font.pixelSize: Theme.small
                color: Theme.mutedInk
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: planModel
                delegate: Rectangle {
                    id: step
                    required property int index
                    required property string institution
                    required property string name
                    required property string urgency
                    objectName: "planStep_" + institution
                    width: planColumn.width
                    implicitHeight: stepContent.implicitHeight + Theme.gap
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.line
                    Column {
                        id: stepContent
                        x: Theme.gap / 2
                        y: Theme.gap / 2
                        width: parent.width - Theme.gap
                        spacing: Theme.gap / 2
                        Label {
                            width: parent.width
                            text: (step.index + 1) + ". " + step.name
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.small
                            font.bold: true
                            wrapMode: Text.WordWrap
                            color: Theme.ink
                        }
                        Flow {
                            width: parent.width
                            spacing: Theme.gap / 2
                            AppComboBox {
                                id: urgencyBox
                                objectName: "urgency_" + step.institution
                                width: Math.min(parent.width, 260 * Theme.scale)
                                model: root.urgencies
                                textRole: "name"
                                valueRole: "id"
                                font.pixelSize: Theme.small
                                currentIndex: root.urgencies.findIndex(u => u.id === step.urgency)
                                Accessible.name: qsTr("How urgent: %1").arg(step.name)
                                onActivated: root.setUrgency(step.index, currentValue)
                                onActiveFocusChanged: if (activeFocus && focusReason !== Qt.MouseFocusReason)
                                    root.focusedItem(urgencyBox)
                            }
                            AppButton {
                                objectName: "moveUp_" + step.institution
                                text: "↑"
                                Accessible.name: qsTr("Earlier: %1").arg(step.name)
                                enabled: step.index > 0
                                onClicked: root.move(step.index, -1)
                            }
                            AppButton {
                                text: "↓"
                                Accessible.name: qsTr("Later: %1").arg(step.name)
                                enabled: step.index < planModel.count - 1
                                onClicked: root.move(step.index, 1)
                            }
                            AppButton {
                                text: "✕"
                                Accessible.name: qsTr("Take out of the plan: %1").arg(step.name)
                                onClicked: root.toggle({
                                    "id": step.institution
                                })
                            }
                        }
                    }
                }
            }
            AppButton {
                id: saveButton
                objectName: "submitReferral"
                width: parent.width
                primary: true
                enabled: planModel.count > 0
                text: root.saved && !root.editedSinceSave ? qsTr("Saved ✓") : qsTr("Save this plan")
                onClicked: {
                    root.submitted(root.entries().map(p => ({
                                    "institution": p.institution,
                                    "urgency": p.urgency
                                })));
                    root.editedSinceSave = false;
                }
                onActiveFocusChanged: if (activeFocus && focusReason !== Qt.MouseFocusReason)
                    root.focusedItem(saveButton)
            }
            Label {
                objectName: "planSavedNote"
                width: parent.width
                visible: root.saved && !root.editedSinceSave
                text: qsTr("Plan saved. You can change it and save again before you go on.")
                font.pixelSize: Theme.small
                color: Theme.good
                wrapMode: Text.WordWrap
            }
        }
    }
}
