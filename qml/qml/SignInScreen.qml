pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// Who is practising: an existing participant, or a new one (a name or a pseudonymous code, and a role).
Item {
    id: root

    signal signedIn

    // A role is chosen, never assumed: the coordinator's figures by role count only what people said.
    readonly property bool roleChosen: roleBox.currentIndex >= 0

    Component.onCompleted: nameField.forceActiveFocus()
    StackView.onActivated: nameField.forceActiveFocus()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Label {
                text: qsTr("Who is practising?")
                font.pixelSize: Theme.title
                color: Theme.ink
            }
            ListView {
                id: people
                objectName: "participantList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.gap / 2
                model: AppContext.participants
                delegate: AppButton {
                    required property var modelData
                    width: people.width
                    text: modelData.name + "  ·  " + modelData.code
                    textAlignment: Text.AlignLeft
                    onClicked: {
                        if (AppContext.signIn(modelData.id))
                            root.signedIn();
                    }
                }
                Label {
                    visible: people.count === 0
                    text: qsTr("Nobody has practised on this computer yet.")
                    font.pixelSize: Theme.body
                    color: Theme.mutedInk
                }
            }
        }

        Frame {
            Layout.preferredWidth: parent.width * 0.4
            Layout.alignment: Qt.AlignTop
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.gap
                Label {
                    text: qsTr("New participant")
                    font.pixelSize: Theme.subtitle
                    color: Theme.ink
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("A first name or a pseudonym is enough. Results stay on this computer unless exported.")
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                    wrapMode: Text.WordWrap
                }
                TextField {
                    id: nameField
                    objectName: "nameField"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.body
                    placeholderText: qsTr("Name or pseudonym")
                    Accessible.name: qsTr("Name or pseudonym")
                    onAccepted: if (createButton.enabled)
                        createButton.clicked()
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your work")
                    font.pixelSize: Theme.small
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                AppComboBox {
                    id: roleBox
                    objectName: "roleBox"
                    Layout.fillWidth: true
                    // Room for the descenders and the comma of "ņ" at any text size.
                    Layout.preferredHeight: Math.max(implicitHeight, Theme.body * 2.4)
                    font.pixelSize: Theme.body
                    currentIndex: -1
                    model: [{
                            "id": "",
                            "name": qsTr("I'd rather not say")
                        }, ...AppContext.roles]
                    textRole: "name"
                    valueRole: "id"
                    displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
                    Accessible.name: qsTr("Your work")
                }
                Label {
                    Layout.fillWidth: true
                    visible: nameField.text.trim().length > 0 && !root.roleChosen
                    text: qsTr("Choose your work (or “I'd rather not say”) to start.")
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                    wrapMode: Text.WordWrap
                }
                AppButton {
                    id: createButton
                    objectName: "createButton"
                    Layout.fillWidth: true
                    primary: true
                    enabled: nameField.text.trim().length > 0 && root.roleChosen
                    text: qsTr("Start")
                    onClicked: {
                        if (AppContext.createParticipant(nameField.text, roleBox.currentValue || ""))
                            root.signedIn();
                    }
                }
            }
        }
    }
}
