import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// Work that runs off the GUI thread (opening the results file, reading them for the review): said at the foot of
// the screen, where it moves nothing, with a spinner that shows the app is alive. Anchor it to the bottom.
Rectangle {
    id: strip

    property bool running: false
    property string text

    height: row.implicitHeight + 2 * Theme.gap
    visible: running
    color: Theme.surface
    border.color: Theme.mutedInk
    border.width: 1

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap
        BusyIndicator {
            running: strip.running
            Layout.preferredWidth: Theme.huge
            Layout.preferredHeight: Theme.huge
            Accessible.name: strip.text
        }
        Label {
            Layout.fillWidth: true
            text: strip.text
            textFormat: Text.PlainText
            font.pixelSize: Theme.body
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
    }
}
