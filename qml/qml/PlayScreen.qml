pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia

// Playing one scene: the picture (with regions that can be flagged), the dialogue with voices and captions, and
// what to do next — a choice, the referral plan, or the assessment.
Item {
    id: root

    objectName: "playScreen"

    required property PlaySession session
    readonly property alias flagMenu: flagMenu
    property var voiceQueue: []
    property url playingVoice

    signal finished
    signal steppedOut

    function playVoice(voice: url) {
        if (player.playbackState === MediaPlayer.PlayingState && playingVoice === voice) {
            player.stop();
            return;
        }
        voiceQueue = [];
        startVoice(voice);
    }
    function startVoice(voice: url) {
        playingVoice = voice;
        player.source = voice;
        player.play();
    }
    function startScene() {
        player.stop();
        playingVoice = "";
        voiceQueue = Array.from(session.lines).map(l => l.voice).filter(v => v.toString().length > 0);
        if (AppContext.autoPlayVoices && voiceQueue.length > 0)
            startVoice(voiceQueue.shift());
    }
    function openFlagMenu(target: string, text: string, flagged: bool) {
        flagMenu.target = target;
        flagMenu.targetText = text;
        flagMenu.flagged = flagged;
        flagMenu.open();
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
                player.stop();
                root.finished();
            } else if (sceneWatcher.scene !== root.session.sceneId) {
                sceneWatcher.scene = root.session.sceneId;
                root.startScene();
            }
        }
    }
    QtObject {
        id: sceneWatcher
        property string scene: root.session.sceneId
    }

    MediaPlayer {
        id: player
        objectName: "voicePlayer"
        audioOutput: AudioOutput {}
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.EndOfMedia) {
                if (root.voiceQueue.length > 0)
                    root.startVoice(root.voiceQueue.shift());
                else
                    root.playingVoice = "";
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.session.scenarioTitle + "  ·  " + root.session.sceneTitle
                font.pixelSize: Theme.subtitle
                font.bold: true
                color: Theme.ink
                elide: Text.ElideRight
            }
            Label {
                text: qsTr("Step %1").arg(root.session.step)
                font.pixelSize: Theme.small
                color: Theme.mutedInk
            }
            AppButton {
                id: firstFocus
                objectName: "notebookButton"
                text: qsTr("Notebook (%1)").arg(root.session.flags.length)
                onClicked: notebookDrawer.open()
            }
            AppButton {
                objectName: "stepOutButton"
                text: qsTr("Step out")
                Accessible.description: qsTr("Pause and leave; your progress is kept")
                onClicked: stepOutDialog.open()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            ColumnLayout {
                Layout.preferredWidth: parent.width * 0.5
                Layout.fillHeight: true
                spacing: Theme.gap
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Image {
                        id: picture
                        anchors.fill: parent
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
                            model: root.session.hotspots
                            delegate: AbstractButton {
                                id: hotspot
                                required property var modelData
                                objectName: "hotspot_" + modelData.id
                                x: picture.paintedX + modelData.x * picture.paintedWidth
                                y: picture.paintedY + modelData.y * picture.paintedHeight
                                width: modelData.width * picture.paintedWidth
                                height: modelData.height * picture.paintedHeight
                                Accessible.name: modelData.label
                                Accessible.description: qsTr("A part of the picture; press Enter to flag it")
                                background: Rectangle {
                                    color: hotspot.modelData.flagged ? "#66f0b429" : "transparent"
                                    border.width: hotspot.activeFocus || hotspot.hovered || hotspot.modelData.flagged ? 3 : 0
                                    border.color: hotspot.activeFocus ? Theme.focus : Theme.flag
                                    radius: 4
                                }
                                onClicked: root.openFlagMenu(modelData.id, modelData.label, modelData.flagged)
                                Keys.onReturnPressed: clicked()
                            }
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: root.session.setting
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                    wrapMode: Text.WordWrap
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.gap

                ScrollView {
                    id: dialogue
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: root.session.sceneKind === "interview"
                    contentWidth: availableWidth
                    clip: true
                    ColumnLayout {
                        width: dialogue.availableWidth
                        spacing: Theme.gap / 2
                        Repeater {
                            model: root.session.lines
                            delegate: DialogueLine {
                                required property var modelData
                                Layout.fillWidth: true
                                line: modelData
                                playing: String(root.playingVoice).length > 0 && root.playingVoice === modelData.voice
                                onFlagRequested: (target, text, flagged) => root.openFlagMenu(target, text, flagged)
                                onPlayRequested: voice => root.playVoice(voice)
                            }
                        }
                    }
                }

                ReferralComposer {
                    id: composer
                    objectName: "referralComposer"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: root.session.sceneKind === "referral"
                    prompt: root.session.referralPrompt
                    // Show the saved plan (after a resume, or when it was saved elsewhere) until the trainee edits.
                    onVisibleChanged: if (visible)
                        plan = Array.from(root.session.referralPlan)
                    Connections {
                        target: root.session
                        function onChanged() {
                            if (composer.visible && composer.plan.length === 0)
                                composer.plan = Array.from(root.session.referralPlan);
                        }
                    }
                    onSubmitted: plan => root.session.submitReferral(plan)
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.session.sceneKind === "referral" && root.session.referralSubmitted
                    text: qsTr("Plan saved. You can change it and save again before you go on.")
                    font.pixelSize: Theme.small
                    color: Theme.good
                }

                AssessmentPanel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: root.session.sceneKind === "assessment"
                    questions: root.session.questions
                    onAnswered: (question, options) => root.session.answer(question, options)
                }

                Label {
                    Layout.fillWidth: true
                    visible: root.session.lastError.length > 0
                    text: root.session.lastError
                    font.pixelSize: Theme.small
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }

                Label {
                    text: qsTr("What do you do?")
                    font.pixelSize: Theme.body
                    font.bold: true
                    color: Theme.ink
                }
                Repeater {
                    model: root.session.choices
                    delegate: AppButton {
                        required property var modelData
                        required property int index
                        objectName: "choice_" + modelData.id
                        Layout.fillWidth: true
                        textAlignment: Text.AlignLeft
                        text: (index + 1) + ". " + modelData.text
                        onClicked: root.session.choose(modelData.id)
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
        width: Math.min(root.width * 0.4, 560)
        height: root.height
        Notebook {
            anchors.fill: parent
            anchors.margins: Theme.margin
            flags: root.session.flags
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
        Label {
            text: qsTr("Your progress is kept. Next time you can continue exactly where you stopped.")
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
            width: 500 * Theme.scale
        }
        onAccepted: {
            player.stop();
            root.session.stepOut();
            root.steppedOut();
        }
    }
}
