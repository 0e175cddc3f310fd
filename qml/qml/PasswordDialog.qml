pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The coordinator sets the review's password. Made by the start screen when first opened.
Dialog {
    id: root

    required property ReviewController coordinator

    signal passwordSet

    objectName: "passwordDialog"
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 560) - 2 * Theme.margin, 560)
    modal: true
    title: qsTr("The coordinator's password")
    standardButtons: Dialog.Cancel
    onOpened: {
        newPassword.text = "";
        repeatedPassword.text = "";
        newPassword.forceActiveFocus();
    }
    function submit() {
        if (root.coordinator.setPassword(newPassword.text, repeatedPassword.text)) {
            root.close();
            root.passwordSet();
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
            onAccepted: root.submit()
        }
        Label {
            objectName: "offerError"
            Layout.fillWidth: true
            visible: root.coordinator.error.length > 0
            text: root.coordinator.error
            color: Theme.danger
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
        }
        AppButton {
            objectName: "offerSave"
            primary: true
            text: qsTr("Set the password")
            onClicked: root.submit()
        }
    }
}
