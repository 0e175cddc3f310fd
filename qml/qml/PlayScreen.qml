pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// Playing one scene: the picture (with regions that can be flagged) and the setting on the left, and on the
// right, in one scrolling column, the dialogue with voices and captions and what to do next — a choice, the
// referral plan, or the assessment. Lists that change come from PlaySession's models and sit in positioners
// (Column), never directly in a layout: Qt 6.4's layouts read removed children after they are freed.
Item {
    id: root

    objectName: "playScreen"

    required property PlaySession session
    readonly property alias flagMenu: flagMenu
    readonly property alias stepOutDialog: stepOutDialog
    readonly property bool hasPicture: String(session.imageSource).length > 0 || session.setting.length > 0
    // People talk in an interview and in a conversation: their lines are shown and can be flagged.
    readonly property bool talking: session.sceneKind === "interview" || session.sceneKind === "conversation"
    // Lines to read and flag: people talking, or a referral or assessment scene with lines of its own (a chat
    // that goes on while the participant decides who can help).
    readonly property bool hasLines: talking || session.lineModel.count > 0
    // A chat (format 3) arrives a message at a time, as on a phone: the trainee reads each one before the next,
    // and decides once all are in. Other scenes show every line at once.
    readonly property bool pacedChat: session.presentation === "chat" && session.sceneKind === "interview"
    property int shownLines: 0
    readonly property bool allShown: !pacedChat || shownLines >= session.lineModel.count
    function showNextMessage() {
        const fromKeyboard = nextMessageButton.activeFocus;
        shownLines = Math.min(shownLines + 1, session.lineModel.count);
        Qt.callLater(() => {
            if (!dialogueLines || !choices)
                return; // the screen closed before this ran (the trainee stepped out)
            const item = dialogueLines.itemAt(shownLines - 1);
            if (item)
                sceneView.ensureVisible(item);
            // The button goes with the last message: keyboard focus moves on to the first choice.
            if (root.allShown && fromKeyboard) {
                const first = choices.children.find(c => c.objectName.startsWith("choice_"));
                if (first)
                    first.forceActiveFocus(Qt.TabFocusReason);
            }
        });
    }

    signal finished
    signal steppedOut

    function startScene() {
        sceneView.contentY = 0;
        picturePanel.contentY = 0;
        shownLines = pacedChat ? 1 : session.lineModel.count;
        if (AppContext.autoPlayVoices)
            voices.playAll(Array.from(session.lines).map(l => l.voice));
        else
            voices.stop();
    }
    function openFlagMenu(target: string, text: string, flagged: bool) {
        flagMenu.target = target;
        flagMenu.targetText = text;
        flagMenu.flagged = flagged;
        flagMenu.returnFocusTo = Window.activeFocusItem;
        flagMenu.open();
    }
    // Keyboard users: the item that takes focus by keyboard scrolls into view (a click never moves the page).
    function ensureVisible(item: Item) {
        sceneView.ensureVisible(item);
    }

    Component.onCompleted: {
        startScene();
        firstFocus.forceActiveFocus();
    }
    Keys.onEscapePressed: stepOutDialog.open()

    Connections {
        target: root.session
        function onChanged() {
            if (root.session.finished) {
                voices.stop();
                root.finished();
            } else if (sceneWatcher.scene !== root.session.sceneId) {
                sceneWatcher.scene = root.session.sceneId;
                sceneWatcher.lines = root.session.lineModel.count;
                root.startScene();
            } else if (root.session.sceneKind === "conversation" && root.session.lineModel.count > sceneWatcher.lines) {
                const first = sceneWatcher.lines;
                sceneWatcher.lines = root.session.lineModel.count;
                root.showTurn(first);
            }
        }
    }
    QtObject {
        id: sceneWatcher
        property string scene: root.session.sceneId
        property int lines: root.session.lineModel.count
    }
    // A conversation's new turn (the lines from `first` on: what was asked, then the answer): it scrolls to the
    // top of the view and its voices play, as a scene's lines do when it opens.
    function showTurn(first: int) {
        if (AppContext.autoPlayVoices)
            voices.playAll(Array.from(root.session.lines).slice(first).map(l => l.voice));
        Qt.callLater(() => {
            if (!dialogueLines)
                return; // the screen closed before this ran
            const item = dialogueLines.itemAt(first);
            if (item)
                sceneView.contentY = Math.max(0, Math.min(sceneView.contentHeight - sceneView.height, item.mapToItem(sceneView.contentItem, 0, 0).y - Theme.gap));
        });
    }

    VoicePlayer {
        id: voices
        objectName: "voicePlayer"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                Layout.fillWidth: true
                text: root.session.scenarioTitle + "  ·  " + root.session.sceneTitle
                textFormat: Text.PlainText
                font.pixelSize: Theme.subtitle
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Label {
                text: qsTr("Step %1").arg(root.session.step)
                font.pixelSize: Theme.small
                color: Theme.mutedInk
            }
            AppButton {
                id: firstFocus
                objectName: "notebookButton"
                text: qsTr("Notebook (%1)").arg(root.session.flagModel.count)
                onClicked: notebookDrawer.open()
            }
            AppButton {
                objectName: "stepOutButton"
                text: qsTr("Step out")
                Accessible.description: qsTr("Pause and leave; your progress is kept")
                onClicked: stepOutDialog.open()
            }
        }

        // The editor's preview: nothing is recorded, and the author sees the score's parts and the variables move.
        Label {
            objectName: "previewStrip"
            Layout.fillWidth: true
            visible: root.session.preview
            text: {
                const p = root.session.pointsSoFar;
                const vars = Object.keys(root.session.variables).map(k => k + " " + root.session.variables[k]).join(", ");
                return qsTr("Preview, not recorded. Points so far: signs %1 · conduct %2 · referral %3 · assessment %4 · total %5").arg(p.recognition ?? 0).arg(p.conduct ?? 0).arg(p.referral ?? 0).arg(p.assessment ?? 0).arg(p.total ?? 0) + (vars.length > 0 ? "  ·  " + qsTr("Variables: %1").arg(vars) : "");
            }
            textFormat: Text.PlainText
            font.pixelSize: Theme.small
            font.bold: true
            color: Theme.warning
            wrapMode: Text.WordWrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            // The picture and the setting; scrolls when the setting is long.
            ScrollPage {
                id: picturePanel
                objectName: "picturePanel"
                // The picture matters most while people talk; the plan and the assessment need the room.
                Layout.preferredWidth: root.width * (root.talking ? 0.4 : 0.28)
                Layout.fillHeight: true
                visible: root.hasPicture
                contentHeight: pictureColumn.height

                Column {
                    id: pictureColumn
                    width: picturePanel.width
                    spacing: Theme.gap
                    Image {
                        id: picture
                        width: parent.width
                        // As tall as the picture is at this width, but never so tall that the setting is out of sight.
                        height: implicitWidth > 0 ? Math.min(width * implicitHeight / implicitWidth, picturePanel.height * 0.75) : 0
                        visible: String(root.session.imageSource).length > 0
                        source: root.session.imageSource
                        fillMode: Image.PreserveAspectFit
                        sourceSize.width: 1600
                        asynchronous: false
                        Accessible.role: Accessible.Graphic
                        Accessible.name: root.session.imageAlt
                        // The painted image inside the item: hotspots are fractions of it.
                        readonly property real paintedX: (width - paintedWidth) / 2
                        readonly property real paintedY: (height - paintedHeight) / 2
                        Repeater {
                            model: root.session.hotspotModel
                            delegate: AbstractButton {
                                id: hotspot
                                required property var entry
                                objectName: "hotspot_" + entry.id
                                x: picture.paintedX + entry.x * picture.paintedWidth
                                y: picture.paintedY + entry.y * picture.paintedHeight
                                width: entry.width * picture.paintedWidth
                                height: entry.height * picture.paintedHeight
                                Accessible.name: (entry.flagged ? qsTr("Flagged: ") : "") + entry.label
                                Accessible.description: qsTr("A part of the picture; press Enter to flag it")
                                background: Rectangle {
                                    color: hotspot.entry.flagged ? "#66f0b429" : "transparent"
                                    border.width: hotspot.activeFocus || hotspot.hovered || hotspot.entry.flagged ? 3 : 0
                                    border.color: hotspot.activeFocus ? Theme.focus : Theme.flag
                                    radius: 4
                                }
                                onClicked: root.openFlagMenu(entry.id, entry.label, entry.flagged)
                                Keys.onReturnPressed: clicked()
                                Keys.onEnterPressed: clicked()
                            }
                        }
                    }
                    Label {
                        width: parent.width
                        text: root.session.setting
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                        wrapMode: Text.WordWrap
                    }
                    // A conversation: how the person appears now, and the turns taken.
                    Label {
                        objectName: "personDirection"
                        width: parent.width
                        visible: text.length > 0
                        text: root.session.personDirection
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.body
                        font.italic: true
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                    AppButton {
                        objectName: "moveFeedbackSwitch"
                        visible: root.session.sceneKind === "conversation"
                        text: AppContext.feedbackAfterEachMove ? qsTr("Feedback: after each question") : qsTr("Feedback: at the end")
                        Accessible.name: qsTr("Feedback after each question (practice) or only at the end (assessment)")
                        onClicked: AppContext.feedbackAfterEachMove = !AppContext.feedbackAfterEachMove
                    }
                    Label {
                        objectName: "turnText"
                        width: parent.width
                        visible: text.length > 0
                        text: root.session.turnText
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                        wrapMode: Text.WordWrap
                    }
                }
            }

            // The dialogue, the task of the scene and the choices, in one column that scrolls.
            ScrollPage {
                id: sceneView
                objectName: "sceneView"
                Layout.preferredWidth: root.width * 0.6
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: sceneBody.height

                Column {
                    id: sceneBody
                    width: sceneView.width - sceneView.barWidth - Theme.gap / 2
                    spacing: Theme.gap

                    // A document (a job advert, a contract) sits on a sheet of paper; a chat and speech do not.
                    Rectangle {
                        width: parent.width
                        height: dialogue.height + (document ? 2 * Theme.margin : 0)
                        visible: root.hasLines
                        readonly property bool document: root.session.presentation === "document"
                        color: document ? Theme.surface : "transparent"
                        border.width: document ? 1 : 0
                        border.color: Theme.line
                        radius: Theme.radius
                        Column {
                            id: dialogue
                            objectName: "dialogue"
                            x: parent.document ? Theme.margin : 0
                            y: parent.document ? Theme.margin : 0
                            width: parent.width - 2 * x
                            spacing: Theme.gap / 2
                            Repeater {
                                id: dialogueLines
                                model: root.session.lineModel
                                // A chat message takes most of the width, on the right when the trainee sent it.
                                delegate: Item {
                                    id: lineSlot
                                    required property var entry
                                    required property int index
                                    width: dialogue.width
                                    height: lineView.height
                                    visible: !root.pacedChat || index < root.shownLines
                                    DialogueLine {
                                        id: lineView
                                        objectName: "dialogueLine_" + lineSlot.entry.id
                                        width: lineView.chat ? Math.round(dialogue.width * 0.8) : dialogue.width
                                        x: lineView.ownMessage ? lineSlot.width - width : 0
                                        line: lineSlot.entry
                                        presentation: root.session.presentation
                                        playing: String(voices.current).length > 0 && String(voices.current) === String(lineSlot.entry.voice)
                                        onFlagRequested: (target, text, flagged) => root.openFlagMenu(target, text, flagged)
                                        onPlayRequested: voice => voices.toggle(voice)
                                        onFocusedItem: item => root.ensureVisible(item)
                                    }
                                }
                            }
                        }
                    }
                    RowLayout {
                        width: parent.width
                        visible: root.hasLines && !root.allShown
                        spacing: Theme.gap
                        AppButton {
                            id: nextMessageButton
                            objectName: "nextMessageButton"
                            text: qsTr("Next message ▶")
                            Accessible.name: qsTr("Show the next message (%1 of %2 shown)").arg(root.shownLines).arg(root.session.lineModel.count)
                            onClicked: root.showNextMessage()
                        }
                        AppButton {
                            objectName: "allMessagesButton"
                            text: qsTr("Show all")
                            Accessible.name: qsTr("Show all the messages")
                            onClicked: {
                                const fromKeyboard = activeFocus;
                                root.shownLines = root.session.lineModel.count;
                                // The button goes: keyboard focus moves on to the first choice.
                                const first = choices.children.find(c => c.objectName.startsWith("choice_"));
                                if (fromKeyboard && first)
                                    first.forceActiveFocus(Qt.TabFocusReason);
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 of %2 messages").arg(root.shownLines).arg(root.session.lineModel.count)
                            font.pixelSize: Theme.small
                            color: Theme.mutedInk
                        }
                    }
                    // Practice: what the move just asked was, and why it was not the best when it was not.
                    Rectangle {
                        id: moveFeedbackBox
                        objectName: "moveFeedback"
                        readonly property var feedback: root.session.moveFeedback
                        width: parent.width
                        height: moveFeedbackColumn.height + 2 * Theme.gap
                        visible: root.session.sceneKind === "conversation" && AppContext.feedbackAfterEachMove && ((feedback.type ?? "").length > 0 || (feedback.text ?? "").length > 0)
                        color: Theme.surface
                        radius: Theme.radius
                        border.width: 2
                        border.color: feedback.critical || feedback.lowered || !feedback.recommended ? Theme.warning : Theme.good
                        Column {
                            id: moveFeedbackColumn
                            x: Theme.gap
                            y: Theme.gap
                            width: parent.width - 2 * Theme.gap
                            spacing: Theme.gap / 2
                            Label {
                                objectName: "moveFeedbackType"
                                width: parent.width
                                visible: (moveFeedbackBox.feedback.type ?? "").length > 0
                                text: moveFeedbackBox.feedback.recommended ? qsTr("Your question: %1, a recommended kind.").arg(moveFeedbackBox.feedback.type ?? "") : qsTr("Your question: %1, not a recommended kind.").arg(moveFeedbackBox.feedback.type ?? "")
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.body
                                font.bold: true
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                objectName: "moveFeedbackText"
                                width: parent.width
                                visible: text.length > 0
                                text: moveFeedbackBox.feedback.text ?? ""
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.body
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                    Label {
                        objectName: "flagHint"
                        width: parent.width
                        visible: root.hasLines
                        text: qsTr("Something worries you? Click a sentence or a part of the picture (or Tab to it and press Enter) to flag it.")
                        font.pixelSize: Theme.small
                        font.italic: true
                        color: Theme.mutedInk
                        wrapMode: Text.WordWrap
                    }

                    ReferralComposer {
                        id: composer
                        objectName: "referralComposer"
                        width: parent.width
                        visible: root.session.sceneKind === "referral"
                        prompt: root.session.referralPrompt
                        saved: root.session.referralSubmitted
                        // Show the saved plan (after a resume, or when it was saved elsewhere) until the trainee edits.
                        onVisibleChanged: if (visible)
                            load(Array.from(root.session.referralPlan))
                        // A plan saved elsewhere (a resumed attempt) shows here unless the trainee is editing one.
                        Connections {
                            target: root.session
                            function onChanged() {
                                if (composer.visible && !composer.editedSinceSave)
                                    composer.load(Array.from(root.session.referralPlan));
                            }
                        }
                        onSubmitted: plan => root.session.submitReferral(plan)
                        onFocusedItem: item => root.ensureVisible(item)
                    }

                    AssessmentPanel {
                        width: parent.width
                        visible: root.session.sceneKind === "assessment"
                        questions: root.session.questionModel
                        onAnswered: (question, options) => root.session.answer(question, options)
                        onFocusedItem: item => root.ensureVisible(item)
                    }

                    Label {
                        objectName: "sessionError"
                        width: parent.width
                        visible: root.session.lastError.length > 0
                        text: root.session.lastError
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.small
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                    }

                    Label {
                        width: parent.width
                        visible: root.session.choiceModel.count > 0 && root.allShown
                        text: root.session.sceneKind === "conversation" ? qsTr("What do you say?") : qsTr("What do you do?")
                        font.pixelSize: Theme.body
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                    Column {
                        id: choices
                        objectName: "choices"
                        width: parent.width
                        spacing: Theme.gap / 2
                        visible: root.allShown
                        Repeater {
                            model: root.session.choiceModel
                            delegate: AppButton {
                                required property var entry
                                required property int index
                                objectName: "choice_" + entry.id
                                width: choices.width
                                textAlignment: Text.AlignLeft
                                text: (index + 1) + ". " + entry.text
                                onClicked: root.session.choose(entry.id)
                                onActiveFocusChanged: if (activeFocus && focusReason !== Qt.MouseFocusReason)
                                    root.ensureVisible(this)
                            }
                        }
                    }
                }
            }
        }
    }

    FlagMenu {
        id: flagMenu
        objectName: "flagMenu"
        parent: Overlay.overlay
        onChosen: (target, indicator) => root.session.flag(target, indicator)
        onRemoved: target => root.session.unflag(target)
    }

    Drawer {
        id: notebookDrawer
        edge: Qt.RightEdge
        width: Math.min(root.Window.width * 0.4, 560 * Theme.scale)
        // The whole window, header included: the dimmed part is everything the drawer covers.
        parent: Overlay.overlay
        height: parent ? parent.height : root.height
        Notebook {
            anchors.fill: parent
            anchors.margins: Theme.margin
            flags: root.session.flagModel
            onRemoveRequested: target => root.session.unflag(target)
        }
    }

    Dialog {
        id: stepOutDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Step out?")
        standardButtons: Dialog.Yes | Dialog.No
        // The content's width is set, not taken from the wrapped label: with the label's implicit width in the
        // dialog's, Qt 6.4 reports a binding loop on implicitWidth when the process runs slowly (under
        // AddressSanitizer with whole stacks).
        contentWidth: Math.min(500 * Theme.scale, root.width * 0.8)
        Label {
            text: qsTr("Your progress is kept. Next time you can continue exactly where you stopped.")
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
            width: stepOutDialog.availableWidth
        }
        onAccepted: {
            voices.stop();
            root.session.stepOut();
            root.steppedOut();
        }
    }
}
