import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// These stories are hard for some trainees: say what is coming before it starts, and that one can stop.
Item {
    id: root

    property string scenarioId
    property string scenarioTitle
    property string warning

    signal accepted
    signal declined

    Component.onCompleted: continueButton.forceActiveFocus()
    // The stack gives the focus to the page itself when it arrives: hand it on, so Enter starts.
    StackView.onActivated: continueButton.forceActiveFocus()
    Keys.onEscapePressed: root.declined()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        spacing: Theme.margin
        Label {
            Layout.fillWidth: true
            text: root.scenarioTitle
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Before you start")
            font.pixelSize: Theme.subtitle
            color: Theme.warning
        }
        Label {
            Layout.fillWidth: true
            text: root.warning
            font.pixelSize: Theme.body
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "supportLines"
            textFormat: Text.PlainText
            text: qsTr("You can pause at any time with “Step out”; your progress is kept. If the story touches your own life, talk to someone you trust.") + " " + AppContext.supportLines
            font.pixelSize: Theme.small
            color: Theme.mutedInk
            wrapMode: Text.WordWrap
        }
        RowLayout {
            spacing: Theme.gap
            AppButton {
                id: continueButton
                objectName: "acceptWarning"
                primary: true
                text: qsTr("I am ready — start")
                KeyNavigation.right: backButton
                onClicked: root.accepted()
            }
            AppButton {
                id: backButton
                text: qsTr("Not now")
                onClicked: root.declined()
            }
        }
    }
}
