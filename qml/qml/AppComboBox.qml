import QtQuick
import Saskati
import QtQuick.Controls

// A drop-down list whose box grows with the text size: the style's fixed height cut the descenders and the
// comma of "ņ" at larger text. Its list's entries are names and words from files: plain text.
ComboBox {
    id: root

    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset, implicitContentHeight + topPadding + bottomPadding, Math.round(font.pixelSize * 2.2))
    Accessible.name: displayText
}
