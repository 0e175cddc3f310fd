pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// Create a seminar (title, place, audience, scenarios) or reopen an earlier one.
Pane {
    id: root

    required property SeminarController controller
    property var chosen: ({}) // scenario id -> true
    readonly property var roles: AppContext.roles
    // A JavaScript array; qmllint 6.4 takes the literal for a QVariantList without concat().
    readonly property var audienceNames: [qsTr("Mixed audience")].concat(roles.map(r => r.name)) // qmllint disable

    signal opened

    function toggle(scenarioId: string) {
        const copy = Object.assign({}, root.chosen);
        if (copy[scenarioId])
            delete copy[scenarioId];
        else
            copy[scenarioId] = true;
        root.chosen = copy;
    }
    function create() {
        const audience = audienceBox.currentIndex > 0 ? root.roles[audienceBox.currentIndex - 1].id : "";
        if (root.controller.create(titleField.text, placeField.text, audience, Object.keys(root.chosen)))
            root.opened();
    }

    background: null
    Component.onCompleted: {
        root.controller.refresh();
        titleField.forceActiveFocus();
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin * 2

        // A new seminar.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.gap

            Label {
                Layout.fillWidth: true
                text: qsTr("New seminar")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.ink
            }
            Label {
                text: qsTr("Title")
                font.pixelSize: Theme.small
                color: Theme.mutedInk
            }
            TextField {
                id: titleField
                objectName: "seminarTitle"
                Layout.fillWidth: true
                font.pixelSize: Theme.body
                placeholderText: qsTr("e.g. Liepāja, social workers")
                Accessible.name: qsTr("Seminar title")
                KeyNavigation.tab: placeField
            }
            Label {
                text: qsTr("Place")
                font.pixelSize: Theme.small
                color: Theme.mutedInk
            }
            TextField {
                id: placeField
                Layout.fillWidth: true
                font.pixelSize: Theme.body
                Accessible.name: qsTr("Place")
                KeyNavigation.tab: audienceBox
            }
            Label {
                text: qsTr("Audience")
                font.pixelSize: Theme.small
                color: Theme.mutedInk
            }
            AppComboBox {
                id: audienceBox
                objectName: "seminarAudience"
                Layout.fillWidth: true
                font.pixelSize: Theme.body
                model: root.audienceNames
                Accessible.name: qsTr("Audience")
                KeyNavigation.tab: scenarioList
            }
            Label {
                text: qsTr("Scenarios for this seminar (Space to choose)")
                font.pixelSize: Theme.small
                color: Theme.mutedInk
            }
            ListView {
                id: scenarioList
                objectName: "seminarScenarios"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: AppContext.scenarios
                spacing: 4
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.name: qsTr("Scenarios for this seminar")
                KeyNavigation.tab: createButton
                Keys.onSpacePressed: {
                    if (currentIndex < 0 && count > 0)
                        currentIndex = 0; // the list filled after it took the focus
                    // Untyped: Qt 6.4 casts a delegate to its inline component type as null.
                    const row = itemAtIndex(currentIndex);
                    if (row)
                        root.toggle(row.scenarioId); // qmllint disable
                }
                delegate: ScenarioRow {}
            }
            AppButton {
                id: createButton
                objectName: "createSeminar"
                primary: true
                text: qsTr("Open the seminar")
                enabled: titleField.text.trim().length > 0
                onClicked: root.create()
            }
            Label {
                Layout.fillWidth: true
                visible: root.controller.error.length > 0
                text: root.controller.error
                color: Theme.danger
                font.pixelSize: Theme.small
                wrapMode: Text.WordWrap
            }
        }

        // Earlier seminars: a seminar may span days, or be reopened to add a scenario.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: Theme.gap

            Label {
                Layout.fillWidth: true
                text: qsTr("Reopen a seminar")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.ink
            }
            Label {
                visible: root.controller.seminars.length === 0
                text: qsTr("No seminars yet.")
                font.pixelSize: Theme.body
                color: Theme.mutedInk
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.gap / 2
                model: root.controller.seminars
                delegate: Column {
                    id: seminarEntry
                    required property var modelData
                    width: ListView.view.width
                    spacing: Theme.gap / 2
                    AppButton {
                        objectName: seminarEntry.modelData.interrupted ? "resumeSeminar" : ""
                        width: seminarEntry.width
                        textAlignment: Text.AlignLeft
                        primary: seminarEntry.modelData.interrupted
                        // A seminar a crash stopped: reopening it resumes its scenario where it stopped.
                        text: (seminarEntry.modelData.interrupted ? qsTr("Interrupted: resume “%1” where it stopped").arg(seminarEntry.modelData.interruptedScenario) + "\n" : "") + seminarEntry.modelData.title + "\n" + [seminarEntry.modelData.date, seminarEntry.modelData.place].filter(s => s.length > 0).join(" · ")
                        Accessible.name: seminarEntry.modelData.interrupted ? qsTr("Resume %1").arg(seminarEntry.modelData.title) : qsTr("Reopen %1").arg(seminarEntry.modelData.title)
                        onClicked: {
                            if (root.controller.reopen(seminarEntry.modelData.id))
                                root.opened();
                        }
                    }
                    AppButton {
                        objectName: seminarEntry.modelData.interrupted ? "closeInterrupted" : ""
                        visible: seminarEntry.modelData.interrupted
                        width: seminarEntry.width
                        textAlignment: Text.AlignLeft
                        font.pixelSize: Theme.small
                        text: qsTr("Do not resume: close it as interrupted")
                        onClicked: root.controller.closeInterrupted(seminarEntry.modelData.id)
                    }
                }
            }
        }
    }

    component ScenarioRow: Rectangle {
        id: row

        required property string scenarioId
        required property string title
        required property int minutes
        required property int index

        width: ListView.view.width
        height: rowLabel.implicitHeight + Theme.gap
        radius: Theme.radius
        color: root.chosen[row.scenarioId] ? Qt.lighter(Theme.accent, 1.9) : Theme.surface
        // The keyboard's place in the list (a ListView highlight cannot see this file's ids when Bound).
        border.width: row.ListView.isCurrentItem && row.ListView.view.activeFocus ? 3 : 1
        border.color: border.width > 1 ? Theme.focus : Theme.line

        CheckBox {
            id: rowLabel
            anchors.fill: parent
            anchors.leftMargin: Theme.gap / 2
            checked: root.chosen[row.scenarioId] === true
            focusPolicy: Qt.NoFocus
            text: row.title + "  ·  " + qsTr("%1 min").arg(row.minutes)
            font.pixelSize: Theme.body
            Accessible.name: row.title
            onClicked: {
                row.ListView.view.currentIndex = row.index;
                root.toggle(row.scenarioId);
            }
        }
    }
}
