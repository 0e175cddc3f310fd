pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The review's Improvement tab: Hake's gain of those who came back, and the share of recommended questions
// in conversations over successive attempts.
ColumnLayout {
    id: root

    required property ReviewController controller
    readonly property var gain: root.controller.gain
    // Interview practice: the share of recommended questions in conversations, attempt by attempt.
    readonly property var questions: root.controller.questions

    spacing: Theme.gap
    Label {
        objectName: "reviewGainEmpty"
        Layout.fillWidth: true
        visible: (root.gain.pairs ?? 0) === 0
        text: qsTr("Nobody has completed the same scenario twice within these filters yet: improvement needs a first and a later attempt by the same person.")
        font.pixelSize: Theme.body
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        visible: (root.gain.pairs ?? 0) > 0
        text: qsTr("Participants with two or more completed attempts of a scenario: %1").arg(root.gain.pairs ?? 0)
        font.pixelSize: Theme.subtitle
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        visible: (root.gain.pairs ?? 0) > 0
        text: qsTr("First attempt %1 % → latest %2 %").arg(root.gain.meanPre ?? 0).arg(root.gain.meanPost ?? 0)
        font.pixelSize: Theme.body
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Label {
        objectName: "reviewGain"
        Layout.fillWidth: true
        visible: (root.gain.pairs ?? 0) > 0
        text: qsTr("Class gain: %1 · mean of individual gains: %2").arg(root.gain.classText ?? "").arg(root.gain.meanText ?? "")
        font.pixelSize: Theme.body
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Hake's normalised gain: (latest − first) / (100 − first). Below 0.3 low, 0.3–0.7 medium, above 0.7 high.")
        font.pixelSize: Theme.small
        color: Theme.mutedInk
        wrapMode: Text.WordWrap
    }

    // Prevention seminars: the same questions before and after, answered on the phones.
    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        visible: root.controller.knowledgeChecks.length > 0
        text: qsTr("Knowledge checks of prevention seminars")
        font.pixelSize: Theme.subtitle
        font.bold: true
        color: Theme.ink
    }
    Column {
        id: checkRows
        objectName: "reviewKnowledgeChecks"
        Layout.fillWidth: true
        spacing: Theme.gap / 2
        visible: root.controller.knowledgeChecks.length > 0
        Repeater {
            model: root.controller.knowledgeChecks
            delegate: Label {
                required property var modelData
                width: checkRows.width
                text: modelData.both > 0 ? qsTr("%1: right answers %2 % before → %3 % after; class gain %4 (%n answered both)", "", modelData.both).arg(modelData.title).arg(modelData.before).arg(modelData.after).arg(modelData.gainText) : qsTr("%1: nobody answered both rounds").arg(modelData.title)
                textFormat: Text.PlainText // the seminar's title is typed by a lecturer
                font.pixelSize: Theme.body
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        text: qsTr("Questions in conversations")
        font.pixelSize: Theme.subtitle
        font.bold: true
        color: Theme.ink
    }
    Label {
        objectName: "reviewQuestionsEmpty"
        Layout.fillWidth: true
        visible: (root.questions.asked ?? 0) === 0
        text: qsTr("No conversation has been held within these filters yet.")
        font.pixelSize: Theme.body
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Label {
        objectName: "reviewQuestionsShare"
        Layout.fillWidth: true
        visible: (root.questions.asked ?? 0) > 0
        text: qsTr("Recommended questions: %1 % of %2 asked").arg(root.questions.share ?? 0).arg(root.questions.asked ?? 0)
        font.pixelSize: Theme.body
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Column {
        id: attemptRows
        Layout.fillWidth: true
        spacing: Theme.gap / 2
        Repeater {
            model: root.questions.byAttempt ?? []
            delegate: Label {
                required property var modelData
                width: attemptRows.width
                text: qsTr("Attempt %1 (participants: %2): %3 % recommended of %4 questions").arg(modelData.number).arg(modelData.attempts).arg(modelData.share).arg(modelData.asked)
                textFormat: Text.PlainText
                font.pixelSize: Theme.body
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
        }
    }
    Column {
        id: feedbackRows
        objectName: "reviewQuestionsByFeedback"
        Layout.fillWidth: true
        spacing: Theme.gap / 2
        Repeater {
            model: root.questions.byFeedback ?? []
            delegate: Label {
                required property var modelData
                width: feedbackRows.width
                text: qsTr("%1 (attempts: %2): %3 % recommended of %4 questions").arg(modelData.name).arg(modelData.attempts).arg(modelData.share).arg(modelData.asked)
                textFormat: Text.PlainText
                font.pixelSize: Theme.body
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: (root.questions.asked ?? 0) > 0
        text: (root.questions.types ?? []).map(t => qsTr("%1 %2 % (%3)").arg(t.name).arg(t.share).arg(t.recommended ? qsTr("recommended") : qsTr("not recommended"))).join(" · ")
        textFormat: Text.PlainText
        font.pixelSize: Theme.small
        color: Theme.mutedInk
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        visible: (root.questions.asked ?? 0) > 0
        text: qsTr("Attempt 1 is each person's first attempt with a conversation; later rows pool fewer people. With one person or one seminar chosen, the rows are theirs.")
        font.pixelSize: Theme.small
        color: Theme.mutedInk
        wrapMode: Text.WordWrap
    }
    Item {
        Layout.fillHeight: true
    }
}
