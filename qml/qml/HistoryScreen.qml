pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// My history: every attempt of the signed-in participant, newest first; a finished one opens its debrief again,
// read-only.
Item {
    id: root

    property var attempts: AppContext.history()
    property DebriefScreen debriefView: null

    function statusName(status: string): string {
        if (status === "completed")
            return qsTr("completed");
        if (status === "abandoned")
            return qsTr("stopped");
        return qsTr("not finished");
    }
    function openDebrief(attempt: string) {
        if (viewer.resume(attempt))
            root.debriefView = debriefComponent.createObject(debriefLayer);
    }
    function closeDebrief() {
        root.debriefView?.destroy();
        root.debriefView = null;
    }

    // Dates and titles in the interface language.
    Connections {
        target: AppContext
        function onLanguageChanged() {
            root.attempts = AppContext.history();
        }
    }
    // The finished attempt being read again (its own session: an attempt in play is not disturbed).
    PlaySession {
        id: viewer
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Label {
            text: qsTr("My history")
            font.pixelSize: Theme.title
            color: Theme.ink
        }
        Label {
            visible: root.attempts.length === 0
            text: qsTr("No attempts yet.")
            font.pixelSize: Theme.body
            color: Theme.mutedInk
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: root.attempts
            delegate: Rectangle {
                id: attempt
                required property var modelData
                required property int index
                readonly property bool finished: modelData.status !== "in-progress"
                objectName: "historyRow-" + index
                width: list.width
                implicitHeight: row.implicitHeight + Theme.gap
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.line
                RowLayout {
                    id: row
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    Label {
                        Layout.fillWidth: true
                        text: attempt.modelData.title
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.body
                        color: Theme.ink
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "historyDate"
                        text: attempt.modelData.started + "  ·  " + root.statusName(attempt.modelData.status)
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                    }
                    Label {
                        text: attempt.modelData.percent === undefined ? "—" : attempt.modelData.percent + " %"
                        font.pixelSize: Theme.subtitle
                        color: Theme.accent
                    }
                    AppButton {
                        objectName: "historyDebrief"
                        visible: attempt.finished
                        text: qsTr("Debrief")
                        Accessible.name: qsTr("Open the debrief of %1 from %2").arg(attempt.modelData.title).arg(attempt.modelData.started)
                        onClicked: root.openDebrief(attempt.modelData.uuid)
                    }
                }
            }
        }
    }

    // Created when asked for and destroyed after (a Loader cannot create a bound component in Qt 6.4).
    Rectangle {
        id: debriefLayer
        anchors.fill: parent
        visible: root.debriefView !== null
        color: Theme.background
    }
    Component {
        id: debriefComponent
        DebriefScreen {
            anchors.fill: parent
            session: viewer
            readOnly: true
            onDone: root.closeDebrief()
        }
    }
}
