pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The review's People tab: anyone in the results, found by name or code, to see their history or erase them.
ColumnLayout {
    id: root

    required property ReviewController controller
    property var searchResults: []

    // Asked of the review: one person's history, erasing a person.
    signal historyRequested(string uuid)
    signal eraseRequested(var person)

    // Finds again what the field asks for (after an erasure, too).
    function search() {
        root.searchResults = root.controller.findParticipants(searchField.text);
    }

    spacing: Theme.gap
    Label {
        Layout.fillWidth: true
        text: qsTr("Find anyone in the results by part of their name or code: solo trainees, seminar participants, people who stopped early or never played. Erasing deletes the person and all their results, also from the backups.")
        font.pixelSize: Theme.small
        color: Theme.mutedInk
        wrapMode: Text.WordWrap
    }
    TextField {
        id: searchField
        objectName: "reviewSearch"
        Layout.fillWidth: true
        Layout.maximumWidth: 520
        font.pixelSize: Theme.body
        placeholderText: qsTr("Name or code")
        Accessible.name: qsTr("Find a participant by name or code")
        onTextChanged: root.search()
    }
    Label {
        objectName: "reviewSearchNone"
        Layout.fillWidth: true
        visible: searchField.text.trim().length > 0 && root.searchResults.length === 0
        text: qsTr("Nobody's name or code contains “%1”.").arg(searchField.text.trim())
        textFormat: Text.PlainText
        font.pixelSize: Theme.body
        color: Theme.mutedInk
        wrapMode: Text.Wrap
    }
    ListView {
        id: searchList
        objectName: "reviewSearchResults"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.gap / 2
        model: root.searchResults
        delegate: RowLayout {
            id: found
            required property var modelData
            required property int index
            objectName: "reviewFound-" + index
            width: searchList.width
            spacing: Theme.gap
            Label {
                Layout.fillWidth: true
                text: found.modelData.name + (found.modelData.name === found.modelData.code ? "" : " (" + found.modelData.code + ")") + (found.modelData.role.length > 0 ? " · " + found.modelData.role : "") + " · " + qsTr("%n attempt(s)", "", found.modelData.attempts)
                textFormat: Text.PlainText
                font.pixelSize: Theme.body
                color: Theme.ink
                elide: Text.ElideRight
            }
            AppButton {
                objectName: "reviewFoundHistory"
                text: qsTr("History")
                Accessible.name: qsTr("History of %1").arg(found.modelData.name)
                onClicked: root.historyRequested(found.modelData.uuid)
            }
            AppButton {
                objectName: "reviewFoundErase"
                text: qsTr("Erase")
                Accessible.name: qsTr("Erase %1 and all their results").arg(found.modelData.name)
                onClicked: root.eraseRequested(found.modelData)
            }
        }
    }
}
