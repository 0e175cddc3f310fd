import QtQuick
import Saskati

// The header's sync status line (docs/server.md, "The app"): shown while the results file has a server; says
// whether everything was sent, how much waits, or that the last sync failed; pressed, it sends now. The
// details and the settings are in the review's Server tab.
AppButton {
    id: root

    readonly property bool failed: ResultsServer.problem.length > 0
    readonly property string lastText: isNaN(ResultsServer.lastComplete.getTime()) ? qsTr("never yet") : ResultsServer.lastComplete.toLocaleString(Qt.locale(AppContext.language), Locale.ShortFormat)

    objectName: "serverStatusButton"
    visible: ResultsServer.configured
    enabled: !ResultsServer.syncing
    font.pixelSize: Theme.small
    // "All sent" only when a sync sent everything and nothing has come since (not while it is being counted).
    text: ResultsServer.syncing ? qsTr("Sending…") : root.failed ? qsTr("Server: not sent") : ResultsServer.pending > 0 ? qsTr("Server: %n waiting", "", ResultsServer.pending) : ResultsServer.pending === 0 && !isNaN(ResultsServer.lastComplete.getTime()) ? qsTr("Server: all sent") : qsTr("Server: not sent yet")
    Accessible.name: root.text + ". " + qsTr("Send results to the server now. Everything was last sent: %1.").arg(root.lastText)
    contentItem: Text {
        text: root.text
        textFormat: Text.PlainText
        font: root.font
        color: root.failed ? Theme.warning : Theme.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    onClicked: ResultsServer.syncNow()
}
