// What is named across a scenario (engine/authoring/idreferences): every use of a variable or a planted
// detail is found, so that renaming one in the editor renames it everywhere and the scenario still loads; and
// every localized text is found, so that a language added to a scenario gives each text a translation to
// write.
#include "authoringtesting.h"
#include "catalog.h"
#include "idreferences.h"
#include "jsonfile.h"
#include "scenarioloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;
using json::Tree;
using testing::errorsOf;
using testing::readTree;

namespace {

Tree parse(const QByteArray &text)
{
    json::ParseError error;
    const json::Document document = json::Document::parse(text, &error);
    return error.isError() ? Tree() : Tree::from(document.root());
}

QStringList pathTexts(const QList<json::Path> &paths)
{
    QStringList texts;
    for (const json::Path &path : paths)
        texts.append(json::pathText(path));
    return texts;
}

json::Path member(json::Path path, const QString &key)
{
    path.append(json::PathStep{key, -1});
    return path;
}

QStringList shippedScenarios()
{
    QStringList files;
    const QDir dir(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

// The ids of the top-level list `list` of `root`.
QStringList idsOf(const Tree &root, QStringView list)
{
    QStringList ids;
    if (const Tree *items = root.member(list); items && items->isArray())
        for (const Tree &item : items->items())
            ids.append(item.member(u"id")->toString());
    return ids;
}

} // namespace

class TestIdReferences : public QObject {
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;

    LoadResult load(const QString &file, const Tree &root) const
    {
        return ScenarioLoader(m_catalog).loadBytes(file, json::canonicalText(root));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Diagnostics diagnostics;
        m_catalog = std::make_shared<Catalog>(
            loadCatalog(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios/catalog"_s, &diagnostics));
        QVERIFY(!hasErrors(diagnostics));
        QVERIFY(shippedScenarios().size() >= 8);
    }

    void usesAreFound_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("variable");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("expected");
        // Every place the format names a variable or a planted detail, and ids and texts that look alike.
        QFile fixture(QStringLiteral(SASKATI_TEST_DATA) + u"/idreferences.json"_s);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QByteArray conversation = fixture.readAll();
        QTest::newRow("a variable: conditions, effects, a reply's and a state's 'when'")
            << conversation << true << u"trust"_s
            << QStringList{u"scenes[0].moves[0].conditions[1].var"_s, u"scenes[0].moves[0].effects[0].var"_s,
                           u"scenes[0].moves[0].reply[0].when[0].var"_s,
                           u"scenes[0].states[0].when[0].var"_s};
        QTest::newRow("another variable")
            << conversation << true << u"fear"_s << QStringList{u"scenes[0].moves[0].conditions[0].var"_s};
        QTest::newRow("a planted detail: plants and every restsOn")
            << conversation << false << u"cannot-leave"_s
            << QStringList{u"scenes[0].moves[0].reply[0].plants"_s, u"scenes[0].moves[1].restsOn[1]"_s,
                           u"referral.harmful[0].restsOn[0]"_s, u"questions[0].options[0].restsOn[0]"_s};
        QTest::newRow("a detail only rested on")
            << conversation << false << u"owes-money"_s << QStringList{u"scenes[0].moves[1].restsOn[0]"_s};
        QTest::newRow("a variable used nowhere") << conversation << true << u"anger"_s << QStringList();
        QTest::newRow("a variable's name is no planted detail's use")
            << conversation << false << u"trust"_s << QStringList();
    }

    void usesAreFound()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, variable);
        QFETCH(QString, id);
        QFETCH(QStringList, expected);
        const Tree root = parse(json);
        QVERIFY(root.isObject());
        const auto kind = variable ? authoring::NamedId::Variable : authoring::NamedId::PlantedDetail;
        QCOMPARE(pathTexts(authoring::usesOf(root, kind, id)), expected);
    }

    // Every variable and planted detail of the shipped scenarios, renamed with its uses, still loads without
    // errors; renamed without its uses, the loader names each use it no longer finds.
    void renamedWithItsUsesStillLoads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("index");
        int rows = 0;
        for (const QString &file : shippedScenarios()) {
            const Tree root = readTree(file);
            for (const QString &list : {u"variables"_s, u"plantedDetails"_s}) {
                const QStringList ids = idsOf(root, list);
                for (int i = 0; i < ids.size(); ++i, ++rows)
                    QTest::newRow(qPrintable(QFileInfo(file).baseName() + u' ' + ids.at(i)))
                        << file << list << i;
            }
        }
        QVERIFY(rows >= 10);
    }

    void renamedWithItsUsesStillLoads()
    {
        QFETCH(QString, file);
        QFETCH(QString, list);
        QFETCH(int, index);
        Tree root = readTree(file);
        QVERIFY2(errorsOf(load(file, root)).isEmpty(), "the shipped scenario has errors");
        const json::Path declared{json::PathStep{list, -1}, json::PathStep{QString(), index}};
        const QString oldId = root.at(member(declared, u"id"_s))->toString();
        const QString newId = oldId + u"-renamed"_s;
        const auto kind =
            list == u"variables" ? authoring::NamedId::Variable : authoring::NamedId::PlantedDetail;
        const QList<json::Path> uses = authoring::usesOf(root, kind, oldId);
        QVERIFY2(!uses.isEmpty(), "every shipped variable and planted detail is used");

        *root.at(member(declared, u"id"_s)) = Tree::string(newId);
        const QStringList withoutUses = errorsOf(load(file, root));
        QVERIFY2(withoutUses.size() >= 1, "renaming only the declaration went unnoticed");
        QVERIFY2(withoutUses.join(u'\n').contains(oldId), qPrintable(withoutUses.join(u'\n')));

        for (const json::Path &use : uses)
            *root.at(use) = Tree::string(newId);
        const QStringList renamed = errorsOf(load(file, root));
        QVERIFY2(renamed.isEmpty(), qPrintable(renamed.join(u'\n')));
        QVERIFY(authoring::usesOf(root, kind, oldId).isEmpty());
        QCOMPARE(authoring::usesOf(root, kind, newId).size(), uses.size());
    }

    // A language added to each shipped scenario. Declared only: the loader reports one missing translation
    // for each text found, and nothing else. With an empty translation in each (what the editor adds): one
    // empty translation for each. Written: the scenario loads without errors, its recordings (voice) kept for
    // the languages they were made in. And voices() finds each line's recordings, as many as the file has.
    void addedLanguageListsEveryText_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : shippedScenarios())
            QTest::newRow(qPrintable(QFileInfo(file).baseName())) << file;
    }

    void addedLanguageListsEveryText()
    {
        QFETCH(QString, file);
        Tree root = readTree(file);
        QStringList languages;
        for (const Tree &language : root.member(u"languages")->items())
            languages.append(language.toString());
        QVERIFY(languages.contains(u"lv"_s) && languages.contains(u"en"_s) && !languages.contains(u"uk"_s));
        const QList<json::Path> texts = authoring::localizedTexts(root, languages);
        QVERIFY(texts.size() > 50);
        QVERIFY(!pathTexts(texts).join(u' ').contains(u"voice"_s));

        root.member(u"languages")->items().push_back(Tree::string(u"uk"_s));
        const QStringList untranslated = errorsOf(load(file, root));
        QCOMPARE(untranslated.size(), texts.size());
        for (const QString &error : untranslated)
            QVERIFY2(error.contains(u"has no 'uk' translation"_s), qPrintable(error));

        for (const json::Path &text : texts)
            root.at(text)->setMember(u"uk"_s, Tree::string(QString()));
        const QStringList empty = errorsOf(load(file, root));
        QCOMPARE(empty.size(), texts.size());
        for (const QString &error : empty)
            QVERIFY2(error.contains(u"the 'uk' translation of"_s) && error.contains(u"is empty"_s),
                     qPrintable(error));

        for (const json::Path &text : texts)
            root.at(text)->setMember(u"uk"_s, Tree::string(u"Слова"_s));
        const LoadResult translated = load(file, root);
        QVERIFY2(errorsOf(translated).isEmpty(), qPrintable(errorsOf(translated).join(u'\n')));
        QCOMPARE(translated.scenario->title.text(u"uk"_s), u"Слова"_s);
        // Each line someone says aloud is voiced, and no other: a chat or a document is read, not heard.
        for (const Scene &scene : translated.scenario->scenes)
            for (const Line &line : scene.lines) {
                const bool spoken =
                    scene.presentation == Scene::Presentation::Spoken && !line.speaker.isEmpty();
                QVERIFY2(line.voice.isEmpty() != spoken,
                         qPrintable(u"line '%1' (%2)"_s.arg(line.id, spoken ? u"said aloud"_s : u"read"_s)));
                if (!line.voice.isEmpty()) {
                    QVERIFY(!line.voice.has(u"uk"_s));
                    QVERIFY(line.voice.has(u"lv"_s));
                }
            }
        // Every recording is found (for a language removed), counted against the file's own text.
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(authoring::voices(root).size(), raw.readAll().count("\"voice\":"));
        for (const json::Path &voice : authoring::voices(root))
            QVERIFY(root.at(voice)->member(u"lv"_s));
    }

    // Which objects are texts, with "lv" and "en" declared: the paths found in a small tree.
    void textsAreTellable_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("declared languages")
            << QByteArray(R"({"title": {"lv": "A", "en": "B"}})") << QStringList{u"title"_s};
        QTest::newRow("one of them") << QByteArray(R"({"title": {"en": "B"}})") << QStringList{u"title"_s};
        QTest::newRow("and an undeclared one")
            << QByteArray(R"({"a": {"lv": "A", "de": "B"}, "b": {"en": "B", "pt-br": "C", "ltg": "D"}})")
            << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("only undeclared ones") << QByteArray(R"({"title": {"de": "A"}})") << QStringList{};
        QTest::newRow("a field that is no language")
            << QByteArray(R"({"x": {"lv": "A", "note": "B"}, "y": {"lv": "A", "e1": "B"}})") << QStringList{};
        QTest::newRow("a value that is no string")
            << QByteArray(R"({"objectives": [{"id": "o", "text": {"lv": "A"}}], "n": {"lv": 1}})")
            << QStringList{u"objectives[0].text"_s};
        QTest::newRow("recordings are no text")
            << QByteArray(R"({"lines": [{"voice": {"lv": "a.ogg"}}]})") << QStringList{};
    }
    void textsAreTellable()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, texts);
        const Tree root = parse(json);
        QVERIFY(root.isObject());
        QCOMPARE(pathTexts(authoring::localizedTexts(root, {u"lv"_s, u"en"_s})), texts);
    }
};

QTEST_GUILESS_MAIN(TestIdReferences)
#include "tst_idreferences.moc"
