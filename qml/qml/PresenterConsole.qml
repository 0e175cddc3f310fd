pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The lecturer's laptop: what comes next, notes for the discussion, a timer, who joined and who answered, the
// room's choice (majority or override), a show of hands, and the controls. Names appear only here.
Pane {
    id: root

    required property SeminarController controller
    property int elapsed: 0 // seconds in the current phase
    property int countdown: 0 // seconds left of an optional answer timer; 0: none
    readonly property var counters: controller.counters
    readonly property var takeawayPdf: controller.takeawayPdf // {file, url, pages, unchecked}
    readonly property string takeawayPdfFile: takeawayPdf.file ?? ""
    readonly property int takeawayPdfUnchecked: takeawayPdf.unchecked ?? 0
    // The right column: wide enough for its buttons at any font scale, never more than half the console.
    readonly property real sideWidth: Math.min(width * 0.5, Math.max(width * 0.36, 330 * Theme.scale))

    readonly property string nextLabel: {
        switch (controller.checkPhase) {
        case "open":
            return qsTr("Close answers");
        case "closed":
            return controller.checkRound === "after" && controller.takeawayAvailable ? qsTr("Show the take-away") : qsTr("Back to the room");
        case "takeaway":
            return qsTr("Next");
        }
        switch (controller.phase) {
        case "scene":
            return controller.shownLines < controller.lines.length ? qsTr("Next message") : qsTr("Open answers");
        case "open":
            return qsTr("Close answers");
        case "closed":
            return qsTr("Reveal the answers");
        case "revealed":
            return qsTr("Go on");
        default:
            return qsTr("Next");
        }
    }
    readonly property string phaseLabel: {
        switch (controller.checkPhase) {
        case "open":
            return qsTr("Knowledge check open");
        case "closed":
            return qsTr("Knowledge check closed");
        case "takeaway":
            return qsTr("Take-away on screen");
        }
        switch (controller.phase) {
        case "lobby":
            return qsTr("Waiting to start");
        case "scene":
            return qsTr("Scene on screen");
        case "open":
            return qsTr("Answers open");
        case "closed":
            return qsTr("Answers closed");
        case "revealed":
            return qsTr("Spread revealed: discuss");
        case "ended":
            return qsTr("Scenario ended");
        default:
            return "";
        }
    }

    signal leaveRequested

    // J and "Open joining": on the network chosen here.
    function toggleJoining() {
        if (root.controller.joiningOpen)
            root.controller.closeJoining();
        else
            root.controller.openJoining(interfaceBox.currentIndex);
    }

    background: Rectangle {
        color: Theme.background
    }

    Connections {
        target: root.controller
        function onChanged() {
            root.elapsed = 0;
            if (root.controller.phase !== "open")
                root.countdown = 0;
        }
    }
    Timer {
        interval: 1000
        repeat: true
        running: root.controller.running
        onTriggered: {
            root.elapsed += 1;
            if (root.countdown > 0) {
                root.countdown -= 1;
                if (root.countdown === 0 && root.controller.phase === "open")
                    root.controller.next(); // the timer closes the answers; the lecturer may close earlier
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        // Status line: the title may wrap; the phase, time and counts stay whole.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin
            Label {
                objectName: "consoleTitle"
                Layout.fillWidth: true
                text: root.controller.title + (root.controller.running ? " — " + root.controller.scenarioTitle : "")
                textFormat: Text.PlainText
                font.pixelSize: Theme.subtitle
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
                elide: Text.ElideRight
            }
            Label {
                objectName: "consolePhase"
                text: root.phaseLabel
                font.pixelSize: Theme.body
                font.bold: true
                color: Theme.accent
            }
            Label {
                text: Math.floor(root.elapsed / 60) + ":" + String(root.elapsed % 60).padStart(2, "0") + (root.countdown > 0 ? "  ⏱ " + root.countdown + " s" : "")
                font.pixelSize: Theme.body
                color: Theme.mutedInk
                Accessible.name: qsTr("Time in this step")
            }
            Label {
                objectName: "consoleCounts"
                text: root.controller.checkPhase === "open" ? qsTr("Joined: %1  ·  Answered all: %2").arg(root.controller.joined).arg(root.controller.checkComplete) : qsTr("Joined: %1  ·  Answered: %2").arg(root.controller.joined).arg(root.controller.answered)
                font.pixelSize: Theme.body
                color: Theme.ink
            }
        }

        // The decision on the left, the room on the right; sizes set here, not taken from the content (a
        // ScrollView sized by its content inside a layout loops its polish).
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The decision: notes, options with counts, the room's choice, hands; or the summary at the end.
            // A Flickable told its content's size (a ScrollView sized by its content polishes in a loop), and a
            // Column of width-bound items.
            Flickable {
                id: decisionView
                objectName: "consoleDecision"
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                width: parent.width - root.sideWidth - Theme.margin
                contentWidth: width
                contentHeight: decisionColumn.height
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                ScrollBar.vertical: ScrollBar {
                    id: decisionScroll
                }

                Column {
                    id: decisionColumn
                    width: decisionView.width - decisionScroll.width
                    spacing: Theme.gap

                    Label {
                        width: decisionColumn.width
                        visible: root.controller.running && root.controller.phase !== "ended"
                        text: root.controller.sceneTitle + (root.controller.progressText.length > 0 ? "  ·  " + root.controller.progressText : "")
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.subtitle
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        width: decisionColumn.width
                        visible: text.length > 0 && root.controller.phase !== "ended"
                        text: root.controller.setting
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.body
                        font.italic: true
                        color: Theme.mutedInk
                        wrapMode: Text.WordWrap
                    }
                    // In a conversation: practice (the revealed moves show their question types) or assessment.
                    CheckBox {
                        id: feedbackBox
                        objectName: "consoleFeedback"
                        width: decisionColumn.width
                        checked: root.controller.feedbackAfterEachMove
                        visible: root.controller.sceneKind === "conversation" && root.controller.phase !== "ended"
                        text: qsTr("Practice: the room sees each question's type when revealed (off: assessment, only at the end)")
                        font.pixelSize: Theme.small
                        Accessible.name: text
                        onToggled: root.controller.feedbackAfterEachMove = checked
                        contentItem: Label {
                            leftPadding: feedbackBox.indicator.width + feedbackBox.spacing
                            text: feedbackBox.text
                            font: feedbackBox.font
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                    Label {
                        width: decisionColumn.width
                        visible: root.controller.choices.count > 0 && root.controller.phase !== "ended"
                        text: qsTr("Options (the key is for you: the room sees it only when revealed)")
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                        wrapMode: Text.WordWrap
                    }
                    Column {
                        id: choiceList
                        width: decisionColumn.width
                        spacing: Theme.gap

                        Repeater {
                            model: root.controller.phase !== "ended" ? root.controller.choices : []
                            delegate: ChoiceRow {
                                width: choiceList.width
                            }
                        }
                    }
                    Label {
                        width: decisionColumn.width
                        visible: root.controller.cues.count > 0 && root.controller.phase !== "ended"
                        text: qsTr("Signs in this scene, and how many flagged them")
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                        wrapMode: Text.WordWrap
                    }
                    Column {
                        id: cueList
                        width: decisionColumn.width

                        Repeater {
                            model: root.controller.phase !== "ended" ? root.controller.cues : []
                            delegate: Label {
                                id: cueRow
                                required property var entry
                                width: cueList.width
                                text: (cueRow.entry.cue ? "● " : "○ ") + "“" + cueRow.entry.text + "” — " + (cueRow.entry.cue ? cueRow.entry.indicator : qsTr("not a sign")) + ": " + cueRow.entry.count + " (" + cueRow.entry.percent + " %)"
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.small
                                color: cueRow.entry.cue ? Theme.ink : Theme.warning
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                    SeminarSummary {
                        width: decisionColumn.width
                        visible: root.controller.phase === "ended"
                        summary: root.controller.summary
                    }
                }
            }

            // The room and the seminar: scenarios, joining, who is here.
            ColumnLayout {
                objectName: "consoleSide"
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                width: root.sideWidth
                spacing: Theme.gap

                Label {
                    text: qsTr("Scenario")
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                }
                AppComboBox {
                    id: scenarioBox
                    objectName: "consoleScenario"
                    Layout.fillWidth: true
                    enabled: !root.controller.running || root.controller.phase === "ended"
                    model: AppContext.scenarios
                    textRole: "title"
                    valueRole: "scenarioId"
                    font.pixelSize: Theme.body
                    Accessible.name: qsTr("Scenario to play")
                    Component.onCompleted: {
                        const planned = root.controller.plannedScenarios;
                        if (planned.length > 0)
                            currentIndex = Math.max(0, indexOfValue(planned[0]));
                    }
                }
                CheckBox {
                    id: phonesBox
                    Layout.fillWidth: true
                    checked: true
                    enabled: scenarioBox.enabled
                    text: qsTr("Participants answer on phones (recorded)")
                    font.pixelSize: Theme.small
                    Accessible.name: text
                    contentItem: Label {
                        leftPadding: phonesBox.indicator.width + phonesBox.spacing
                        text: phonesBox.text
                        font: phonesBox.font
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                // A layout, not a Flow: the buttons share the width and wrap their words (a wrapping label in a
                // positioner loops its height at some font scales).
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap / 2
                    AppButton {
                        Layout.fillWidth: true
                        objectName: "consoleStart"
                        primary: !root.controller.running
                        enabled: scenarioBox.enabled
                        text: qsTr("Start (F5)")
                        onClicked: root.controller.start(scenarioBox.currentValue, phonesBox.checked)
                    }
                    AppButton {
                        Layout.fillWidth: true
                        enabled: root.controller.running && root.controller.phase !== "ended"
                        text: qsTr("Stop")
                        onClicked: root.controller.stop()
                    }
                    AppButton {
                        Layout.fillWidth: true
                        enabled: root.controller.phase === "open"
                        text: root.countdown > 0 ? qsTr("Timer off") : qsTr("60 s timer")
                        onClicked: root.countdown = root.countdown > 0 ? 0 : 60
                    }
                }
                // A prevention seminar: the same questions before the first scenario and after the last, on the
                // phones; then the take-away. Only when the seminar's audience has them in the catalogue.
                Label {
                    visible: root.controller.checkAvailable || root.controller.takeawayAvailable
                    text: qsTr("Knowledge check and take-away")
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                }
                RowLayout {
                    id: checkRow
                    Layout.fillWidth: true
                    spacing: Theme.gap / 2
                    visible: shown
                    // Hidden, the buttons have no words: hidden buttons whose words wrap loop their height.
                    readonly property bool shown: root.controller.checkAvailable || root.controller.takeawayAvailable
                    readonly property bool between: (!root.controller.running || root.controller.phase === "ended") && root.controller.checkPhase !== "open"
                    AppButton {
                        objectName: "consoleCheckBefore"
                        Layout.fillWidth: true
                        visible: root.controller.checkAvailable
                        enabled: checkRow.between && !root.controller.running // before the first scenario
                        text: visible ? qsTr("Check before") : ""
                        Accessible.name: qsTr("Open the knowledge check before the seminar on the phones")
                        onClicked: root.controller.openCheck("before")
                    }
                    AppButton {
                        objectName: "consoleCheckAfter"
                        Layout.fillWidth: true
                        visible: root.controller.checkAvailable
                        enabled: checkRow.between
                        text: visible ? qsTr("Check after") : ""
                        Accessible.name: qsTr("Open the same knowledge check after the seminar on the phones")
                        onClicked: root.controller.openCheck("after")
                    }
                    AppButton {
                        objectName: "consoleTakeaway"
                        Layout.fillWidth: true
                        visible: root.controller.takeawayAvailable
                        enabled: checkRow.between && root.controller.checkPhase !== "takeaway"
                        text: visible ? qsTr("Take-away") : ""
                        Accessible.name: qsTr("Show the take-away on the projector and the phones")
                        onClicked: root.controller.showTakeaway()
                    }
                }
                // The take-away to print and hand out: a one-page PDF in the language chosen, saved to the
                // documents folder; Open shows it in the system's viewer, which prints it.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap / 2
                    visible: root.controller.takeawayAvailable
                    // In the class's language, which the console cannot know before the first scenario.
                    Label {
                        text: visible ? qsTr("Take-away PDF") : ""
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                    }
                    // One button for each language the catalogue's texts are in.
                    Row {
                        spacing: Theme.gap / 2
                        Repeater {
                            model: AppContext.catalogLanguages
                            AppButton {
                                required property string modelData
                                objectName: "consoleTakeawayPdf" + modelData.charAt(0).toUpperCase() + modelData.slice(1)
                                text: modelData.toUpperCase()
                                Accessible.name: qsTr("Save the take-away as a one-page PDF to print: %1").arg(AppContext.languageName(modelData))
                                onClicked: root.controller.saveTakeawayPdf(modelData)
                            }
                        }
                    }
                    AppButton {
                        objectName: "consoleTakeawayOpen"
                        visible: root.takeawayPdfFile.length > 0
                        text: visible ? qsTr("Open") : ""
                        Accessible.name: qsTr("Open the saved take-away to print it")
                        onClicked: Qt.openUrlExternally(root.takeawayPdf.url)
                    }
                }
                Label {
                    objectName: "consoleTakeawaySaved"
                    Layout.fillWidth: true
                    visible: root.controller.takeawayAvailable && root.takeawayPdfFile.length > 0
                    text: !visible ? "" : root.takeawayPdfUnchecked > 0 ? qsTr("Saved: %1. %n number(s) on it not yet confirmed with the institution: check before you hand it out.", "", root.takeawayPdfUnchecked).arg(root.takeawayPdfFile) : qsTr("Saved: %1").arg(root.takeawayPdfFile)
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.small
                    color: root.takeawayPdfUnchecked > 0 ? Theme.warning : Theme.mutedInk
                    wrapMode: Text.WrapAnywhere
                }
                Label {
                    text: qsTr("Joining")
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                }
                AppComboBox {
                    id: interfaceBox
                    Layout.fillWidth: true
                    model: root.controller.interfaces
                    textRole: "label"
                    font.pixelSize: Theme.small
                    enabled: !root.controller.joiningOpen
                    Accessible.name: qsTr("The network the phones are on")
                }
                AppButton {
                    objectName: "openJoining"
                    Layout.maximumWidth: parent.width
                    text: root.controller.joiningOpen ? qsTr("Close joining") : qsTr("Open joining (J)")
                    onClicked: root.toggleJoining()
                }
                Label {
                    objectName: "consoleJoinAddress"
                    Layout.fillWidth: true
                    visible: root.controller.joiningOpen
                    text: root.controller.joinAddress + "  ·  PIN " + root.controller.pin
                    font.pixelSize: Theme.body
                    font.bold: true
                    color: Theme.ink
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                }
                Label {
                    objectName: "consolePinGuessing"
                    Layout.fillWidth: true
                    visible: root.controller.joiningPaused
                    text: qsTr("Many wrong PINs: someone may be guessing it. Joining is paused for a while; phones already in go on. A new PIN lets people join now.")
                    font.pixelSize: Theme.small
                    font.bold: true
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
                // Made only while joining is paused: a hidden word-wrapped button in a layout (width 0) loops.
                Loader {
                    Layout.fillWidth: true
                    active: root.controller.joiningOpen && root.controller.joiningPaused
                    visible: active
                    sourceComponent: AppButton {
                        objectName: "consoleNewPin"
                        text: qsTr("New PIN")
                        Accessible.name: qsTr("Give a new PIN for joining")
                        onClicked: root.controller.newPin()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: (root.counters.malformed ?? 0) + (root.counters.throttled ?? 0) > 0
                    // Counts, never in exponent notation ("2.91479e+06" was a real reading after a flood).
                    text: qsTr("Dropped messages: %1 malformed, %2 over the rate").arg(Number(root.counters.malformed ?? 0).toLocaleString(Qt.locale(), "f", 0)).arg(Number(root.counters.throttled ?? 0).toLocaleString(Qt.locale(), "f", 0))
                    font.pixelSize: Theme.small
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Who is here (✓ answered this decision)")
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                    wrapMode: Text.WordWrap
                }
                ListView {
                    id: rosterView
                    objectName: "roster"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: Theme.body * 2
                    clip: true
                    model: root.controller.roster
                    delegate: Label {
                        required property var entry
                        width: rosterView.width
                        text: (entry.answered ? "✓ " : "    ") + entry.name + (entry.role.length > 0 ? " · " + entry.role : "")
                        textFormat: Text.PlainText // names are typed on phones
                        font.pixelSize: Theme.small
                        color: Theme.ink
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    }
                }
                AppButton {
                    objectName: "consoleLeave"
                    Layout.maximumWidth: parent.width
                    text: qsTr("Leave the seminar")
                    onClicked: root.leaveRequested()
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.controller.error.length > 0
            text: root.controller.error
            textFormat: Text.PlainText
            color: Theme.danger
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
        }

        // The controls; the same as the clicker's keys.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            AppButton {
                text: qsTr("◀ Back (PageUp)")
                enabled: root.controller.running || root.controller.checkPhase.length > 0
                onClicked: root.controller.back()
            }
            Label {
                objectName: "consoleNotice"
                Layout.fillWidth: true
                visible: root.controller.phase === "revealed"
                text: root.controller.notice.length > 0 ? root.controller.notice : root.controller.roomChoice.length > 0 ? qsTr("The room goes on with the option marked blue.") : qsTr("Nobody answered: count hands or choose for the room.")
                font.pixelSize: Theme.small
                font.bold: root.controller.notice.length > 0
                color: root.controller.notice.length > 0 ? Theme.warning : Theme.mutedInk
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignRight
            }
            Item {
                Layout.fillWidth: true
                visible: root.controller.phase !== "revealed"
            }
            AppButton {
                objectName: "consoleNext"
                primary: true
                enabled: (root.controller.running && root.controller.phase !== "ended") || (root.controller.checkPhase.length > 0 && root.controller.checkPhase !== "takeaway")
                text: root.nextLabel + " ▶ (PageDown)"
                onClicked: root.controller.next()
            }
        }
    }

    // One option of the decision: its text and votes, the show of hands, the lecturer's choice for the room.
    component ChoiceRow: Rectangle {
        id: choiceRow

        required property var entry

        objectName: "choiceRow-" + entry.id
        implicitHeight: choiceColumn.implicitHeight + Theme.gap
        radius: Theme.radius
        color: choiceRow.entry.roomChoice ? Qt.lighter(Theme.accent, 1.85) : Theme.surface
        border.color: choiceRow.entry.critical ? Theme.danger : choiceRow.entry.best ? Theme.good : Theme.line
        border.width: choiceRow.entry.critical || choiceRow.entry.best ? 2 : 1

        ColumnLayout {
            id: choiceColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.gap / 2
            Label {
                Layout.fillWidth: true
                text: (choiceRow.entry.best ? "✓ " : choiceRow.entry.critical ? "✗ " : "") + choiceRow.entry.text
                textFormat: Text.PlainText
                font.pixelSize: Theme.body
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            // Counts and the lecturer's controls under the text, so that a narrow column keeps the text whole.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Label {
                    text: qsTr("%1 votes").arg(choiceRow.entry.votes)
                    font.pixelSize: Theme.body
                    font.bold: true
                    color: Theme.ink
                }
                SpinBox {
                    id: hands
                    from: 0
                    to: 999
                    value: choiceRow.entry.hands
                    editable: true
                    font.pixelSize: Theme.small
                    Accessible.name: qsTr("Hands for: %1").arg(choiceRow.entry.text)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Show of hands")
                    onValueModified: root.controller.setHands(choiceRow.entry.id, value)
                }
                AppButton {
                    Layout.fillWidth: true
                    text: choiceRow.entry.id === root.controller.overrideChoice ? qsTr("Room's choice ✓") : qsTr("Choose for the room")
                    Accessible.name: qsTr("Choose for the room: %1").arg(choiceRow.entry.text)
                    onClicked: root.controller.setOverride(choiceRow.entry.id === root.controller.overrideChoice ? "" : choiceRow.entry.id)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: (choiceRow.entry.principle.length > 0 ? choiceRow.entry.principle + ": " : "") + choiceRow.entry.feedback
                textFormat: Text.PlainText
                font.pixelSize: Theme.small
                color: Theme.mutedInk
                wrapMode: Text.WordWrap
            }
        }
    }
}
