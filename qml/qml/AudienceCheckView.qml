pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saskati

// The knowledge check and the take-away on the projector (a prevention seminar, issue #20): while a round is
// open, how many have answered and the questions to read along; after the round after the seminar, what the
// room learnt (right answers before and after, normalised gain); at the end, the take-away to copy down. Counts
// only, never who. Texts from the catalogue are plain text.
Item {
    id: root

    required property SeminarController controller
    required property real unit
    required property int body
    required property int headline
    required property int small
    required property color ink
    required property color muted
    required property color highlight

    readonly property bool after: controller.checkRound === "after"
    readonly property var result: controller.checkResult
    readonly property var sheet: controller.takeaway

    function roundTitle(): string {
        if (root.controller.checkPhase === "closed" && root.after)
            return qsTr("What the room learnt");
        return root.after ? qsTr("After the seminar: the same questions") : qsTr("Before we start: a few questions");
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 24 * root.unit
        visible: root.controller.checkPhase !== "takeaway"

        Label {
            objectName: "audienceCheckTitle"
            Layout.fillWidth: true
            text: root.roundTitle()
            color: root.ink
            font.pixelSize: root.headline
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "audienceCheckCount"
            Layout.fillWidth: true
            visible: root.controller.checkPhase === "open" || !root.after
            text: root.controller.checkPhase === "open" ? qsTr("Answer on your phone. %1 of %2 have answered every question.").arg(root.controller.checkComplete).arg(root.controller.joined) : qsTr("Thank you: %1 answered. The same questions come again at the end.").arg(root.controller.checkAnswered)
            color: root.highlight
            font.pixelSize: root.body
            font.bold: true
            wrapMode: Text.WordWrap
        }
        // The questions, to read along; the options are on the phones.
        Column {
            id: questionList
            Layout.fillWidth: true
            spacing: 12 * root.unit
            Repeater {
                model: root.controller.checkPhase === "open" ? root.controller.checkQuestions : []
                delegate: Label {
                    required property string modelData
                    required property int index
                    width: questionList.width
                    text: (index + 1) + ". " + modelData
                    textFormat: Text.PlainText
                    color: root.ink
                    font.pixelSize: root.small
                    wrapMode: Text.WordWrap
                }
            }
        }
        // After the round after the seminar: the room's change.
        GridLayout {
            objectName: "audienceCheckResult"
            visible: root.controller.checkPhase === "closed" && root.after && root.result.both > 0
            columns: 2
            columnSpacing: 40 * root.unit
            rowSpacing: 12 * root.unit
            Label {
                text: qsTr("Right answers before")
                color: root.muted
                font.pixelSize: root.body
            }
            Label {
                objectName: "audienceCheckBefore"
                text: qsTr("%1 %").arg(root.result.before ?? 0)
                color: root.ink
                font.pixelSize: root.headline
                font.bold: true
            }
            Label {
                text: qsTr("Right answers after")
                color: root.muted
                font.pixelSize: root.body
            }
            Label {
                objectName: "audienceCheckAfter"
                text: qsTr("%1 %").arg(root.result.after ?? 0)
                color: root.highlight
                font.pixelSize: root.headline
                font.bold: true
            }
        }
        Label {
            objectName: "audienceCheckGain"
            Layout.fillWidth: true
            visible: root.controller.checkPhase === "closed" && root.after
            text: (root.result.both ?? 0) === 0 ? qsTr("Nobody answered both rounds: there is nothing to compare.") : !(root.result.hasGain ?? false) ? qsTr("Everyone was right before already (%n answered both rounds).", "", root.result.both) : qsTr("Of what there was to learn, the room learnt %1 % (normalised gain; %n answered both rounds).", "", root.result.both).arg(Math.round(root.result.gain * 100))
            color: root.ink
            font.pixelSize: root.body
            wrapMode: Text.WordWrap
        }
        Item {
            Layout.fillHeight: true
        }
    }

    // The take-away: what to do before saying yes, and who can help, large enough to copy down.
    ColumnLayout {
        anchors.fill: parent
        spacing: 20 * root.unit
        visible: root.controller.checkPhase === "takeaway"

        Label {
            objectName: "audienceTakeawayTitle"
            Layout.fillWidth: true
            text: root.sheet.title ?? ""
            textFormat: Text.PlainText
            color: root.ink
            font.pixelSize: root.headline
            font.bold: true
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 50 * root.unit
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: 10 * root.unit
                Label {
                    text: qsTr("Before you go")
                    color: root.muted
                    font.pixelSize: root.small
                }
                Column {
                    id: stepList
                    Layout.fillWidth: true
                    spacing: 10 * root.unit
                    Repeater {
                        model: root.sheet.steps ?? []
                        delegate: Label {
                            required property var modelData // {name, description}
                            required property int index
                            objectName: "audienceTakeawayStep_" + index
                            width: stepList.width
                            text: "☐  " + modelData.name
                            textFormat: Text.PlainText
                            color: root.ink
                            font.pixelSize: root.body
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: 10 * root.unit
                Label {
                    text: qsTr("Who can help")
                    color: root.muted
                    font.pixelSize: root.small
                }
                Column {
                    id: helpList
                    Layout.fillWidth: true
                    spacing: 10 * root.unit
                    Repeater {
                        model: root.sheet.help ?? []
                        delegate: Column {
                            id: helpLine
                            required property var modelData
                            width: helpList.width
                            spacing: 0
                            Label {
                                width: helpLine.width
                                // The number once, also when the name already says it ("... tālrunis 116111").
                                readonly property string phone: helpLine.modelData.phone
                                readonly property string number: phone.length > 0 && helpLine.modelData.name.indexOf(phone) < 0 ? "  " + phone : ""
                                text: helpLine.modelData.name + number + (phone.length > 0 && !helpLine.modelData.checked ? " *" : "")
                                textFormat: Text.PlainText
                                color: root.highlight
                                font.pixelSize: root.body
                                font.bold: true
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                width: helpLine.width
                                text: helpLine.modelData.text
                                textFormat: Text.PlainText
                                color: root.ink
                                font.pixelSize: root.small
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: (root.sheet.help ?? []).some(h => h.phone.length > 0 && !h.checked)
            text: qsTr("* Not yet confirmed with the institution: if it does not answer, call 112.")
            color: root.muted
            font.pixelSize: root.small
            wrapMode: Text.WordWrap
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
