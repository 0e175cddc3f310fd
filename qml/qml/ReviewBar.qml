pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// A labelled horizontal bar of the review with its number beside it. Bars use the Okabe–Ito colour-blind-safe
// palette and always carry their numbers.
RowLayout {
    id: bar

    readonly property color blue: "#0072B2"
    readonly property color orange: "#E69F00"
    readonly property color vermillion: "#D55E00"
    property string label
    property real share: 0
    property string value
    property color barColor: bar.blue

    spacing: Theme.gap
    // Names wrap rather than lose their ends: "Maldināšana par darba būtību, vietu vai darba devēju".
    Label {
        Layout.preferredWidth: 320 * Theme.scale
        text: bar.label
        textFormat: Text.PlainText
        font.pixelSize: Theme.small
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Rectangle {
        Layout.preferredWidth: Math.max(2, 360 * Theme.scale * Math.max(0, Math.min(1, bar.share)))
        Layout.preferredHeight: Theme.small
        color: bar.barColor
        radius: 2
    }
    Label {
        Layout.fillWidth: true
        text: bar.value
        textFormat: Text.PlainText
        font.pixelSize: Theme.small
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
}
