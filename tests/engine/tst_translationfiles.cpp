// Translators' files (issue 21): the gettext PO and XLIFF 1.2 writers and readers (engine/authoring/pofile,
// xlifffile) and a scenario's texts as translation units (engine/authoring/scenariostrings): what is written
// reads back the same, what other tools write is read, a mistake in either file is named at its line (and
// column), and every text of a shipped scenario has a stable id of its own with the notes a translator needs.
#include "authoringtesting.h"
#include "idreferences.h"
#include "pofile.h"
#include "scenariostrings.h"
#include "xlifffile.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::authoring;

class TestTranslationFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textsReadBackAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Labdien."_s;
        QTest::newRow("quotes and a backslash") << u"Viņš teica: \"C:\\darbs\" — un aizgāja."_s;
        QTest::newRow("line breaks and a tab") << u"Pirmā rinda\nOtrā\trinda\n"_s;
        QTest::newRow("Cyrillic") << u"Здравствуйте. Я не знаю, пришла ли я туда."_s;
        QTest::newRow("long enough to wrap")
            << u"Nomocīts, noguris izskats ir pašvaldības lapā minēta pazīme un SDO sarakstā vājš "
               u"ekspluatējošu "
               u"darba apstākļu rādītājs, bet viens pats tas neko nepierāda: nogurumam ir daudz iemeslu."_s;
        QTest::newRow("a word longer than a line") << QString(120, u'ž');
        QTest::newRow("spaces at the ends") << u"  ar atstarpēm  "_s;
    }
    void textsReadBackAsWritten()
    {
        QFETCH(QString, text);
        TranslationFile file;
        file.header = {{u"Language"_s, u"ru"_s}, {u"Content-Type"_s, u"text/plain; charset=UTF-8"_s}};
        TranslationEntry entry;
        entry.context = u"scenes[kitchen].lines[l1].segments[s1].text"_s;
        entry.source = text;
        entry.translation = text + u" (ru)"_s;
        entry.notes = {u"en: the English"_s, u"Said by: Anna (anna)"_s};
        entry.references = {u"scenarios/x.json:12"_s};
        entry.fuzzy = true;
        file.entries = {entry};
        const QByteArray written = writePo(file);
        // A line of a string is longer than gettext's 79 columns only for a word that long.
        for (const QByteArray &line : written.split('\n'))
            QVERIFY2(QString::fromUtf8(line).size() <= 79 || line.startsWith("#") ||
                         !line.trimmed().chopped(2).contains(' '),
                     line.constData());
        Diagnostics diagnostics;
        const TranslationFile read = readPo(u"x.po"_s, written, &diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
        QCOMPARE(read.headerField(u"language"_s), u"ru"_s);
        QCOMPARE(read.entries.size(), 1);
        const TranslationEntry &back = read.entries.first();
        QCOMPARE(back.context, entry.context);
        QCOMPARE(back.source, entry.source);
        QCOMPARE(back.translation, entry.translation);
        QCOMPARE(back.notes, entry.notes);
        QCOMPARE(back.references, entry.references);
        QVERIFY(back.fuzzy);
        QCOMPARE(back.line, 6); // after the header entry and a blank line, at its first comment
    }

    // The same entries through XLIFF 1.2: what is written reads back the same.
    void textsReadBackAsWrittenInXliff_data() { textsReadBackAsWritten_data(); }
    void textsReadBackAsWrittenInXliff()
    {
        QFETCH(QString, text);
        TranslationFile file;
        file.header = {{u"Language"_s, u"ru"_s},
                       {u"X-Saskati-Source-Language"_s, u"lv"_s},
                       {u"X-Saskati-Original"_s, u"scenarios/x.json"_s}};
        for (const bool fuzzy : {false, true}) {
            TranslationEntry entry;
            entry.context = u"scenes[kitchen].lines[l1].segments[s%1].text"_s.arg(int(fuzzy));
            entry.source = text;
            entry.translation = text + u" (ru)"_s;
            entry.notes = {u"en: the English"_s, u"Said by: Anna (anna)"_s};
            entry.references = {u"scenarios/x.json:12"_s};
            entry.fuzzy = fuzzy;
            file.entries.append(entry);
        }
        Diagnostics diagnostics;
        const TranslationFile read = readXliff(u"x.xlf"_s, writeXliff(file), &diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
        QCOMPARE(read.headerField(u"Language"_s), u"ru"_s);
        QCOMPARE(read.headerField(u"X-Saskati-Source-Language"_s), u"lv"_s);
        QCOMPARE(read.entries.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            const TranslationEntry &back = read.entries.at(i), &entry = file.entries.at(i);
            QCOMPARE(back.context, entry.context);
            QCOMPARE(back.source, entry.source);
            QCOMPARE(back.translation, entry.translation);
            QCOMPARE(back.notes, entry.notes);
            QCOMPARE(back.references, entry.references);
            QCOMPARE(back.fuzzy, entry.fuzzy);
        }
    }

    // What other tools write: units in groups, states of their own, an untranslated unit.
    void xliffAsToolsWriteIt()
    {
        const QByteArray text = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="x.json" source-language="lv" target-language="uk" datatype="plaintext">
    <body>
      <group id="scenes">
        <trans-unit id="title"><source>Aina</source><target state="final">Сцена</target></trans-unit>
        <trans-unit id="summary"><source>Kopsavilkums</source><target state="needs-review-translation">Підсумок</target></trans-unit>
      </group>
      <trans-unit id="setting"><source>Birojs</source></trans-unit>
    </body>
  </file>
</xliff>
)";
        Diagnostics diagnostics;
        const TranslationFile file = readXliff(u"uk.xlf"_s, text, &diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
        QCOMPARE(file.headerField(u"Language"_s), u"uk"_s);
        QCOMPARE(file.entries.size(), 3);
        QCOMPARE(file.entries.at(0).translation, u"Сцена"_s);
        QVERIFY(!file.entries.at(0).fuzzy);
        QVERIFY(file.entries.at(1).fuzzy);
        QCOMPARE(file.entries.at(1).line, 7);
        QCOMPARE(file.entries.at(2).context, u"setting"_s);
        QVERIFY(file.entries.at(2).translation.isEmpty());
    }

    void xliffMistakesAreNamedWhereTheyAre_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("not XML") << QByteArray("<xliff version=\"1.2\">\n<file>\n</xliff>\n") << 3
                                 << u"Opening and ending tag mismatch"_s;
        QTest::newRow("not XLIFF 1.2")
            << QByteArray("<xliff version=\"2.0\"/>\n") << 1 << u"not an XLIFF 1.2 file"_s;
        QTest::newRow("a unit without an id")
            << QByteArray("<xliff version=\"1.2\"><file target-language=\"ru\"><body>\n"
                          "<trans-unit><source>A</source></trans-unit>\n</body></file></xliff>\n")
            << 2 << u"a trans-unit without an id"_s;
        QTest::newRow("a unit without a source")
            << QByteArray(
                   "<xliff version=\"1.2\"><file target-language=\"ru\"><body>\n\n"
                   "<trans-unit id=\"title\"><target>A</target></trans-unit>\n</body></file></xliff>\n")
            << 3 << u"trans-unit 'title' has no <source>"_s;
    }
    void xliffMistakesAreNamedWhereTheyAre()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, says);
        Diagnostics diagnostics;
        (void)readXliff(u"ru.xlf"_s, text, &diagnostics);
        QCOMPARE(diagnostics.size(), 1);
        const Diagnostic &d = diagnostics.first();
        QVERIFY2(d.message.contains(says, Qt::CaseInsensitive), qPrintable(d.toString()));
        QCOMPARE(d.file, u"ru.xlf"_s);
        QCOMPARE(d.line, line);
        QVERIFY(d.column > 0);
    }

    void entriesAsToolsWriteThem()
    {
        // A tool's save: translator comments, flags among others, an obsolete entry, a string over lines.
        const QByteArray text = "# Translator: Anna\n"
                                "msgid \"\"\n"
                                "msgstr \"Language: uk\\n\"\n"
                                "\n"
                                "# checked with Olena\n"
                                "#, c-format, fuzzy\n"
                                "msgctxt \"title\"\n"
                                "msgid \"Aina\"\n"
                                "msgstr \"\"\n"
                                "\"Сце\"\n"
                                "\"на\"\n"
                                "msgctxt \"summary\"\n"
                                "msgid \"Kopsavilkums\"\n"
                                "msgstr \"Підсумок\"\n"
                                "\n"
                                "#~ msgid \"Vecs\"\n"
                                "#~ msgstr \"Старе\"\n";
        Diagnostics diagnostics;
        const TranslationFile file = readPo(u"uk.po"_s, text, &diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
        QCOMPARE(file.headerField(u"Language"_s), u"uk"_s);
        QCOMPARE(file.entries.size(), 2);
        QCOMPARE(file.entries.at(0).translation, u"Сцена"_s);
        QVERIFY(file.entries.at(0).fuzzy);
        QCOMPARE(file.entries.at(0).line, 5);
        QCOMPARE(file.entries.at(1).context, u"summary"_s);
        QVERIFY(!file.entries.at(1).fuzzy);
        QCOMPARE(file.entries.at(1).line, 12);
    }

    // A byte-order mark, as some Windows editors write before the first line, is not part of a keyword.
    void aByteOrderMarkIsRead()
    {
        Diagnostics diagnostics;
        const TranslationFile po =
            readPo(u"ru.po"_s, "\xEF\xBB\xBFmsgid \"\"\nmsgstr \"Language: ru\\n\"\n", &diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
        QCOMPARE(po.headerField(u"Language"_s), u"ru"_s);
        const TranslationFile xliff = readXliff(
            u"ru.xlf"_s,
            "\xEF\xBB\xBF<xliff version=\"1.2\"><file target-language=\"ru\"><body/></file></xliff>",
            &diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
        QCOMPARE(xliff.headerField(u"Language"_s), u"ru"_s);
    }

    void mistakesAreNamedWhereTheyAre_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("a string not closed")
            << QByteArray("msgid \"Aina\nmsgstr \"\"\n") << 1 << 7 << u"expected a string in double quotes"_s;
        QTest::newRow("an unknown escape")
            << QByteArray("msgid \"Ai\\qna\"\nmsgstr \"\"\n") << 1 << 10 << u"unknown escape '\\q'"_s;
        QTest::newRow("an unknown keyword")
            << QByteArray("msgid \"a\"\nmsgtxt \"b\"\n") << 2 << 1 << u"'msgtxt' is not a PO keyword"_s;
        QTest::newRow("a translation of nothing")
            << QByteArray("\nmsgstr \"b\"\n") << 2 << 1 << u"msgstr without a msgid"_s;
        QTest::newRow("plural forms")
            << QByteArray("msgid \"a\"\nmsgid_plural \"as\"\n") << 2 << 1 << u"plural forms"_s;
        QTest::newRow("a column counted in letters")
            << QByteArray("msgid \"ā\" x\nmsgstr \"\"\n") << 1 << 7 << u"expected a string"_s;
        QTest::newRow("spaces after the keyword")
            << QByteArray("msgid   \"Ai\\qna\"\nmsgstr \"\"\n") << 1 << 12 << u"unknown escape '\\q'"_s;
        QTest::newRow("an entry without msgstr")
            << QByteArray("msgctxt \"a\"\nmsgid \"A\"\nmsgctxt \"b\"\nmsgid \"B\"\nmsgstr \"\"\n") << 3 << 1
            << u"has no msgstr"_s;
        QTest::newRow("the end inside an entry")
            << QByteArray("msgid \"a\"\n") << 2 << 1 << u"ends inside an entry"_s;
    }
    void mistakesAreNamedWhereTheyAre()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        Diagnostics diagnostics;
        (void)readPo(u"ru.po"_s, text, &diagnostics);
        QCOMPARE(diagnostics.size(), 1);
        const Diagnostic &d = diagnostics.first();
        QVERIFY2(d.message.contains(says), qPrintable(d.toString()));
        QCOMPARE(d.file, u"ru.po"_s);
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
    }

    // Every text of a shipped scenario with a Latvian original is a unit with an id no other has; the ids
    // name list items by their ids; a cue, a distractor and a speaker are noted.
    void aShippedScenariosUnits()
    {
        const json::Tree root =
            testing::readTree(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios/bakery-overtime.json"_s);
        const QList<TranslationUnit> units = translationUnits(root, u"lv"_s, u"en"_s, u"uk"_s);
        QCOMPARE(units.size(), localizedTexts(root, {u"lv"_s, u"en"_s}).size());
        QSet<QString> ids;
        for (const TranslationUnit &unit : units) {
            QVERIFY2(!ids.contains(unit.id), qPrintable(unit.id));
            ids.insert(unit.id);
            QVERIFY(!unit.source.isEmpty() && !unit.reference.isEmpty() && unit.target.isEmpty());
            QCOMPARE(root.at(unit.path)->member(u"lv")->toString(), unit.source);
        }
        const auto unit = [&](const QString &id) {
            const auto found = std::ranges::find(units, id, &TranslationUnit::id);
            return found == units.end() ? TranslationUnit() : *found;
        };
        const TranslationUnit cue = unit(u"scenes[reception].lines[rc-l1].segments[rc-s2].text"_s);
        QVERIFY2(cue.notes.join(u'|').contains(u"A cue for the indicator 'worn-out-appearance'"_s),
                 qPrintable(cue.notes.join(u'|')));
        const TranslationUnit distractor = unit(u"scenes[reception].lines[rc-l2].segments[rc-s4].text"_s);
        QVERIFY2(distractor.notes.join(u'|').contains(u"A distractor"_s), qPrintable(distractor.id));
        QVERIFY2(distractor.notes.join(u'|').contains(u"Said by: Ineta"_s),
                 qPrintable(distractor.notes.join(u'|')));
        // The feedback of a cue is not the cue's text: no note that it is a cue.
        const TranslationUnit feedback =
            unit(u"scenes[reception].lines[rc-l1].segments[rc-s2].cue.feedback"_s);
        QVERIFY(!feedback.id.isEmpty());
        QVERIFY(!feedback.notes.join(u'|').contains(u"A cue"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
