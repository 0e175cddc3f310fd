pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The review's Indicators tab: the signs the room keeps missing, worst first.
ColumnLayout {
    id: root

    required property ReviewController controller

    Label {
        text: qsTr("Detection of each sign, worst first (found / times on the path; wrongly named)")
        font.pixelSize: Theme.small
        color: Theme.mutedInk
    }
    ListView {
        objectName: "reviewIndicators"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.controller.indicators
        delegate: ReviewBar {
            id: indicatorBar
            required property var entry
            width: ListView.view.width
            label: indicatorBar.entry.name
            share: indicatorBar.entry.detection / 100
            value: indicatorBar.entry.detection + " %  (" + indicatorBar.entry.found + "/" + indicatorBar.entry.exposures + ")  ·  " + qsTr("wrongly named %1 %").arg(indicatorBar.entry.falseFlagRate) + (indicatorBar.entry.enough ? "" : "  ·  " + qsTr("too few to tell"))
            barColor: indicatorBar.entry.enough ? indicatorBar.vermillion : Theme.line
        }
    }
}
