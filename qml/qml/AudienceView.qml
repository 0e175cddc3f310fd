pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saskati

// What the room sees on the projector: large type on a dark, high-contrast ground (body text 34 px at 1080p),
// the scene's picture and voices, the answers' spread only once revealed, and the way to join. Never a name.
Rectangle {
    id: root

    required property SeminarController controller
    property bool blanked: false
    // Single screen: the console is behind C here; two screens: it is on the laptop.
    property bool consoleOnThisScreen: true
    // Sizes follow the height of the screen it is on: 1 unit = 1 px at 1080p.
    readonly property real unit: Math.max(0.5, height / 1080)
    readonly property int body: Math.round(34 * unit)
    readonly property int headline: Math.round(54 * unit)
    readonly property int small: Math.round(26 * unit)
    readonly property color ink: "#ffffff"
    readonly property color muted: "#c8d1dc"
    readonly property color highlight: "#ffd43b"
    readonly property color good: "#69db7c"
    readonly property color bad: "#ff8787"
    readonly property var letters: ["A", "B", "C", "D", "E", "F", "G", "H"]
    readonly property var summary: controller.summary
    readonly property var lines: controller.lines
    readonly property string imageSource: controller.imageSource
    readonly property bool answering: controller.phase === "open" || controller.phase === "closed" || controller.phase === "revealed"
    // A knowledge check or the take-away is on screen (between scenarios): the scenario's panels step aside.
    readonly property bool checking: controller.checkPhase.length > 0

    // Scenario texts go into styled text: their own < and & must stay characters.
    function escaped(text: string): string {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }
    color: "#0b1320"

    // The newest message of a chat stays in sight as the clicker brings them.
    readonly property int shownLines: controller.shownLines
    onShownLinesChanged: if (controller.presentation === "chat")
        newestMessage.restart()
    // Once the new message is laid out.
    Timer {
        id: newestMessage
        interval: 0
        onTriggered: dialogue.contentY = Math.max(0, dialogue.contentHeight - dialogue.height)
    }

    Connections {
        target: root.controller
        function onChanged() {
            if (root.controller.phase === "scene" && AppContext.autoPlayVoices)
                voices.playAll(root.lines.map(l => l.voice));
            else if (root.controller.phase !== "scene")
                voices.stop();
        }
    }
    VoicePlayer {
        id: voices
    }

    // Header: where the room is.
    ColumnLayout {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 40 * root.unit
        spacing: 6 * root.unit
        visible: root.controller.running && !root.checking

        Label {
            Layout.fillWidth: true
            text: root.controller.scenarioTitle + (root.controller.progressText.length > 0 ? "  ·  " + root.controller.progressText : "")
            color: root.muted
            font.pixelSize: root.small
            elide: Text.ElideRight
        }
        Label {
            objectName: "audienceSceneTitle"
            Layout.fillWidth: true
            text: root.controller.phase === "ended" ? root.controller.endingTitle : root.controller.sceneTitle
            color: root.ink
            font.pixelSize: root.headline
            font.bold: true
            wrapMode: Text.WordWrap
        }
    }

    // The lobby: how to join, filling the screen.
    JoinPanel {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.8, 1400 * root.unit)
        visible: !root.checking && (!root.controller.running || root.controller.phase === "lobby")
        large: true
    }

    // The scene: picture and dialogue.
    RowLayout {
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 40 * root.unit
        spacing: 40 * root.unit
        visible: root.controller.running && root.controller.phase === "scene"

        Image {
            Layout.preferredWidth: parent.width * 0.38
            Layout.fillHeight: true
            visible: root.imageSource.length > 0
            source: root.controller.imageSource
            fillMode: Image.PreserveAspectFit
            verticalAlignment: Image.AlignTop
            asynchronous: true
            Accessible.name: root.controller.imageAlt
        }
        Flickable {
            id: dialogue
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: lines.implicitHeight
            clip: true

            Column {
                id: lines
                width: dialogue.width
                spacing: 20 * root.unit

                Label {
                    width: parent.width
                    text: root.controller.setting
                    visible: text.length > 0
                    color: root.muted
                    font.pixelSize: root.body
                    font.italic: true
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    id: lineRepeater
                    model: root.controller.lines
                    delegate: Item {
                        id: lineItem
                        required property var modelData
                        required property int index
                        readonly property bool chat: root.controller.presentation === "chat"
                        readonly property bool own: chat && modelData.fromTrainee === true
                        width: lines.width
                        height: visible ? (chat ? bubble.height : spokenLine.height) : 0
                        // A chat comes a message per click of Next (the controller counts them).
                        visible: index < root.controller.shownLines
                        Label {
                            id: spokenLine
                            width: parent.width
                            visible: !lineItem.chat
                            text: (lineItem.modelData.speaker.length > 0 ? "<b>" + root.escaped(lineItem.modelData.speaker) + ":</b> " : "") + root.escaped(lineItem.modelData.caption)
                            textFormat: Text.StyledText
                            color: root.ink
                            font.pixelSize: root.body
                            wrapMode: Text.WordWrap
                            lineHeight: 1.15
                        }
                        // A message bubble: the sender and time above, the words, a picture below; the
                        // participant's own on the right.
                        Rectangle {
                            id: bubble
                            objectName: "audienceMessage_" + lineItem.modelData.id
                            visible: lineItem.chat
                            width: Math.round(parent.width * 0.78)
                            x: lineItem.own ? parent.width - width : 0
                            height: bubbleColumn.height + 36 * root.unit
                            radius: 28 * root.unit
                            color: lineItem.own ? "#1f4f7a" : "#23324a"
                            Column {
                                id: bubbleColumn
                                x: 28 * root.unit
                                y: 18 * root.unit
                                width: parent.width - 56 * root.unit
                                spacing: 8 * root.unit
                                Label {
                                    width: parent.width
                                    visible: text.length > 0
                                    text: lineItem.modelData.time ? qsTr("%1 · %2").arg(lineItem.modelData.speaker).arg(lineItem.modelData.time) : lineItem.modelData.speaker
                                    textFormat: Text.PlainText
                                    color: root.highlight
                                    font.pixelSize: root.small
                                    font.bold: true
                                    wrapMode: Text.WordWrap
                                }
                                Label {
                                    width: parent.width
                                    text: lineItem.modelData.caption
                                    textFormat: Text.PlainText
                                    color: root.ink
                                    font.pixelSize: root.body
                                    wrapMode: Text.WordWrap
                                    lineHeight: 1.15
                                }
                                Image {
                                    width: Math.min(parent.width, 520 * root.unit)
                                    height: visible ? width * 0.6 : 0
                                    visible: lineItem.modelData.photo !== undefined && lineItem.modelData.photo.toString().length > 0
                                    source: visible ? lineItem.modelData.photo : ""
                                    sourceSize.width: 1040
                                    fillMode: Image.PreserveAspectFit
                                    horizontalAlignment: Image.AlignLeft
                                    Accessible.role: Accessible.Graphic
                                    Accessible.name: lineItem.modelData.photoAlt ?? ""
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // Answers open, closed or revealed: the options, then their spread and the discussion.
    ColumnLayout {
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 40 * root.unit
        anchors.rightMargin: (joinCorner.visible ? joinCorner.width + 60 * root.unit : 40 * root.unit)
        spacing: 18 * root.unit
        visible: root.controller.running && root.answering

        Label {
            objectName: "audiencePrompt"
            Layout.fillWidth: true
            text: root.controller.phase === "open" ? qsTr("What do you notice? What do you do? Answer on your phone.") : root.controller.phase === "closed" ? qsTr("Answers are closed.") : qsTr("The room answered:")
            color: root.highlight
            font.pixelSize: root.body
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.controller.withPhones
            text: qsTr("%1 of %2 have answered").arg(root.controller.answered).arg(root.controller.joined)
            color: root.muted
            font.pixelSize: root.small
        }
        Column {
            id: choiceList
            Layout.fillWidth: true
            spacing: 18 * root.unit

            Repeater {
                model: root.controller.choices
                delegate: ColumnLayout {
                    id: option

                    required property var entry
                    required property int index
                    readonly property bool revealed: root.controller.phase === "revealed"
                    readonly property bool feedbackShown: root.controller.sceneKind !== "conversation" || root.controller.feedbackAfterEachMove

                    width: choiceList.width
                    spacing: 4 * root.unit

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 16 * root.unit
                        Label {
                            text: root.letters[option.index] ?? ""
                            color: root.highlight
                            font.pixelSize: root.body
                            font.bold: true
                        }
                        Label {
                            Layout.fillWidth: true
                            text: option.entry.text
                            textFormat: Text.PlainText
                            color: root.ink
                            font.pixelSize: root.body
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            visible: option.revealed
                            text: option.entry.count + "  (" + option.entry.percent + " %)"
                            color: root.ink
                            font.pixelSize: root.body
                            font.bold: true
                        }
                    }
                    // The spread, drawn only when revealed: the room must not follow the first hands.
                    Rectangle {
                        Layout.preferredWidth: Math.max(4, (parent.width - 60 * root.unit) * option.entry.percent / 100)
                        Layout.preferredHeight: 14 * root.unit
                        Layout.leftMargin: 50 * root.unit
                        visible: option.revealed
                        radius: 4
                        color: option.feedbackShown && option.entry.critical ? root.bad : option.feedbackShown && option.entry.best ? root.good : root.muted
                    }
                    // A conversation's moves in practice: each one's question type, recommended or not. In an
                    // assessment (feedback off) the room sees only the spread; the key waits for the debrief.
                    Label {
                        objectName: "audienceQuestionType"
                        Layout.fillWidth: true
                        Layout.leftMargin: 50 * root.unit
                        visible: option.revealed && option.feedbackShown && option.entry.questionType.length > 0
                        text: (option.entry.typeRecommended ? "✓ " : "✗ ") + (option.entry.typeRecommended ? qsTr("%1: a recommended question") : qsTr("%1: not a recommended question")).arg(option.entry.questionType)
                        textFormat: Text.PlainText
                        color: option.entry.typeRecommended ? root.good : root.bad
                        font.pixelSize: root.small
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 50 * root.unit
                        visible: option.revealed && option.feedbackShown && (option.entry.best || option.entry.critical)
                        text: (option.entry.critical ? "✗ " + qsTr("Critical error") : "✓ " + qsTr("Best practice")) + (option.entry.principle.length > 0 ? " — " + option.entry.principle : "") + ". " + option.entry.feedback
                        textFormat: Text.PlainText
                        color: option.entry.critical ? root.bad : root.good
                        font.pixelSize: root.small
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }

    // The ending.
    ColumnLayout {
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 40 * root.unit
        spacing: 24 * root.unit
        visible: root.controller.running && root.controller.phase === "ended" && !root.checking

        Label {
            Layout.fillWidth: true
            text: root.controller.endingDebrief
            color: root.ink
            font.pixelSize: root.body
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.summary.roomPercent !== undefined
            text: qsTr("The room's path scored %1 %.").arg(root.summary.roomPercent ?? 0)
            color: root.highlight
            font.pixelSize: root.body
            font.bold: true
        }
    }

    // While joining is open during a scenario: a small way in, in the corner.
    JoinPanel {
        id: joinCorner
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 30 * root.unit
        width: 360 * root.unit
        visible: root.controller.joiningOpen && (root.controller.checkPhase === "open" || (root.controller.running && !root.checking && root.controller.phase !== "lobby" && root.controller.phase !== "scene"))
        large: false
    }

    AudienceCheckView {
        anchors.fill: parent
        anchors.margins: 40 * root.unit
        anchors.rightMargin: joinCorner.visible ? joinCorner.width + 70 * root.unit : 40 * root.unit
        visible: root.checking
        controller: root.controller
        unit: root.unit
        body: root.body
        headline: root.headline
        small: root.small
        ink: root.ink
        muted: root.muted
        highlight: root.highlight
    }

    // What the lecturer needs to know before the room can go on (nobody answered): on the screen, not in a log.
    Rectangle {
        objectName: "audienceNotice"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 30 * root.unit
        anchors.rightMargin: (joinCorner.visible ? joinCorner.width + 60 * root.unit : 30 * root.unit)
        height: noticeText.implicitHeight + 40 * root.unit
        visible: root.controller.notice.length > 0
        color: "#16233a"
        radius: 12
        border.color: root.highlight
        border.width: 3

        Label {
            id: noticeText
            anchors.fill: parent
            anchors.margins: 20 * root.unit
            text: root.controller.notice
            color: root.highlight
            font.pixelSize: root.body
            font.bold: true
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
        }
    }

    // B or . blanks the screen (the room looks at the lecturer).
    Rectangle {
        anchors.fill: parent
        color: "black"
        visible: root.blanked
    }

    component JoinPanel: Rectangle {
        id: panel

        property bool large: true

        height: panelColumn.implicitHeight + 2 * padding
        readonly property real padding: (large ? 40 : 16) * root.unit
        color: "#16233a"
        radius: 12
        border.color: root.highlight
        border.width: 2

        ColumnLayout {
            id: panelColumn
            anchors.fill: parent
            anchors.margins: panel.padding
            spacing: (panel.large ? 24 : 8) * root.unit

            Label {
                Layout.fillWidth: true
                visible: panel.large
                text: root.controller.title
                color: root.ink
                font.pixelSize: root.headline
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            Label {
                Layout.fillWidth: true
                visible: panel.large && !root.controller.joiningOpen
                text: qsTr("Joining is not open yet.")
                color: root.muted
                font.pixelSize: root.body
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            Label {
                objectName: "joinHint"
                Layout.fillWidth: true
                visible: panel.large && !root.controller.joiningOpen
                text: root.consoleOnThisScreen ? qsTr("To open it: press J, or C for the presenter console and “Open joining”.") : qsTr("To open it: press J, or “Open joining” on the presenter console.")
                color: root.ink
                font.pixelSize: root.body
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.controller.joiningOpen
                spacing: (panel.large ? 48 : 12) * root.unit
                QrCode {
                    objectName: "joinQr"
                    text: root.controller.joinUrl
                    Layout.preferredWidth: (panel.large ? 420 : 150) * root.unit
                    Layout.preferredHeight: Layout.preferredWidth
                    Accessible.name: qsTr("QR code to join")
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: (panel.large ? 16 : 4) * root.unit
                    Label {
                        Layout.fillWidth: true
                        visible: panel.large
                        text: qsTr("Join on your phone: scan the code, or open")
                        color: root.muted
                        font.pixelSize: root.body
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "joinAddress"
                        Layout.fillWidth: true
                        text: root.controller.joinAddress
                        color: root.ink
                        font.pixelSize: panel.large ? root.headline : root.small
                        font.bold: true
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 12
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("PIN %1").arg(root.controller.pin)
                        color: root.highlight
                        font.pixelSize: panel.large ? root.headline : root.small
                        font.bold: true
                        // Six digits beside the corner's small code: fit rather than spill (as the address).
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 12
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Switch off mobile data, stay on this Wi-Fi.")
                        color: root.muted
                        font.pixelSize: panel.large ? root.body : Math.round(root.small * 0.8)
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: panel.large
                        text: qsTr("%n joined", "", root.controller.joined)
                        color: root.ink
                        font.pixelSize: root.body
                    }
                }
            }
        }
    }
}
