pragma Singleton
import QtQuick
import Saskati

// Colours, type scale and spacing in one place. Sizes follow AppContext.fontScale so that a lecturer can enlarge
// everything for a projector and a trainee can shrink it on a small laptop.
QtObject {
    id: root

    readonly property real scale: AppContext.fontScale

    readonly property color background: "#f6f4ef"
    readonly property color surface: "#ffffff"
    readonly property color ink: "#1f2933"
    readonly property color mutedInk: "#52606d"
    readonly property color accent: "#1c5d99"
    readonly property color accentInk: "#ffffff"
    readonly property color flag: "#f0b429"
    readonly property color flagInk: "#3b2c00"
    readonly property color good: "#2f7d32"
    readonly property color warning: "#b44d12"
    readonly property color danger: "#a61b1b"
    readonly property color focus: "#d9480f"
    readonly property color line: "#d9d4c7"
    // A chat message the participant sent (format 3): told apart from the others by colour and side.
    readonly property color ownMessage: "#dcebf7"

    readonly property int small: Math.round(15 * scale)
    readonly property int body: Math.round(18 * scale)
    readonly property int subtitle: Math.round(22 * scale)
    readonly property int title: Math.round(30 * scale)
    readonly property int huge: Math.round(44 * scale)

    readonly property int gap: Math.round(12 * scale)
    readonly property int margin: Math.round(24 * scale)
    readonly property int radius: 8
}
