pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The review's Server tab: which server this results file sends its results to (docs/server.md, "The app"),
// a connection test, and the sync: when it last sent everything, what waits, a sync now. Behind the
// coordinator's password because it decides where every participant's results go.
ScrollPage {
    id: root

    // The last connection test ({} before the first): see ResultsServer.testResult.
    readonly property var testResult: ResultsServer.testResult

    // A failure said in the interface's words; the engine's own sentence goes below it.
    function problemText(problem: string): string {
        switch (problem) {
        case "address":
            return qsTr("This address cannot be used.");
        case "no-driver":
            return qsTr("This computer lacks PostgreSQL support (the package libqt6sql6-psql).");
        case "unreachable":
            return qsTr("The server does not answer. Results stay on this laptop and are sent later.");
        case "identity":
            return qsTr("The server's identity could not be checked, so nothing was sent.");
        case "credentials":
            return qsTr("The server refused the account or its password.");
        case "no-database":
            return qsTr("The server has no such database.");
        case "no-schema":
            return qsTr("Saskati is not set up on this server yet: its administrator runs \"saskati-cli server init\".");
        case "not-allowed":
            return qsTr("The server does not let this account send results.");
        case "busy":
            return qsTr("Another sync of this results file is running. Try again when it has finished.");
        case "store":
            return qsTr("This laptop's results file could not be read for the sync.");
        case "password-file":
            return qsTr("The password could not be kept on this laptop.");
        case "account-kind":
            return qsTr("This account cannot send results: use a lecturer's or a coordinator's account.");
        case "old-schema":
            return qsTr("The server's Saskati schema is older than this app's: its administrator runs \"saskati-cli server migrate\".");
        case "new-schema":
            return qsTr("The server was set up by a newer Saskati: update this app first.");
        }
        return qsTr("Something went wrong with the server.");
    }
    function kindText(kind: string): string {
        return kind === "coordinator" ? qsTr("coordinator") : kind === "lecturer" ? qsTr("lecturer") : kind === "national" ? qsTr("national account") : qsTr("administrator");
    }

    objectName: "serverTab"
    contentHeight: serverColumn.implicitHeight
    Component.onCompleted: {
        addressField.text = ResultsServer.address;
        automaticBox.checked = ResultsServer.automatic;
        ResultsServer.refresh();
    }
    Connections {
        target: ResultsServer
        function onSettingsChanged() {
            addressField.text = ResultsServer.address;
            automaticBox.checked = ResultsServer.automatic;
        }
    }

    ColumnLayout {
        id: serverColumn
        width: root.width - root.barWidth - Theme.gap
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("Results are always saved on this laptop first. With a server, they are also sent to your municipality's Saskati server, so that the coordinator sees every seminar without collecting files. A seminar never waits for the network. Ask the server's administrator for the address and an account.")
            font.pixelSize: Theme.small
            color: Theme.mutedInk
            wrapMode: Text.WordWrap
        }
        Label {
            visible: !ResultsServer.available
            Layout.fillWidth: true
            text: qsTr("Nothing is kept in this window, so nothing can be sent. Open a results file first.")
            font.pixelSize: Theme.body
            color: Theme.warning
            wrapMode: Text.WordWrap
        }

        Label {
            text: qsTr("Sending")
            font.pixelSize: Theme.subtitle
            font.bold: true
        }
        Label {
            objectName: "serverSyncState"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            text: {
                if (!ResultsServer.configured)
                    return qsTr("No server is chosen for this results file.");
                const last = ResultsServer.lastComplete;
                const lastText = isNaN(last.getTime()) ? qsTr("Nothing has been sent to the server yet.") : qsTr("Everything was sent on %1.").arg(last.toLocaleString(Qt.locale(AppContext.language), Locale.ShortFormat));
                const waiting = ResultsServer.pending < 0 ? "" : ResultsServer.pending === 0 ? qsTr("Nothing is waiting.") : qsTr("%n item(s) waiting to be sent.", "", ResultsServer.pending);
                return lastText + " " + waiting;
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            AppButton {
                objectName: "serverSyncNow"
                visible: ResultsServer.configured
            onActiveFocusChanged: if (activeFocus) root.ensureVisible(this)
                enabled: ResultsServer.configured && !ResultsServer.syncing
                text: ResultsServer.syncing ? qsTr("Sending… (%n sent)", "", ResultsServer.sentSoFar) : qsTr("Send now")
                onClicked: ResultsServer.syncNow()
            }
        }
        // What the last sync did, or why it stopped.
        Label {
            objectName: "serverSyncReport"
            Layout.fillWidth: true
            visible: text.length > 0
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            color: ResultsServer.problem.length > 0 ? Theme.danger : Theme.ink
            text: {
                if (ResultsServer.problem.length > 0)
                    return root.problemText(ResultsServer.problem);
                const report = ResultsServer.lastReport;
                if (report.sent === undefined)
                    return "";
                let parts = [qsTr("The last sync sent %n item(s).", "", report.sent)];
                if (report.erasuresReceived > 0)
                    parts.push(qsTr("%n person(s) erased on the server were erased here too.", "", report.erasuresReceived));
                if (report.notYours > 0)
                    parts.push(qsTr("%n row(s) were already on the server from another account and stay theirs.", "", report.notYours));
                if (report.refusedErasures > 0)
                    parts.push(qsTr("The server refused to erase %n person(s) for this account: ask the municipality's coordinator to erase them there.", "", report.refusedErasures));
                return parts.join(" ");
            }
        }
        Label {
            objectName: "serverSyncDetail"
            Layout.fillWidth: true
            visible: text.length > 0
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.small
            color: Theme.mutedInk
            text: ResultsServer.problemDetail
        }
        Label {
            Layout.topMargin: Theme.margin
            text: qsTr("Connection")
            font.pixelSize: Theme.subtitle
            font.bold: true
        }
        Label {
            text: qsTr("Server address")
            font.pixelSize: Theme.body
            font.bold: true
        }
        TextField {
            id: addressField
            objectName: "serverAddress"
            onActiveFocusChanged: if (activeFocus) root.ensureVisible(this)
            Layout.fillWidth: true
            enabled: ResultsServer.available
            font.pixelSize: Theme.body
            placeholderText: "postgresql://anna@saskati.example.lv/saskati"
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
            Accessible.name: qsTr("Server address")
            onAccepted: passwordField.forceActiveFocus()
        }
        TextField {
            id: passwordField
            objectName: "serverPassword"
            onActiveFocusChanged: if (activeFocus) root.ensureVisible(this)
            Layout.fillWidth: true
            enabled: ResultsServer.available
            echoMode: TextInput.Password
            font.pixelSize: Theme.body
            placeholderText: ResultsServer.passwordRemembered ? qsTr("A password is kept; type a new one to replace it") : qsTr("The account's password")
            Accessible.name: qsTr("The account's password")
            onAccepted: testButton.clicked()
        }
        CheckBox {
            id: automaticBox
            objectName: "serverAutomatic"
            onActiveFocusChanged: if (activeFocus) root.ensureVisible(this)
            enabled: ResultsServer.available
            checked: true
            font.pixelSize: Theme.body
            text: qsTr("Send results by themselves every few minutes")
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("The password is kept on this laptop in a file only your user account can read (docs/server.md), so that results can be sent without asking.")
            font.pixelSize: Theme.small
            color: Theme.mutedInk
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            AppButton {
                id: testButton
                objectName: "serverTest"
            onActiveFocusChanged: if (activeFocus) root.ensureVisible(this)
                enabled: ResultsServer.available && addressField.text.length > 0 && !ResultsServer.testing
                text: qsTr("Test the connection")
                onClicked: ResultsServer.test(addressField.text, passwordField.text)
            }
            AppButton {
                objectName: "serverSave"
            onActiveFocusChanged: if (activeFocus) root.ensureVisible(this)
                primary: true
                enabled: ResultsServer.available && addressField.text.length > 0
                text: qsTr("Save")
                onClicked: {
                    if (ResultsServer.save(addressField.text, passwordField.text, automaticBox.checked))
                        passwordField.text = "";
                }
            }
            AppButton {
                objectName: "serverForget"
            onActiveFocusChanged: if (activeFocus) root.ensureVisible(this)
                visible: ResultsServer.configured
                text: qsTr("Forget this server")
                onClicked: ResultsServer.forget()
            }
        }
        // The connection test: who the account is on the server, or why it failed.
        Label {
            objectName: "serverTestResult"
            Layout.fillWidth: true
            visible: text.length > 0
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            color: root.testResult.ok ? Theme.good : Theme.danger
            text: {
                const result = root.testResult;
                if (ResultsServer.testing)
                    return qsTr("Connecting…");
                if (result.ok === undefined)
                    return "";
                const who = !result.account ? "" : result.municipality ? qsTr("Account %1: %2, %3.").arg(result.account).arg(root.kindText(result.kind)).arg(result.municipality) : qsTr("Account %1: %2.").arg(result.account).arg(root.kindText(result.kind));
                if (result.ok)
                    return qsTr("Connected.") + " " + who + " " + (result.tls ? qsTr("The connection is encrypted.") : qsTr("The connection is on this computer, not encrypted."));
                return root.problemText(result.problem) + (who.length > 0 ? " " + who : "");
            }
        }
        Label {
            objectName: "serverTestDetail"
            Layout.fillWidth: true
            visible: text.length > 0 && !ResultsServer.testing
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.small
            color: Theme.mutedInk
            text: root.testResult.detail ?? ""
        }

    }
}
