pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The review's Improvement tab: Hake's gain of those who came back.
ColumnLayout {
    id: root

    required property ReviewController controller
    readonly property var gain: root.controller.gain

    spacing: Theme.gap
    Label {
        objectName: "reviewGainEmpty"
        Layout.fillWidth: true
        visible: (root.gain.pairs ?? 0) === 0
        text: qsTr("Nobody has completed the same scenario twice within these filters yet: improvement needs a first and a later attempt by the same person.")
        font.pixelSize: Theme.body
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        visible: (root.gain.pairs ?? 0) > 0
        text: qsTr("Participants with two or more completed attempts of a scenario: %1").arg(root.gain.pairs ?? 0)
        font.pixelSize: Theme.subtitle
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        visible: (root.gain.pairs ?? 0) > 0
        text: qsTr("First attempt %1 % → latest %2 %").arg(root.gain.meanPre ?? 0).arg(root.gain.meanPost ?? 0)
        font.pixelSize: Theme.body
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Label {
        objectName: "reviewGain"
        Layout.fillWidth: true
        visible: (root.gain.pairs ?? 0) > 0
        text: qsTr("Class gain: %1 · mean of individual gains: %2").arg(root.gain.classText ?? "").arg(root.gain.meanText ?? "")
        font.pixelSize: Theme.body
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Hake's normalised gain: (latest − first) / (100 − first). Below 0.3 low, 0.3–0.7 medium, above 0.7 high.")
        font.pixelSize: Theme.small
        color: Theme.mutedInk
        wrapMode: Text.WordWrap
    }
    Item {
        Layout.fillHeight: true
    }
}
