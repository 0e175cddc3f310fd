import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The three uses of Saskati: practise alone, run a seminar, review results. On first run it offers, once, to
// set the coordinator's password, and says who should.
Item {
    id: root

    signal practise
    signal seminar
    signal review

    Component.onCompleted: practiseButton.forceActiveFocus()
    StackView.onActivated: coordinator.recheck()

    // Only for the password: whether one is set, and setting the first one.
    ReviewController {
        id: coordinator
        objectName: "startCoordinator"
    }
    Connections {
        target: AppContext
        function onLoadedChanged() {
            coordinator.recheck();
        }
    }

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
            id: doneLabel
            objectName: "passwordSetLabel"
            Layout.fillWidth: true
            visible: false
            text: qsTr("The coordinator's password is set. Review results now asks for it.")
            font.pixelSize: Theme.body
            color: Theme.good
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
        // First run: the coordinator's password is set on purpose, by the coordinator, not by whoever opens the
        // review first.
        Rectangle {
            objectName: "passwordOffer"
            Layout.fillWidth: true
            Layout.preferredHeight: offerColumn.implicitHeight + 2 * Theme.gap
            visible: !coordinator.passwordOfferDone
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.warning
            border.width: 2
            ColumnLayout {
                id: offerColumn
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Set the coordinator's password now?")
                    font.pixelSize: Theme.subtitle
                    font.bold: true
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Review results shows every participant's results and opens only with this password. Your team's coordinator should set it, once, on this laptop. If you are not the coordinator, skip this: practising and seminars work without it.")
                    font.pixelSize: Theme.body
                    color: Theme.mutedInk
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    spacing: Theme.gap
                    AppButton {
                        objectName: "offerSetPassword"
                        text: qsTr("I am the coordinator: set it now")
                        onClicked: passwordDialog.open()
                    }
                    AppButton {
                        objectName: "offerSkip"
                        text: qsTr("Skip: I am not the coordinator")
                        onClicked: {
                            coordinator.skipPasswordOffer();
                            practiseButton.forceActiveFocus();
                        }
                    }
                }
            }
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

    Dialog {
        id: passwordDialog
        objectName: "passwordDialog"
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.margin, 560)
        modal: true
        title: qsTr("The coordinator's password")
        standardButtons: Dialog.Cancel
        onOpened: {
            newPassword.text = "";
            repeatedPassword.text = "";
            newPassword.forceActiveFocus();
        }
        function submit() {
            if (coordinator.setPassword(newPassword.text, repeatedPassword.text)) {
                passwordDialog.close();
                doneLabel.visible = true;
                reviewButton.forceActiveFocus();
            }
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.gap
            Label {
                Layout.fillWidth: true
                text: qsTr("At least 8 characters. Trainees must not know it; keep it where the team keeps its other passwords.")
                font.pixelSize: Theme.body
                wrapMode: Text.WordWrap
            }
            TextField {
                id: newPassword
                objectName: "offerPassword"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                font.pixelSize: Theme.body
                placeholderText: qsTr("Password")
                Accessible.name: qsTr("Coordinator's password")
                onAccepted: repeatedPassword.forceActiveFocus()
            }
            TextField {
                id: repeatedPassword
                objectName: "offerPasswordRepeat"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                font.pixelSize: Theme.body
                placeholderText: qsTr("The same again")
                Accessible.name: qsTr("Repeat the password")
                onAccepted: passwordDialog.submit()
            }
            Label {
                objectName: "offerError"
                Layout.fillWidth: true
                visible: coordinator.error.length > 0
                text: coordinator.error
                color: Theme.danger
                font.pixelSize: Theme.body
                wrapMode: Text.WordWrap
            }
            AppButton {
                objectName: "offerSave"
                primary: true
                text: qsTr("Set the password")
                onClicked: passwordDialog.submit()
            }
        }
    }
}
