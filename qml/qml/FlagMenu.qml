pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// Flag what looks wrong: name the indicator from the catalogue, or just say "something is wrong".
Popup {
    id: root

    property string target
    property string targetText
    property bool flagged: false

    signal chosen(string target, string indicator)
    signal removed(string target)

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width * 0.6 : 800, 820)
    height: Math.min(parent ? parent.height * 0.85 : 700, 720)
    onOpened: search.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: "“" + root.targetText + "”"
            font.pixelSize: Theme.body
            font.italic: true
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            color: Theme.ink
        }
        RowLayout {
            Layout.fillWidth: true
            AppButton {
                objectName: "flagSomethingWrong"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Something is wrong here")
                onClicked: {
                    root.chosen(root.target, "");
                    root.close();
                }
            }
            AppButton {
                visible: root.flagged
                text: qsTr("Remove the flag")
                onClicked: {
                    root.removed(root.target);
                    root.close();
                }
            }
        }
        TextField {
            id: search
            Layout.fillWidth: true
            font.pixelSize: Theme.body
            placeholderText: qsTr("…or find the indicator")
            Accessible.name: qsTr("Find an indicator")
            Keys.onDownPressed: list.forceActiveFocus()
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            keyNavigationEnabled: true
            model: Array.from(AppContext.indicators).filter(i => search.text.length === 0 || i.name.toLowerCase().indexOf(search.text.toLowerCase()) >= 0)
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                width: list.width
                text: modelData.name
                font.pixelSize: Theme.body
                highlighted: ListView.isCurrentItem && list.activeFocus
                Accessible.name: modelData.name
                onClicked: {
                    root.chosen(root.target, modelData.id);
                    root.close();
                }
                Keys.onReturnPressed: clicked()
            }
            ScrollBar.vertical: ScrollBar {}
        }
    }
}
