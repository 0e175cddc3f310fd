import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The three uses of Saskati: practise alone, run a seminar, review results.
Item {
    id: root

    signal practise
    signal seminar
    signal review

    Component.onCompleted: practiseButton.forceActiveFocus()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        spacing: Theme.margin

        Label {
            Layout.fillWidth: true
            text: qsTr("Recognise. Ask well. Refer.")
            font.pixelSize: Theme.huge
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("A training simulator for meeting people who may be victims of human trafficking.")
            font.pixelSize: Theme.subtitle
            color: Theme.mutedInk
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: AppContext.problem.length > 0
            text: AppContext.problem
            font.pixelSize: Theme.small
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.gap
            AppButton {
                id: practiseButton
                objectName: "practiseButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.huge * 3
                primary: true
                text: qsTr("Practise a scenario")
                KeyNavigation.right: seminarButton
                onClicked: root.practise()
            }
            AppButton {
                id: seminarButton
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.huge * 3
                text: qsTr("Run a seminar")
                KeyNavigation.right: reviewButton
                onClicked: root.seminar()
            }
            AppButton {
                id: reviewButton
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.huge * 3
                text: qsTr("Review results")
                onClicked: root.review()
            }
        }
    }
}
