pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// What the attempt teaches: the score and its four parts, what was missed or flagged wrongly and why, the critical
// errors with the principle, the referral path the key recommends, and earlier attempts.
Item {
    id: root

    objectName: "debriefScreen"

    required property PlaySession session
    readonly property var debrief: session.debrief
    // A finished attempt opened from a history: read, not played again.
    property bool readOnly: false

    signal playAgain
    signal done

    Component.onCompleted: (root.readOnly ? doneButton : againButton).forceActiveFocus()

    // One scrolling column of positioners (widths bound, heights from content): nothing here is laid out twice.
    ScrollPage {
        id: scroll
        objectName: "debriefScroll"
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentHeight: page.height

        Column {
            id: page
            width: scroll.width - scroll.barWidth - Theme.gap / 2
            spacing: Theme.margin

            // The result, what it means, and the way on. Placed by hand, not by a layout: the middle text wraps,
            // and a layout that sizes by wrapped text polishes in a loop.
            Item {
                width: parent.width
                height: Math.max(percentLabel.height, summary.height, buttons.height)
                Label {
                    id: percentLabel
                    objectName: "debriefPercent"
                    text: (root.debrief.percent || 0) + " %"
                    font.pixelSize: Theme.huge * 1.5
                    font.bold: true
                    color: root.debrief.criticalErrors > 0 ? Theme.warning : Theme.accent
                }
                Column {
                    id: summary
                    x: percentLabel.width + Theme.margin
                    width: parent.width - x - buttons.width - Theme.margin
                    spacing: Theme.gap / 2
                    Label {
                        width: parent.width
                        text: root.debrief.endingTitle || ""
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.title
                        font.bold: true
                        wrapMode: Text.WordWrap
                        color: Theme.ink
                    }
                    Label {
                        width: parent.width
                        text: qsTr("%1 of %2 points on the path you took · %3 % of the best possible in this scenario").arg(root.debrief.total).arg(root.debrief.max).arg(root.debrief.percentOfScenario)
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        width: parent.width
                        visible: root.debrief.criticalErrors > 0
                        // The person approached is never told it was their fault: a step put them at risk.
                        text: root.debrief.approached ? qsTr("One step put you most at risk, so the result is capped. It can happen to anyone: look below at what to do next time.") : qsTr("A critical error caps the result, whatever else went well.")
                        font.pixelSize: Theme.small
                        color: Theme.warning
                        wrapMode: Text.WordWrap
                    }
                }
                Column {
                    id: buttons
                    anchors.right: parent.right
                    width: Math.max(againButton.implicitWidth, doneButton.implicitWidth)
                    spacing: Theme.gap / 2
                    AppButton {
                        id: againButton
                        objectName: "playAgain"
                        width: parent.width
                        visible: !root.readOnly
                        primary: true
                        text: qsTr("Play again")
                        onClicked: root.playAgain()
                    }
                    AppButton {
                        id: doneButton
                        objectName: "debriefDone"
                        width: parent.width
                        text: root.readOnly ? qsTr("Back") : qsTr("Back to scenarios")
                        onClicked: root.done()
                    }
                }
            }

            Label {
                width: parent.width
                text: root.debrief.endingDebrief || ""
                textFormat: Text.PlainText
                font.pixelSize: Theme.body
                wrapMode: Text.WordWrap
                color: Theme.ink
            }

            Grid {
                id: parts
                width: parent.width
                columns: width >= 760 * Theme.scale ? 4 : 2
                spacing: Theme.gap
                Repeater {
                    model: root.debrief.parts || []
                    delegate: Rectangle {
                        id: part
                        required property var modelData
                        width: (parts.width - (parts.columns - 1) * parts.spacing) / parts.columns
                        height: partColumn.height + 2 * Theme.gap
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.line
                        Column {
                            id: partColumn
                            x: Theme.gap
                            y: Theme.gap
                            width: parent.width - 2 * Theme.gap
                            spacing: Theme.gap / 2
                            Label {
                                width: parent.width
                                text: part.modelData.name
                                font.pixelSize: Theme.small
                                color: Theme.mutedInk
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                text: part.modelData.points + " / " + part.modelData.max
                                font.pixelSize: Theme.title
                                color: Theme.ink
                            }
                            ProgressBar {
                                width: parent.width
                                from: 0
                                to: Math.max(1, part.modelData.max)
                                value: part.modelData.points
                            }
                        }
                    }
                }
            }

            Label {
                width: parent.width
                text: (root.debrief.approached ? qsTr("Traps: %1 found, %2 missed, %3 flagged that were not traps") : qsTr("Signs: %1 found, %2 missed, %3 flagged that were not signs")).arg(root.debrief.hits).arg(root.debrief.misses).arg(root.debrief.falseFlags)
                font.pixelSize: Theme.body
                color: Theme.ink
                wrapMode: Text.WordWrap
            }

            // The questions asked in conversations, each with its type: in an assessment the first time the
            // trainee sees them.
            Column {
                objectName: "debriefQuestions"
                width: parent.width
                spacing: Theme.gap / 2
                visible: (root.debrief.questions?.asked ?? 0) > 0
                Label {
                    width: parent.width
                    text: qsTr("Your questions: %1 of %2 of a recommended kind").arg(root.debrief.questions?.recommended ?? 0).arg(root.debrief.questions?.asked ?? 0)
                    font.pixelSize: Theme.subtitle
                    font.bold: true
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "debriefQuestionsSetting"
                    width: parent.width
                    visible: text.length > 0
                    text: root.debrief.questions?.setting ?? ""
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: root.debrief.questions?.moves ?? []
                    delegate: Label {
                        required property var modelData
                        width: parent ? parent.width : 0
                        text: (modelData.recommended ? "✓ " : "✗ ") + qsTr("%1 — %2").arg(modelData.text).arg(modelData.type)
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.body
                        color: modelData.recommended ? Theme.ink : Theme.danger
                        wrapMode: Text.WordWrap
                        Accessible.name: (modelData.recommended ? qsTr("Recommended: ") : qsTr("Not recommended: ")) + modelData.text + ", " + modelData.type
                    }
                }
            }

            Label {
                width: parent.width
                text: qsTr("What to learn from this attempt")
                font.pixelSize: Theme.subtitle
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Column {
                width: parent.width
                spacing: Theme.gap / 2
                Repeater {
                    model: root.debrief.feedback || []
                    delegate: Rectangle {
                        id: feedback
                        required property var modelData
                        width: parent ? parent.width : 0
                        height: feedbackColumn.height + 2 * Theme.gap
                        radius: Theme.radius
                        color: modelData.critical ? "#fdecea" : Theme.surface
                        border.color: Theme.line
                        Column {
                            id: feedbackColumn
                            x: Theme.gap
                            y: Theme.gap
                            width: parent.width - 2 * Theme.gap
                            spacing: 2
                            Label {
                                width: parent.width
                                text: feedback.modelData.kindName + (feedback.modelData.principle ? " · " + feedback.modelData.principle : "")
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.small
                                font.bold: true
                                color: feedback.modelData.critical ? Theme.danger : Theme.accent
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                width: parent.width
                                visible: feedback.modelData.about.length > 0
                                text: "“" + feedback.modelData.about + "”"
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.small
                                font.italic: true
                                wrapMode: Text.WordWrap
                                color: Theme.mutedInk
                            }
                            Label {
                                width: parent.width
                                text: feedback.modelData.text
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.body
                                wrapMode: Text.WordWrap
                                color: Theme.ink
                            }
                            Label {
                                width: parent.width
                                visible: feedback.modelData.via.length > 0
                                text: feedback.modelData.via
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.small
                                wrapMode: Text.WordWrap
                                color: Theme.mutedInk
                            }
                        }
                    }
                }
            }

            Label {
                width: parent.width
                text: root.debrief.approached ? qsTr("The messages again, with the traps marked") : qsTr("The conversation again, with the signs marked")
                font.pixelSize: Theme.subtitle
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Label {
                width: parent.width
                text: root.debrief.approached ? qsTr("Green: a trap you noticed. Orange: a trap you missed. Red: flagged, but not a trap.") : qsTr("Green: a sign you noticed. Orange: a sign you missed. Red: flagged, but not a sign.")
                font.pixelSize: Theme.small
                color: Theme.mutedInk
                wrapMode: Text.WordWrap
            }
            Column {
                width: parent.width
                spacing: Theme.gap
                Repeater {
                    model: root.debrief.transcript || []
                    delegate: Column {
                        id: transcriptScene
                        required property var modelData
                        width: parent ? parent.width : 0
                        spacing: Theme.gap / 2
                        Label {
                            width: parent.width
                            text: transcriptScene.modelData.title
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.body
                            font.bold: true
                            color: Theme.accent
                            wrapMode: Text.WordWrap
                        }
                        Repeater {
                            model: transcriptScene.modelData.lines
                            delegate: Flow {
                                id: transcriptLine
                                required property var modelData
                                width: transcriptScene.width
                                spacing: 6
                                Label {
                                    visible: transcriptLine.modelData.speaker.length > 0
                                    text: transcriptLine.modelData.speaker + ":"
                                    textFormat: Text.PlainText
                                    font.pixelSize: Theme.small
                                    font.bold: true
                                    color: Theme.mutedInk
                                }
                                Repeater {
                                    model: transcriptLine.modelData.segments
                                    delegate: Label {
                                        id: transcriptSegment
                                        required property var modelData
                                        width: Math.min(implicitWidth, transcriptLine.width)
                                        padding: 3
                                        text: transcriptSegment.modelData.text
                                        textFormat: Text.PlainText
                                        font.pixelSize: Theme.small
                                        font.strikeout: transcriptSegment.modelData.mark === "false"
                                        wrapMode: Text.WordWrap
                                        color: Theme.ink
                                        Accessible.name: (transcriptSegment.modelData.mark === "hit" ? qsTr("Noticed: ") : transcriptSegment.modelData.mark === "miss" ? qsTr("Missed: ") : transcriptSegment.modelData.mark === "false" ? qsTr("Not a sign: ") : "") + text
                                        background: Rectangle {
                                            radius: 3
                                            color: transcriptSegment.modelData.mark === "hit" ? "#d3f0d5" : transcriptSegment.modelData.mark === "miss" ? "#ffe1c2" : transcriptSegment.modelData.mark === "false" ? "#f8d3d3" : "transparent"
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }

            Label {
                width: parent.width
                text: root.debrief.approached ? qsTr("Who could help") : qsTr("The referral path this case calls for")
                font.pixelSize: Theme.subtitle
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Column {
                width: parent.width
                spacing: Theme.gap / 2
                Repeater {
                    model: root.debrief.recommendedReferral || []
                    delegate: Column {
                        id: referralStep
                        required property var modelData
                        width: parent ? parent.width : 0
                        spacing: 2
                        Label {
                            width: parent.width
                            text: (referralStep.modelData.required ? "● " : "○ ") + referralStep.modelData.names
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.body
                            wrapMode: Text.WordWrap
                            color: Theme.ink
                        }
                        // The institutions' current contacts, with the date the coordinator verified them.
                        Repeater {
                            model: referralStep.modelData.contacts.filter(c => c.length > 0)
                            delegate: Label {
                                required property string modelData
                                width: referralStep.width
                                leftPadding: Theme.gap * 2
                                text: modelData
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.small
                                wrapMode: Text.WordWrap
                                color: Theme.mutedInk
                            }
                        }
                    }
                }
            }

            Label {
                width: parent.width
                visible: (root.debrief.earlier || []).length > 0
                text: qsTr("Your earlier attempts: %1").arg((root.debrief.earlier || []).map(e => e.percent + " %").join(", "))
                font.pixelSize: Theme.body
                color: Theme.mutedInk
                wrapMode: Text.WordWrap
            }
        }
    }
}
