pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The review's Overview tab: counts, the score distribution, the months; a seminar's people; one person's
// history. A Flickable sized by the layout (a ScrollView sized by its content polishes in a loop), and Repeaters
// in Columns (Qt 6.4's layouts read a removed delegate after it is freed).
Flickable {
    id: root

    required property ReviewController controller
    readonly property var overview: root.controller.overview
    readonly property var person: root.controller.person

    // Asked of the review: one person's history, an attempt's debrief, erasing a person, names to codes.
    signal historyRequested(string uuid)
    signal debriefRequested(string attempt)
    signal eraseRequested(var person)
    signal pseudonymiseRequested

    objectName: "reviewOverview"
    clip: true
    contentWidth: width
    contentHeight: overviewColumn.implicitHeight
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    Column {
        id: overviewColumn
        width: root.width - Theme.gap
        spacing: Theme.gap
        // One person's history: their attempts; the Indicators tab shows what they miss.
        RowLayout {
            width: overviewColumn.width
            visible: root.controller.participant.length > 0
            spacing: Theme.gap
            Label {
                objectName: "reviewHistoryTitle"
                Layout.fillWidth: true
                text: qsTr("History of %1").arg(root.person.pseudonymous ? root.person.code ?? "" : (root.person.name ?? "") + " (" + (root.person.code ?? "") + ")")
                textFormat: Text.PlainText
                font.pixelSize: Theme.subtitle
                color: Theme.ink
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "reviewPersonBack"
                text: qsTr("Back to all")
                onClicked: {
                    root.controller.participant = "";
                    root.controller.refresh();
                }
            }
        }
        Column {
            id: historyRows
            width: overviewColumn.width
            spacing: Theme.gap / 2
            Repeater {
                model: root.controller.history
                delegate: RowLayout {
                    id: attemptRow
                    required property var entry
                    required property int index
                    objectName: "reviewAttempt-" + index
                    width: historyRows.width
                    spacing: Theme.gap
                    ReviewBar {
                        Layout.fillWidth: true
                        label: attemptRow.entry.date
                        share: attemptRow.entry.completed ? attemptRow.entry.percent / 100 : 0
                        value: (attemptRow.entry.completed ? attemptRow.entry.percent + " %" : attemptRow.entry.status) + " · " + attemptRow.entry.scenario + (attemptRow.entry.seminar.length > 0 ? " · " + attemptRow.entry.seminar : "")
                    }
                    AppButton {
                        objectName: "reviewOpenDebrief"
                        visible: attemptRow.entry.finished
                        text: qsTr("Debrief")
                        Accessible.name: qsTr("Open the debrief of the attempt of %1").arg(attemptRow.entry.date)
                        onClicked: root.debriefRequested(attemptRow.entry.uuid)
                    }
                }
            }
        }
        Label {
            objectName: "reviewCounts"
            width: overviewColumn.width
            text: root.overview.summary ?? ""
            font.pixelSize: Theme.subtitle
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Scores (percent of the best possible)")
            font.pixelSize: Theme.small
            color: Theme.mutedInk
        }
        Column {
            id: histogramRows
            width: overviewColumn.width
            Repeater {
                model: root.overview.histogram ?? []
                delegate: ReviewBar {
                    required property var modelData
                    width: histogramRows.width
                    label: modelData.label + " %"
                    share: modelData.share
                    value: String(modelData.count)
                }
            }
        }
        RowLayout {
            width: overviewColumn.width
            visible: root.controller.seminar.length > 0 && root.controller.participant.length === 0
            spacing: Theme.gap
            Label {
                Layout.fillWidth: true
                text: qsTr("Who took part: completed attempts · mean · best")
                font.pixelSize: Theme.small
                color: Theme.mutedInk
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "reviewPseudonymise"
                text: qsTr("Replace names by codes")
                Accessible.name: qsTr("Replace the names of this seminar's participants by their codes, for good")
                onClicked: root.pseudonymiseRequested()
            }
        }
        Column {
            id: peopleRows
            width: overviewColumn.width
            spacing: Theme.gap / 2
            Repeater {
                model: root.controller.participant.length === 0 ? root.controller.people : []
                delegate: RowLayout {
                    id: personRow
                    required property var entry
                    width: peopleRows.width
                    spacing: Theme.gap
                    ReviewBar {
                        Layout.fillWidth: true
                        label: personRow.entry.name + (personRow.entry.role.length > 0 ? " · " + personRow.entry.role : "")
                        share: personRow.entry.meanPercent / 100
                        value: personRow.entry.attempts + " · " + personRow.entry.meanPercent + " % · " + personRow.entry.bestPercent + " %"
                    }
                    AppButton {
                        text: qsTr("History")
                        Accessible.name: qsTr("History of %1").arg(personRow.entry.name)
                        onClicked: root.historyRequested(personRow.entry.uuid)
                    }
                    AppButton {
                        text: qsTr("Erase")
                        Accessible.name: qsTr("Erase %1 and all their results").arg(personRow.entry.name)
                        onClicked: root.eraseRequested(personRow.entry)
                    }
                }
            }
        }
        Label {
            text: qsTr("By month: seminars · participants · attempts · mean score")
            font.pixelSize: Theme.small
            color: Theme.mutedInk
        }
        Column {
            id: monthRows
            width: overviewColumn.width
            Repeater {
                model: root.overview.months ?? []
                delegate: ReviewBar {
                    id: monthBar
                    required property var modelData
                    width: monthRows.width
                    label: modelData.month
                    share: modelData.meanPercent / 100
                    value: modelData.seminars + " · " + modelData.participants + " · " + modelData.attempts + " · " + modelData.meanPercent + " %"
                    barColor: monthBar.orange
                }
            }
        }
    }
}
