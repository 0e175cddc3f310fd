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
    // Where keyboard focus goes back to when the menu closes (the sentence or region that was flagged).
    property Item returnFocusTo: null
    readonly property var matches: Array.from(AppContext.indicators).filter(i => {
        const wanted = fold(search.text.trim());
        return wanted.length === 0 || fold(i.name + " " + i.description).indexOf(wanted) >= 0;
    })

    signal chosen(string target, string indicator)
    signal removed(string target)

    // Case and accents do not matter ("paase" finds "pase", "pase" finds "Pase"), as on the phones.
    function fold(text: string): string {
        return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width * 0.6 : 800, 820)
    height: Math.min(parent ? parent.height * 0.85 : 700, 720)
    onAboutToShow: {
        search.text = "";
        list.currentIndex = -1;
    }
    onOpened: search.forceActiveFocus()
    onClosed: {
        if (returnFocusTo)
            returnFocusTo.forceActiveFocus();
        returnFocusTo = null;
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: "“" + root.targetText + "”"
            textFormat: Text.PlainText
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
            objectName: "indicatorList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            keyNavigationEnabled: true
            model: root.matches
            delegate: ItemDelegate {
                id: indicatorItem
                required property var modelData
                required property int index
                width: list.width
                text: modelData.name
                font.pixelSize: Theme.body
                highlighted: ListView.isCurrentItem && list.activeFocus
                contentItem: Text {
                    text: indicatorItem.text
                    textFormat: Text.PlainText
                    font: indicatorItem.font
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Accessible.name: modelData.name
                onClicked: {
                    root.chosen(root.target, modelData.id);
                    root.close();
                }
                Keys.onReturnPressed: clicked()
            }
            ScrollBar.vertical: ScrollBar {}
            Label {
                objectName: "noIndicatorFound"
                width: list.width
                visible: root.matches.length === 0
                text: qsTr("No indicator matches “%1”. Flag it as “Something is wrong here”, or try another word.").arg(search.text.trim())
                textFormat: Text.PlainText
                font.pixelSize: Theme.body
                color: Theme.mutedInk
                wrapMode: Text.WordWrap
            }
        }
    }
}
