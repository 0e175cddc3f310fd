pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The scenario library: cards with what a trainee needs to choose, filtered by form of trafficking.
Item {
    id: root

    property var interrupted: AppContext.interruptedAttempt()
    property string formFilter: ""
    property string audienceFilter: ""

    signal open(string scenarioId, string warning, string title)
    signal resume(string attemptId)
    signal history

    Component.onCompleted: cards.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Scenarios")
                font.pixelSize: Theme.title
                color: Theme.ink
            }
            ComboBox {
                id: formBox
                font.pixelSize: Theme.body
                Layout.preferredWidth: 360 * Theme.scale
                model: [{
                        "id": "",
                        "name": qsTr("All forms")
                    }, ...AppContext.forms, {
                        "id": "none",
                        "name": qsTr("No trafficking (control)")
                    }]
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Filter by form of trafficking")
                onActivated: root.formFilter = currentValue
            }
            ComboBox {
                id: audienceBox
                font.pixelSize: Theme.body
                Layout.preferredWidth: 300 * Theme.scale
                model: [{
                        "id": "",
                        "name": qsTr("All audiences")
                    }, ...AppContext.roles]
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Filter by audience")
                onActivated: root.audienceFilter = currentValue
            }
            AppButton {
                text: qsTr("My history")
                onClicked: root.history()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            visible: root.interrupted.uuid !== undefined
            implicitHeight: resumeRow.implicitHeight + 2 * Theme.gap
            color: "#fff4d6"
            radius: Theme.radius
            RowLayout {
                id: resumeRow
                anchors.fill: parent
                anchors.margins: Theme.gap
                Label {
                    Layout.fillWidth: true
                    text: qsTr("You left “%1” before the end. Continue where you stopped?").arg(root.interrupted.title || "")
                    font.pixelSize: Theme.body
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                }
                AppButton {
                    objectName: "resumeButton"
                    primary: true
                    text: qsTr("Continue")
                    onClicked: root.resume(root.interrupted.uuid)
                }
            }
        }

        GridView {
            id: cards
            objectName: "scenarioCards"

            // AppContext declares the model as "ScenarioListModel *", without its namespace, so qmllint cannot resolve
            // the type of AppContext.scenarios; read it through an untyped reference.
            readonly property var appContext: AppContext

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: width / Math.max(1, Math.floor(width / (420 * Theme.scale)))
            cellHeight: 250 * Theme.scale
            model: appContext.scenarios
            keyNavigationEnabled: true
            delegate: Item {
                id: card
                required property int index
                required property string scenarioId
                required property string title
                required property string summary
                required property string form
                required property string formName
                required property string audience
                required property int minutes
                required property string languages
                required property var bestPercent
                required property var audienceIds
                required property string contentWarning
                readonly property bool shown: (root.formFilter === "" || root.formFilter === form) && (root.audienceFilter === "" || audienceIds.indexOf(root.audienceFilter) >= 0)

                width: cards.cellWidth
                height: shown ? cards.cellHeight : 0
                visible: shown

                Rectangle {
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: card.GridView.isCurrentItem && cards.activeFocus ? 3 : 1
                    border.color: card.GridView.isCurrentItem && cards.activeFocus ? Theme.focus : Theme.line

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        spacing: Theme.gap / 2
                        Label {
                            Layout.fillWidth: true
                            text: card.title
                            font.pixelSize: Theme.subtitle
                            font.bold: true
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: (card.formName || qsTr("No trafficking (control)")) + " · " + qsTr("%n min", "", card.minutes) + " · " + card.languages
                            font.pixelSize: Theme.small
                            color: Theme.accent
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: card.summary
                            font.pixelSize: Theme.small
                            color: Theme.mutedInk
                            wrapMode: Text.WordWrap
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("For: %1").arg(card.audience)
                            font.pixelSize: Theme.small
                            color: Theme.mutedInk
                            elide: Text.ElideRight
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: card.bestPercent === undefined ? qsTr("Not played yet") : qsTr("Your best: %1 %").arg(card.bestPercent)
                                font.pixelSize: Theme.small
                                color: Theme.ink
                            }
                            AppButton {
                                objectName: "play_" + card.scenarioId
                                primary: true
                                text: qsTr("Play")
                                Accessible.name: qsTr("Play %1").arg(card.title)
                                onClicked: root.open(card.scenarioId, card.contentWarning, card.title)
                            }
                        }
                    }
                }
                Keys.onReturnPressed: root.open(scenarioId, contentWarning, title)
            }
        }
    }
}
