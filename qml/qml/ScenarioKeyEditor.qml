pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls

// What belongs to the whole scenario: its title, summary and content warning, the people in it, the variables
// choices change and test, the endings, the referral key (which institutions a plan must, should, or must not
// involve) and the assessment questions.
ScrollPage {
    id: root

    required property ScenarioEditor editor
    readonly property int revision: editor.revision
    readonly property var outcomes: ["referred", "safe", "partial", "harmed", "lost-contact", "no-case"]
    readonly property var urgencies: ["immediate", "same-day", "within-days", "when-ready"]

    /// Removing a language asks first: the Author screen's dialog (a dialog inside this scrolling page loops
    /// its height).
    signal removeLanguageAsked(string language)

    contentHeight: column.height + Theme.margin

    component Heading: Label {
        font.pixelSize: Theme.body
        font.bold: true
        topPadding: Theme.gap
    }

    Column {
        id: column
        width: root.width - root.barWidth - Theme.gap
        spacing: Theme.gap

        // The languages every text is written in, side by side; a new one gives every text an empty
        // translation, which the validator lists until it is written.
        Flow {
            width: column.width
            spacing: Theme.gap
            Label {
                objectName: "scenarioLanguages"
                height: languageField.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Languages: %1").arg(Array.from(root.editor.languages).join(", "))
                textFormat: Text.PlainText
                font.pixelSize: Theme.small
                font.bold: true
            }
            // One button per language while there are two or more: removing asks first (one undo step).
            Repeater {
                model: root.editor.languages.length > 1 ? root.editor.languages : []
                delegate: AppButton {
                    required property string modelData
                    objectName: "removeLanguage_" + modelData
                    text: qsTr("Remove %1").arg(modelData)
                    font.pixelSize: Theme.small
                    Accessible.name: qsTr("Remove the language %1").arg(modelData)
                    onClicked: root.removeLanguageAsked(modelData)
                }
            }
            TextField {
                id: languageField
                objectName: "newLanguageField"
                width: 180
                font.pixelSize: Theme.small
                placeholderText: qsTr("e.g. ru")
                Accessible.name: qsTr("Code of a language to add")
                onAccepted: {
                    if (addLanguageButton.enabled)
                        addLanguageButton.clicked();
                }
            }
            AppButton {
                id: addLanguageButton
                objectName: "addLanguageButton"
                text: qsTr("Add the language")
                font.pixelSize: Theme.small
                enabled: languageField.text.trim().length > 0
                onClicked: {
                    if (root.editor.addLanguage(languageField.text.trim().toLowerCase()))
                        languageField.clear();
                }
            }
        }

        LocalizedField {
            editor: root.editor
            path: "title"
            label: qsTr("Title")
        }
        LocalizedField {
            editor: root.editor
            path: "summary"
            label: qsTr("Summary")
            multiline: true
        }
        LocalizedField {
            editor: root.editor
            path: "contentWarning"
            label: qsTr("Content warning")
            multiline: true
        }
        LocalizedField {
            editor: root.editor
            path: "objectives[0].text"
            label: qsTr("What trainees learn")
            visible: root.revision >= 0 && root.editor.has("objectives[0]")
        }

        Heading {
            text: qsTr("People")
        }
        Repeater {
            model: root.revision >= 0 ? root.editor.count("cast") : 0
            delegate: LocalizedField {
                required property int index
                editor: root.editor
                path: "cast[" + index + "].name"
                label: qsTr("Person %1 (%2)").arg(index + 1).arg(String(root.editor.value("cast[" + index + "].id") ?? ""))
            }
        }
        AppButton {
            objectName: "addPersonButton"
            text: qsTr("Add a person")
            onClicked: root.editor.addCastMember()
        }

        Heading {
            text: qsTr("Variables (trust, fear…: choices change them, conditions test them)")
            width: column.width
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: root.revision >= 0 ? root.editor.count("variables") : 0
            delegate: Flow {
                id: variable
                required property int index
                readonly property string path: "variables[" + index + "]"
                width: column.width
                spacing: Theme.gap
                IdField {
                    objectName: "variableId_" + variable.index
                    width: 180
                    font.pixelSize: Theme.small
                    editor: root.editor
                    path: variable.path
                    Accessible.name: qsTr("Name of variable %1").arg(variable.index + 1)
                }
                Repeater {
                    model: [
                        {
                            "key": "initial",
                            "name": qsTr("starts at")
                        },
                        {
                            "key": "min",
                            "name": qsTr("lowest")
                        },
                        {
                            "key": "max",
                            "name": qsTr("highest")
                        }
                    ]
                    delegate: Row {
                        id: bound
                        required property var modelData
                        spacing: 4
                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            text: bound.modelData.name
                            font.pixelSize: Theme.small
                        }
                        SpinBox {
                            from: -1000
                            to: 1000
                            editable: true
                            font.pixelSize: Theme.small
                            value: root.revision >= 0 ? Number(root.editor.value(variable.path + "." + bound.modelData.key) ?? 0) : 0
                            Accessible.name: qsTr("Variable %1: %2").arg(variable.index + 1).arg(bound.modelData.name)
                            onValueModified: root.editor.setValue(variable.path + "." + bound.modelData.key, value)
                        }
                    }
                }
                AppButton {
                    text: qsTr("Remove")
                    font.pixelSize: Theme.small
                    Accessible.name: qsTr("Remove variable %1").arg(variable.index + 1)
                    onClicked: root.editor.removeAt(variable.path)
                }
            }
        }
        AppButton {
            objectName: "addVariableButton"
            text: qsTr("Add a variable")
            onClicked: root.editor.append("variables", "variable")
        }

        PlantedDetailList {
            width: column.width
            editor: root.editor
        }

        Heading {
            text: qsTr("Endings")
        }
        Repeater {
            model: root.revision >= 0 ? root.editor.count("endings") : 0
            delegate: Column {
                id: ending
                required property int index
                readonly property string path: "endings[" + index + "]"
                width: column.width
                spacing: 4
                Flow {
                    width: ending.width
                    spacing: Theme.gap
                    Label {
                        text: qsTr("Ending %1 (%2)").arg(ending.index + 1).arg(String(root.editor.value(ending.path + ".id") ?? ""))
                        font.pixelSize: Theme.small
                        font.bold: true
                    }
                    AppComboBox {
                        width: 220
                        font.pixelSize: Theme.small
                        model: root.outcomes
                        currentIndex: root.revision >= 0 ? root.outcomes.indexOf(String(root.editor.value(ending.path + ".outcome"))) : -1
                        Accessible.name: qsTr("Outcome of ending %1").arg(ending.index + 1)
                        onActivated: index => root.editor.setValue(ending.path + ".outcome", root.outcomes[index])
                    }
                }
                LocalizedField {
                    editor: root.editor
                    path: ending.path + ".title"
                    label: qsTr("Title")
                }
                LocalizedField {
                    editor: root.editor
                    path: ending.path + ".debrief"
                    label: qsTr("What happens next (shown in the debrief)")
                    multiline: true
                }
            }
        }
        AppButton {
            objectName: "addEndingButton"
            text: qsTr("Add an ending")
            onClicked: root.editor.addEnding("partial")
        }

        Heading {
            text: qsTr("Referral key")
        }
        LocalizedField {
            visible: root.revision >= 0 && root.editor.has("referral")
            editor: root.editor
            path: "referral.prompt"
            label: qsTr("What the trainee is asked")
        }
        Repeater {
            model: ["required", "recommended", "harmful"]
            delegate: Column {
                id: list
                required property string modelData
                width: column.width
                spacing: 4
                Label {
                    text: list.modelData === "required" ? qsTr("Must be in the plan") : list.modelData === "recommended" ? qsTr("Should be in the plan") : qsTr("Must not be in the plan")
                    font.pixelSize: Theme.small
                    font.bold: true
                }
                Repeater {
                    model: root.revision >= 0 ? root.editor.count("referral." + list.modelData) : 0
                    delegate: Column {
                        id: entry
                        required property int index
                        readonly property string path: "referral." + list.modelData + "[" + index + "]"
                        width: list.width
                        spacing: 4
                        Flow {
                            width: entry.width
                            spacing: Theme.gap
                            AppComboBox {
                                objectName: "referralInstitution_" + entry.path
                                width: Math.min(360, entry.width)
                                font.pixelSize: Theme.small
                                model: AppContext.institutions
                                textRole: "name"
                                valueRole: "id"
                                Accessible.name: qsTr("Institution")
                                currentIndex: root.revision >= 0 ? Array.from(AppContext.institutions).findIndex(i => i.id === String(root.editor.value(entry.path + ".institution"))) : -1
                                onActivated: index => root.editor.setValue(entry.path + ".institution", AppContext.institutions[index].id)
                            }
                            AppComboBox {
                                visible: list.modelData === "required"
                                width: 200
                                font.pixelSize: Theme.small
                                model: root.urgencies
                                Accessible.name: qsTr("How soon")
                                currentIndex: root.revision >= 0 ? root.urgencies.indexOf(String(root.editor.value(entry.path + ".urgency") ?? "when-ready")) : -1
                                onActivated: index => root.editor.setValue(entry.path + ".urgency", root.urgencies[index])
                            }
                            AppButton {
                                text: qsTr("Remove")
                                font.pixelSize: Theme.small
                                onClicked: root.editor.removeAt(entry.path)
                            }
                        }
                        LocalizedField {
                            editor: root.editor
                            path: entry.path + ".feedback"
                            label: qsTr("Feedback")
                        }
                        RestsOnField {
                            visible: list.modelData === "harmful" && root.editor.plantedDetailIds.length > 0
                            width: entry.width
                            editor: root.editor
                            path: entry.path + ".restsOn"
                        }
                    }
                }
                AppButton {
                    objectName: "addReferral_" + list.modelData
                    text: qsTr("Add an institution")
                    font.pixelSize: Theme.small
                    onClicked: root.editor.addReferralEntry(list.modelData, AppContext.institutions.length > 0 ? AppContext.institutions[0].id : "")
                }
            }
        }

        Heading {
            objectName: "questionsHeading"
            text: qsTr("Assessment questions (asked in an assessment scene)")
            width: column.width
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: root.revision >= 0 ? root.editor.count("questions") : 0
            delegate: QuestionEditor {
                required property int index
                width: column.width
                editor: root.editor
                path: "questions[" + index + "]"
                number: index + 1
            }
        }
        AppButton {
            objectName: "addQuestionButton"
            text: qsTr("Add a question")
            onClicked: root.editor.append("questions", "question")
        }
    }
}
