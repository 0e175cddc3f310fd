import QtQuick
import Saskati
import QtQuick.Controls

// A page that scrolls up and down: told its content's height (a view sized by its content polishes in a loop),
// never sideways, with a scroll bar while there is more to see, and ensureVisible() for what the keyboard reaches.
Flickable {
    id: root

    // The room the scroll bar takes at the right: content is this much narrower than the page.
    readonly property real barWidth: bar.width

    // Scrolls just enough that the item is on screen (a margin's worth of its surroundings too).
    function ensureVisible(item: Item) {
        const top = item.mapToItem(contentItem, 0, 0).y;
        const bottom = top + item.height;
        if (top < contentY)
            contentY = Math.max(0, top - Theme.gap);
        else if (bottom > contentY + height)
            contentY = Math.max(0, Math.min(contentHeight - height, bottom - height + Theme.gap));
    }

    clip: true
    contentWidth: width
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
        id: bar
        policy: root.contentHeight > root.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
    }
}
