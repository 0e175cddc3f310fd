import QtQuick
import Saskati
import QtQuick.Controls

// A button that is large enough to hit and shows keyboard focus clearly.
Button {
    id: root

    property bool primary: false
    property int textAlignment: Text.AlignHCenter

    font.pixelSize: Theme.body
    padding: Theme.gap
    Accessible.name: text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radius
        color: root.primary ? (root.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent) : (root.down ? Theme.line : Theme.surface)
        border.width: root.activeFocus ? 3 : 1
        border.color: root.activeFocus ? Theme.focus : Theme.line
        opacity: root.enabled ? 1 : 0.5
    }
    contentItem: Text {
        text: root.text
        textFormat: Text.PlainText
        font: root.font
        color: root.primary ? Theme.accentInk : Theme.ink
        horizontalAlignment: root.textAlignment
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
