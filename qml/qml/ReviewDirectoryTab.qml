pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The review's Directory tab: the institutions' contacts as debriefs show them, corrected and verified here.
Flickable {
    id: root

    required property ReviewController controller

    // A contact was saved (to say so).
    signal contactSaved(string name)

    clip: true
    contentWidth: width
    contentHeight: directoryColumn.implicitHeight
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    Column {
        id: directoryColumn
        width: root.width - Theme.gap
        spacing: Theme.gap
        Label {
            width: directoryColumn.width
            text: qsTr("Check each contact with the institution, correct it, tick \"verified today\" and save. Debriefs show these contacts with the date.")
            font.pixelSize: Theme.small
            color: Theme.mutedInk
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: AppContext.institutions
            delegate: GridLayout {
                id: contact
                required property var modelData
                required property int index
                objectName: "contact-" + modelData.id
                width: directoryColumn.width
                columns: 4
                columnSpacing: Theme.gap
                Label {
                    Layout.columnSpan: 4
                    Layout.fillWidth: true
                    Layout.topMargin: contact.index > 0 ? Theme.gap : 0
                    textFormat: Text.PlainText
                    text: contact.modelData.name + "  ·  " + (contact.modelData.verifiedOn.length > 0 ? qsTr("verified %1").arg(contact.modelData.verifiedOn) : qsTr("not verified yet"))
                    font.pixelSize: Theme.body
                    font.bold: true
                    color: contact.modelData.verifiedOn.length > 0 ? Theme.ink : Theme.danger
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "source"
                    Layout.columnSpan: 4
                    Layout.fillWidth: true
                    visible: text.length > 0
                    textFormat: Text.PlainText
                    text: contact.modelData.source.length > 0 ? qsTr("Source: %1").arg(contact.modelData.source) : ""
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                    wrapMode: Text.Wrap
                }
                TextField {
                    id: phoneField
                    objectName: "phone"
                    text: contact.modelData.phone
                    placeholderText: qsTr("Phone")
                    Accessible.name: qsTr("Phone of %1").arg(contact.modelData.name)
                    Layout.fillWidth: true
                }
                TextField {
                    id: freePhoneField
                    text: contact.modelData.freePhone
                    placeholderText: qsTr("Free phone")
                    Accessible.name: qsTr("Free phone of %1").arg(contact.modelData.name)
                    Layout.fillWidth: true
                }
                TextField {
                    id: emailField
                    text: contact.modelData.email
                    placeholderText: qsTr("E-mail")
                    Accessible.name: qsTr("E-mail of %1").arg(contact.modelData.name)
                    Layout.fillWidth: true
                }
                TextField {
                    id: websiteField
                    text: contact.modelData.website
                    placeholderText: qsTr("Website")
                    Accessible.name: qsTr("Website of %1").arg(contact.modelData.name)
                    Layout.fillWidth: true
                }
                TextField {
                    id: addressField
                    text: contact.modelData.address
                    placeholderText: qsTr("Address")
                    Accessible.name: qsTr("Address of %1").arg(contact.modelData.name)
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                }
                TextField {
                    id: hoursField
                    text: contact.modelData.hours
                    placeholderText: qsTr("Hours")
                    Accessible.name: qsTr("Hours of %1").arg(contact.modelData.name)
                    Layout.fillWidth: true
                }
                RowLayout {
                    CheckBox {
                        id: verifiedBox
                        objectName: "verified"
                        text: qsTr("verified today")
                        font.pixelSize: Theme.small
                    }
                    AppButton {
                        objectName: "saveContact"
                        text: qsTr("Save")
                        Accessible.name: qsTr("Save the contacts of %1").arg(contact.modelData.name)
                        onClicked: {
                            if (root.controller.saveContact(contact.modelData.id, {
                                phone: phoneField.text,
                                freePhone: freePhoneField.text,
                                email: emailField.text,
                                website: websiteField.text,
                                address: addressField.text,
                                hours: hoursField.text
                            }, verifiedBox.checked))
                                root.contactSaved(contact.modelData.name);
                            verifiedBox.checked = false;
                        }
                    }
                }
            }
        }
    }
}
