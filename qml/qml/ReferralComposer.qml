pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// Compose the referral plan: pick institutions from the directory, set how urgent each is, put them in order.
ColumnLayout {
    id: root

    required property string prompt
    property var plan: []
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

    function contains(id: string): bool {
        return plan.some(p => p.institution === id);
    }
    function toggle(institution: var) {
        if (contains(institution.id))
            plan = plan.filter(p => p.institution !== institution.id);
        else
            plan = plan.concat([{
                        "institution": institution.id,
                        "name": institution.name,
                        "urgency": "same-day"
                    }]);
    }
    function move(index: int, delta: int) {
        const to = index + delta;
        if (to < 0 || to >= plan.length)
            return;
        const copy = plan.slice();
        const item = copy.splice(index, 1)[0];
        copy.splice(to, 0, item);
        plan = copy;
    }
    function setUrgency(index: int, urgency: string) {
        const copy = plan.slice();
        copy[index] = Object.assign({}, copy[index], {
                "urgency": urgency
            });
        plan = copy;
    }

    spacing: Theme.gap
    Label {
        Layout.fillWidth: true
        text: root.prompt
        font.pixelSize: Theme.body
        wrapMode: Text.WordWrap
        color: Theme.ink
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.gap
        ListView {
            id: directory
            objectName: "institutionDirectory"
            // Equal preferred widths: the directory and the plan share the row half and half.
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: AppContext.institutions
            keyNavigationEnabled: true
            delegate: CheckDelegate {
                required property var modelData
                width: directory.width
                text: modelData.name
                font.pixelSize: Theme.small
                checked: root.contains(modelData.id)
                ToolTip.visible: hovered
                ToolTip.text: modelData.whenToInvolve
                Accessible.name: modelData.name
                Accessible.description: modelData.whenToInvolve
                onClicked: root.toggle(modelData)
            }
            ScrollBar.vertical: ScrollBar {}
        }
        ColumnLayout {
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            Label {
                text: qsTr("Your plan, in order")
                font.pixelSize: Theme.body
                font.bold: true
                color: Theme.ink
            }
            Repeater {
                model: root.plan
                delegate: RowLayout {
                    id: step
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: (step.index + 1) + ". " + step.modelData.name
                        font.pixelSize: Theme.small
                        wrapMode: Text.WordWrap
                        color: Theme.ink
                    }
                    ComboBox {
                        model: root.urgencies
                        textRole: "name"
                        valueRole: "id"
                        font.pixelSize: Theme.small
                        currentIndex: root.urgencies.findIndex(u => u.id === step.modelData.urgency)
                        Layout.preferredWidth: 230 * Theme.scale
                        Accessible.name: qsTr("How urgent")
                        onActivated: root.setUrgency(step.index, currentValue)
                    }
                    AppButton {
                        text: "↑"
                        Accessible.name: qsTr("Earlier")
                        enabled: step.index > 0
                        onClicked: root.move(step.index, -1)
                    }
                    AppButton {
                        text: "↓"
                        Accessible.name: qsTr("Later")
                        enabled: step.index < root.plan.length - 1
                        onClicked: root.move(step.index, 1)
                    }
                }
            }
            Item {
                Layout.fillHeight: true
            }
            AppButton {
                objectName: "submitReferral"
                Layout.fillWidth: true
                primary: true
                enabled: root.plan.length > 0
                text: qsTr("Save this plan")
                onClicked: root.submitted(root.plan.map(p => ({
                                "institution": p.institution,
                                "urgency": p.urgency
                            })))
            }
        }
    }
}
