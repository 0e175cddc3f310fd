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

    function focusFirstCard() {
        for (let i = 0; i < grid.children.length; ++i) {
            const child = grid.children[i];
            if (child.objectName.startsWith("card_") && child.visible) {
                child.forceActiveFocus();
                return;
            }
        }
    }

    Component.onCompleted: focusFirstCard()
    StackView.onActivated: focusFirstCard()

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
            AppComboBox {
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
            AppComboBox {
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

        // Cards as tall as what they say (every summary in full), in as many columns as fit; the page scrolls.
        ScrollPage {
            id: cards
            objectName: "scenarioCards"

            // AppContext declares the model as "ScenarioListModel *", without its namespace, so qmllint cannot resolve
            // the type of AppContext.scenarios; read it through an untyped reference.
            readonly property var appContext: AppContext
            readonly property int columns: Math.max(1, Math.floor(width / (420 * Theme.scale)))

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: grid.height

            Grid {
                id: grid
                width: cards.width - cards.barWidth
                columns: cards.columns
                spacing: Theme.gap
                Repeater {
                    model: cards.appContext.scenarios
                    delegate: Rectangle {
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
                        required property bool edited
                        required property bool inLanguage
                        readonly property bool shown: (root.formFilter === "" || root.formFilter === form) && (root.audienceFilter === "" || audienceIds.indexOf(root.audienceFilter) >= 0)

                        objectName: "card_" + scenarioId
                        width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                        height: cardColumn.height + 2 * Theme.gap
                        visible: shown
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: card.activeFocus ? 3 : 1
                        border.color: card.activeFocus ? Theme.focus : Theme.line
                        activeFocusOnTab: true
                        Accessible.role: Accessible.Button
                        Accessible.name: card.title
                        Accessible.description: card.summary
                        Keys.onReturnPressed: root.open(scenarioId, contentWarning, title)
                        Keys.onEnterPressed: root.open(scenarioId, contentWarning, title)
                        onActiveFocusChanged: if (activeFocus)
                            cards.ensureVisible(card)

                        Column {
                            id: cardColumn
                            x: Theme.gap
                            y: Theme.gap
                            width: parent.width - 2 * Theme.gap
                            spacing: Theme.gap / 2
                            Label {
                                width: parent.width
                                text: card.title
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.subtitle
                                font.bold: true
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                            }
                            // Written or corrected by the team in the Author area, not shipped.
                            Label {
                                objectName: "edited_" + card.scenarioId
                                visible: card.edited
                                text: qsTr("Edited by your team")
                                font.pixelSize: Theme.small
                                font.bold: true
                                color: Theme.warning
                            }
                            // Languages are declared by each scenario: one without the interface's shows its texts
                            // in another, and says so before it is opened.
                            Label {
                                objectName: "notInLanguage_" + card.scenarioId
                                width: parent.width
                                visible: !card.inLanguage
                                text: qsTr("Not in %1 yet: its texts show in another language").arg(AppContext.languageName(AppContext.language))
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.small
                                font.bold: true
                                color: Theme.warning
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                width: parent.width
                                text: (card.formName || qsTr("No trafficking (control)")) + " · " + qsTr("%n min", "", card.minutes) + " · " + card.languages
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.small
                                color: Theme.accent
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                width: parent.width
                                text: card.summary
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.small
                                color: Theme.mutedInk
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                width: parent.width
                                text: qsTr("For: %1").arg(card.audience)
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.small
                                color: Theme.mutedInk
                                wrapMode: Text.WordWrap
                            }
                            RowLayout {
                                width: parent.width
                                Label {
                                    Layout.fillWidth: true
                                    text: card.bestPercent === undefined ? qsTr("Not played yet") : qsTr("Your best: %1 %").arg(card.bestPercent)
                                    font.pixelSize: Theme.small
                                    color: Theme.ink
                                    wrapMode: Text.WordWrap
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
                }
            }
        }
    }
}
