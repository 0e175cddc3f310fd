pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// Who is practising: an existing participant, or a new one (a name or a pseudonymous code, and a role).
Item {
    id: root

    signal signedIn

    Component.onCompleted: nameField.forceActiveFocus()

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
                    onAccepted: createButton.clicked()
                }
                ComboBox {
                    id: roleBox
                    objectName: "roleBox"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.body
                    model: AppContext.roles
                    textRole: "name"
                    valueRole: "id"
                    Accessible.name: qsTr("Your work")
                }
                AppButton {
                    id: createButton
                    objectName: "createButton"
                    Layout.fillWidth: true
                    primary: true
                    enabled: nameField.text.trim().length > 0
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
