import QtQuick
import QtTest
import Saskati

// The interface languages, as a person meets them (issue 21), with the app's translations built in (the app starts
// in Latvian): the language button names the language in itself and opens a menu of every language there is a
// translation for, Latvian first, the current one ticked (and only it); Russian chosen with the mouse puts the
// interface in Russian and Latvian chosen with the keyboard puts it back; the library marks the shipped
// scenarios without Russian texts (eures-job-offer among them) and not the two that have them.
TestCase {
    id: testCase
    name: "Languages"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function find(window, name) {
        return findChild(window.contentItem, name) || findChild(window.overlay, name);
    }

    function clickOn(window, name) {
        tryVerify(() => find(window, name) !== null, 3000, "no item named " + name);
        const item = find(window, name);
        tryVerify(() => !findChild(window.contentItem, "stack").busy, 3000, "the stack is still moving");
        tryVerify(() => item.visible && item.enabled, 2000, name + " is not clickable");
        mouseClick(item);
        return item;
    }

    function chooseLanguage(window, code) {
        const menu = findChild(clickOn(window, "languageButton"), "languageMenu");
        tryVerify(() => menu.opened, 2000, "the language menu did not open");
        let entry = null;
        for (let i = 0; i < menu.count; ++i)
            if (menu.itemAt(i).objectName === "language_" + code)
                entry = menu.itemAt(i);
        verify(entry !== null, "the menu offers no " + code);
        mouseClick(entry);
        tryVerify(() => !menu.visible);
        tryCompare(AppContext, "language", code);
    }

    function test_chooseTheInterfaceLanguage() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000);
        compare(AppContext.language, "lv");
        const button = find(window, "languageButton");
        verify(button.text.startsWith("Latviešu"), button.text);

        // Every translation built in is offered, named in itself, Latvian first and English second.
        const offered = Array.from(AppContext.interfaceLanguages);
        compare(offered.map(l => l.code).slice(0, 3), ["lv", "en", "ru"]);
        compare(offered.map(l => l.name).slice(0, 3), ["Latviešu", "English", "Русский"]);

        // Choosing the current language again keeps it ticked, and only it.
        chooseLanguage(window, "lv");
        const menu = findChild(button, "languageMenu");
        const ticked = () => {
            const codes = [];
            for (let i = 0; i < menu.count; ++i)
                if (menu.itemAt(i).checked)
                    codes.push(menu.itemAt(i).objectName);
            return codes;
        };
        compare(ticked(), ["language_lv"]);

        // Russian chosen with the mouse: the interface speaks Russian (a sentence of the main window, as its
        // translation has it), and the button names Russian.
        chooseLanguage(window, "ru");
        tryVerify(() => button.text.startsWith("Русский"), 2000, button.text);
        compare(ticked(), ["language_ru"]);
        const russian = qsTranslate("Main", "Interface language: %1").arg("Русский");
        verify(russian !== "Interface language: Русский", "no Russian translation of the main window");
        compare(button.Accessible.name, russian);

        // The library marks the shipped scenarios without Russian texts, and only those.
        window.showStart();
        clickOn(window, "practiseButton");
        tryVerify(() => find(window, "nameField") !== null);
        find(window, "nameField").text = "Valodu Testetajs";
        const roleBox = clickOn(window, "roleBox");
        tryVerify(() => roleBox.popup.opened);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryVerify(() => !roleBox.popup.visible);
        clickOn(window, "createButton");
        tryVerify(() => find(window, "notInLanguage_bakery-overtime") !== null, 5000, "no library");
        const scenarios = AppContext.scenarios;
        let marked = 0, unmarked = 0;
        for (let row = 0; row < scenarios.rowCount(); ++row) {
            const id = scenarios.data(scenarios.index(row, 0), ScenarioListModel.ScenarioIdRole);
            const mark = find(window, "notInLanguage_" + id);
            verify(mark !== null, id);
            const hasRussian = scenarios.data(scenarios.index(row, 0), ScenarioListModel.InLanguageRole);
            compare(mark.visible, !hasRussian, id);
            hasRussian ? ++unmarked : ++marked;
        }
        verify(!find(window, "notInLanguage_bakery-overtime").visible, "bakery-overtime has Russian texts");
        verify(!find(window, "notInLanguage_seasonal-work-abroad").visible, "seasonal-work-abroad has Russian texts");
        verify(find(window, "notInLanguage_eures-job-offer").visible, "eures-job-offer has no Russian texts");
        verify(marked > 0 && unmarked >= 2, marked + " marked, " + unmarked + " not");

        // Back to Latvian with the keyboard alone: the button, Space, then the first entry and Return.
        window.showStart();
        button.forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryVerify(() => menu.opened, 2000, "Space did not open the language menu");
        keyClick(Qt.Key_Home);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Return);
        tryCompare(AppContext, "language", "lv");
        tryVerify(() => button.text.startsWith("Latviešu"), 2000, button.text);
        compare(ticked(), ["language_lv"]);
    }
}
