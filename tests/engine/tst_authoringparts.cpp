// The editor's building blocks (engine/authoring): new pieces that the loader accepts once their texts are
// written, a segment split at a selection, the scene map's columns and broken links, the folder of authored
// copies (media copied with the scenario, shipped files left alone) and a preview from any scene.
#include "authorfolder.h"
#include "authoringtesting.h"
#include "catalog.h"
#include "jsonfile.h"
#include "questionparts.h"
#include "scenarioarchive.h"
#include "scenariodocument.h"
#include "scenarioloader.h"
#include "scenarioparts.h"
#include "scenemap.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;
using namespace saskati;
using json::Tree;
using testing::errorsOf;
using testing::readTree;

namespace {

QByteArray readBytes(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every empty text of `node` filled with "x", as an author would write them.
void fillTexts(Tree &node)
{
    if (node.isObject()) {
        for (auto &[key, value] : node.members()) {
            if (value.type() == json::Type::String && value.toString().isEmpty())
                value = Tree::string(u"x"_s);
            else
                fillTexts(value);
        }
    } else if (node.isArray()) {
        for (Tree &item : node.items())
            fillTexts(item);
    }
}

} // namespace

class TestAuthoringParts : public QObject {
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;
    const QString m_data = QStringLiteral(SASKATI_TEST_DATA);

private Q_SLOTS:
    void initTestCase()
    {
        Diagnostics diagnostics;
        m_catalog = std::make_shared<Catalog>(loadCatalog(m_data + u"/catalog"_s, &diagnostics));
        QVERIFY(!hasErrors(diagnostics));
    }

    void pathsReadBackAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("member") << u"title"_s << true;
        QTest::newRow("nested") << u"scenes[2].choices[0].text.lv"_s << true;
        QTest::newRow("array root") << u"[3].id"_s << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("unclosed index") << u"scenes[2"_s << false;
        QTest::newRow("negative index") << u"scenes[-1]"_s << false;
        QTest::newRow("empty key") << u"scenes..id"_s << false;
        QTest::newRow("leading dot") << u".id"_s << false;
    }

    void pathsReadBackAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<json::Path> path = json::parsePath(text);
        QCOMPARE(path.has_value(), valid);
        if (valid)
            QCOMPARE(json::pathText(*path), text);
    }

    // A new scenario, and one with every kind of piece added, load without errors once their texts are
    // written; before, the loader names the empty texts.
    void newPiecesLoadOnceWritten()
    {
        Tree root = authoring::newScenario(u"my-story"_s, {u"lv"_s, u"en"_s}, u"Mans stāsts"_s);
        const LoadResult unwritten =
            ScenarioLoader(m_catalog).loadBytes(u"my-story.json"_s, json::canonicalText(root));
        QVERIFY(!errorsOf(unwritten).isEmpty());

        Tree scene = authoring::newScene(root, u"interview"_s);
        QCOMPARE(scene.member(u"id")->toString(), u"scene"_s); // scene-1 is taken by the first scene
        Tree line = authoring::newLine(root, u"anna"_s);
        line.member(u"segments")
            ->items()[0]
            .setMember(u"cue"_s, authoring::newCue(root, u"excessive-hours"_s));
        scene.setMember(u"lines"_s, Tree::array({line}), u"setting");
        root.member(u"scenes")->items().push_back(scene);
        root.member(u"scenes")
            ->items()[0]
            .member(u"choices")
            ->items()
            .push_back(authoring::newChoice(root, u"scene"_s));
        root.member(u"cast")->items().push_back(
            Tree::object({{u"id"_s, Tree::string(u"anna"_s)},
                          {u"name"_s, authoring::localized({u"lv"_s, u"en"_s})},
                          {u"role"_s, Tree::string(u"person"_s)}}));
        fillTexts(root);
        const LoadResult written =
            ScenarioLoader(m_catalog).loadBytes(u"my-story.json"_s, json::canonicalText(root));
        QVERIFY2(errorsOf(written).isEmpty(), qPrintable(errorsOf(written).join(u'\n')));
        QCOMPARE(written.scenario->scenes.size(), 2);
        QCOMPARE(written.scenario->scenes.at(0).choices.at(1).nextScene, u"scene"_s);
    }

    // The pieces of the play's state and of a conversation (a variable, a conversation scene with its limit,
    // a move that raises trust, one offered only then, a state) and an assessment question of every kind load
    // without errors once their texts are written; each new list lands in the format's order.
    void conversationPiecesLoadOnceWritten()
    {
        Tree root = authoring::newScenario(u"talk"_s, {u"lv"_s, u"en"_s}, u"Saruna"_s);
        root.member(u"cast")->items().push_back(
            Tree::object({{u"id"_s, Tree::string(u"anna"_s)},
                          {u"name"_s, authoring::localized({u"lv"_s, u"en"_s})},
                          {u"role"_s, Tree::string(u"person"_s)}}));
        Tree variable = authoring::newVariable(root);
        root.setMember(u"variables"_s, Tree::array({variable}), authoring::placeOf(root, u"variables"_s));
        QCOMPARE(root.members()[qsizetype(
                                    std::ranges::find_if(
                                        root.members(), [](const auto &m) { return m.first == u"licence"; }) -
                                    root.members().begin()) +
                                1]
                     .first,
                 u"variables"_s);

        Tree talk = authoring::newScene(root, u"conversation"_s);
        QCOMPARE(talk.member(u"person")->toString(), u"anna"_s);
        QVERIFY(!talk.member(u"choices"));
        Tree &firstMove = talk.member(u"moves")->items()[0];
        QCOMPARE(firstMove.member(u"reply")->items()[0].member(u"speaker")->toString(), u"anna"_s);
        firstMove.setMember(u"effects"_s, Tree::array({authoring::newEffect(root)}));
        Tree secondMove = authoring::newMove(root, u"anna"_s);
        secondMove.member(u"id")->operator=(Tree::string(u"move-2"_s));
        secondMove.member(u"reply")->items()[0].setMember(u"id"_s, Tree::string(u"move-2-reply"_s));
        secondMove.member(u"reply")
            ->items()[0]
            .member(u"segments")
            ->items()[0]
            .setMember(u"id"_s, Tree::string(u"move-2-reply-part"_s));
        Tree condition = authoring::newCondition(root);
        QCOMPARE(condition.member(u"var")->toString(), variable.member(u"id")->toString());
        secondMove.setMember(u"conditions"_s, Tree::array({condition}));
        talk.member(u"moves")->items().push_back(secondMove);
        talk.setMember(u"states"_s, Tree::array({authoring::newState(root)}),
                       authoring::placeOf(talk, u"states"_s));
        root.member(u"scenes")->items().push_back(talk);
        const QString talkId = talk.member(u"id")->toString();
        root.member(u"scenes")
            ->items()[0]
            .member(u"choices")
            ->items()[0]
            .setMember(u"next"_s, Tree::string(talkId));
        root.member(u"scenes")->items()[0].member(u"choices")->items()[0].removeMember(u"ending");

        // The conversation's limit leads to an assessment of four questions, one of each kind.
        Tree assessment = authoring::newScene(root, u"assessment"_s);
        const QString assessmentId = u"check"_s;
        assessment.setMember(u"id"_s, Tree::string(assessmentId));
        root.member(u"scenes")->items().push_back(assessment);
        Tree *limit = root.member(u"scenes")->items()[1].member(u"limit");
        limit->removeMember(u"ending");
        limit->setMember(u"next"_s, Tree::string(assessmentId));
        std::vector<Tree> questions;
        for (const QString &kind : {u"judgement"_s, u"dimensions"_s, u"single"_s, u"multiple"_s}) {
            Tree question = authoring::newQuestion(root, kind);
            question.setMember(u"id"_s, Tree::string(u"q-"_s + kind));
            question.member(u"options")->items().push_back(authoring::newOption(root, question));
            questions.push_back(std::move(question));
        }
        root.setMember(u"questions"_s, Tree::array(std::move(questions)),
                       authoring::placeOf(root, u"questions"_s));
        fillTexts(root);
        const LoadResult written =
            ScenarioLoader(m_catalog).loadBytes(u"talk.json"_s, json::canonicalText(root));
        QVERIFY2(errorsOf(written).isEmpty(), qPrintable(errorsOf(written).join(u'\n')));
        QCOMPARE(written.scenario->scenes.size(), 3);
        QCOMPARE(written.scenario->questions.size(), 4);
    }

    // A question's kind brings the options it needs, and its key keeps what still fits.
    void questionsChangeKindAndKey_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("correctBefore");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("firstOptions");
        QTest::addColumn<QString>("correctAfter"); // the key as written: "derive-ilo" or ids joined by ','

        const QStringList judgement = {u"trafficking"_s, u"labour-rights"_s, u"neither"_s};
        QTest::newRow("single to judgement")
            << u"single"_s << QStringList{u"a"_s} << u"judgement"_s << judgement << u"derive-ilo"_s;
        QTest::newRow("single to dimensions")
            << u"single"_s << QStringList{u"a"_s} << u"dimensions"_s << dimensionIds() << u"derive-ilo"_s;
        QTest::newRow("judgement to single keeps the verdicts")
            << u"judgement"_s << QStringList{} << u"single"_s << judgement << u"trafficking"_s;
        QTest::newRow("multiple to single keeps the first right answer")
            << u"multiple"_s << QStringList{u"b"_s, u"a"_s} << u"single"_s << QStringList{u"a"_s, u"b"_s}
            << u"b"_s;
        QTest::newRow("single to multiple keeps the key")
            << u"single"_s << QStringList{u"b"_s} << u"multiple"_s << QStringList{u"a"_s, u"b"_s} << u"b"_s;
    }

    void questionsChangeKindAndKey()
    {
        QFETCH(QString, from);
        QFETCH(QStringList, correctBefore);
        QFETCH(QString, to);
        QFETCH(QStringList, firstOptions);
        QFETCH(QString, correctAfter);
        const Tree root = authoring::newScenario(u"s"_s, {u"lv"_s, u"en"_s}, u"T"_s);
        Tree question = authoring::newQuestion(root, from);
        if (from != u"judgement") {
            std::vector<Tree> ids;
            for (const QString &id : correctBefore)
                ids.push_back(Tree::string(id));
            question.setMember(u"correct"_s, Tree::array(std::move(ids)));
        }
        const Tree changed = authoring::reshapeQuestion(root, question, to);
        QCOMPARE(changed.member(u"kind")->toString(), to);
        QStringList options;
        for (const Tree &option : changed.member(u"options")->items())
            options.append(option.member(u"id")->toString());
        QCOMPARE(options.mid(0, firstOptions.size()), firstOptions);
        const Tree *correct = changed.member(u"correct");
        QStringList key;
        for (const Tree &id : correct->isArray() ? correct->items() : std::vector<Tree>{*correct})
            key.append(id.toString());
        QCOMPARE(key.join(u','), correctAfter);
    }

    void correctOptionsFollowTheKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("marks"); // "+id" marks correct, "-id" unmarks
        QTest::addColumn<QString>("correctAfter");
        QTest::newRow("single has one") << u"single"_s << QStringList{u"+b"_s} << u"b"_s;
        QTest::newRow("multiple adds") << u"multiple"_s << QStringList{u"+b"_s, u"+c"_s} << u"b,c"_s;
        QTest::newRow("multiple removes") << u"multiple"_s << QStringList{u"+b"_s, u"-b"_s} << QString();
        QTest::newRow("judgement by hand") << u"judgement"_s << QStringList{u"+neither"_s} << u"neither"_s;
        QTest::newRow("judgement off the rule")
            << u"judgement"_s << QStringList{u"-derive-ilo"_s} << u"trafficking"_s;
        QTest::newRow("dimensions back to the rule")
            << u"dimensions"_s << QStringList{u"+coercive-recruitment"_s, u"+derive-ilo"_s}
            << u"derive-ilo"_s;
    }

    void correctOptionsFollowTheKind()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, marks);
        QFETCH(QString, correctAfter);
        const Tree root = authoring::newScenario(u"s"_s, {u"lv"_s}, u"T"_s);
        Tree question = authoring::newQuestion(root, kind);
        question.member(u"options")->items().push_back(authoring::newOption(root, question));
        if (kind == u"multiple")
            question.setMember(u"correct"_s, Tree::array());
        for (const QString &mark : marks)
            question = authoring::markCorrect(question, mark.mid(1), mark.startsWith(u'+'));
        const Tree *correct = question.member(u"correct");
        QStringList key;
        for (const Tree &id : correct->isArray() ? correct->items() : std::vector<Tree>{*correct})
            key.append(id.toString());
        QCOMPARE(key.join(u','), correctAfter);
    }

    void choicesToEndingsSayEnding()
    {
        const Tree root = authoring::newScenario(u"s"_s, {u"lv"_s}, u"T"_s);
        const Tree choice = authoring::newChoice(root, u"ending"_s);
        QVERIFY(choice.member(u"ending"));
        QVERIFY(!choice.member(u"next"));
        QCOMPARE(choice.member(u"id")->toString(), u"choice-2"_s); // the first scene's choice is "choice"
    }

    void segmentSplitsAtTheSelection_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("english");
        // "We worked every day from six until one at night."
        QTest::newRow("middle") << 10 << 19 << QStringList{u"s-hours-a"_s, u"s-hours-b"_s, u"s-hours-c"_s}
                                << QStringList{u"We worked"_s, u"every day"_s,
                                               u"from six until one at night."_s};
        QTest::newRow("from the start")
            << 0 << 9 << QStringList{u"s-hours"_s, u"s-hours-c"_s}
            << QStringList{u"We worked"_s, u"every day from six until one at night."_s};
        QTest::newRow("whole text") << 0 << 49 << QStringList{u"s-hours"_s}
                                    << QStringList{u"We worked every day from six until one at night."_s};
    }

    void segmentSplitsAtTheSelection()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, english);
        const Tree root = readTree(m_data + u"/valid/minimal.json"_s);
        const Tree &segment = *root.at(*json::parsePath(u"scenes[0].lines[0].segments[0]"));
        const QList<Tree> parts = authoring::splitSegment(root, segment, u"en"_s, start, end);
        QStringList gotIds, gotEnglish;
        for (const Tree &part : parts) {
            gotIds.append(part.member(u"id")->toString());
            gotEnglish.append(part.member(u"text")->member(u"en")->toString());
        }
        QCOMPARE(gotIds, ids);
        QCOMPARE(gotEnglish, english);
        // The selection keeps the cue; the Latvian (not split) goes with it.
        for (const Tree &part : parts) {
            const bool selection = part.member(u"cue") != nullptr;
            QCOMPARE(part.member(u"text")->member(u"lv")->toString().isEmpty(), !selection);
        }
    }

    void sceneMapLaysOutByDistance()
    {
        Tree root = readTree(m_data + u"/valid/minimal.json"_s);
        authoring::SceneMap map = authoring::sceneMap(root, u"en"_s);
        // office -> referral -> assessment -> endings referred, lost
        const QStringList ids{u"office"_s, u"referral"_s, u"assessment"_s, u"referred"_s, u"lost"_s};
        const QList<int> columns{0, 1, 2, 3, 3};
        for (int i = 0; i < ids.size(); ++i) {
            const int node = map.nodeOf(ids.at(i));
            QVERIFY2(node >= 0, qPrintable(ids.at(i)));
            QCOMPARE(map.nodes.at(node).column, columns.at(i));
            QVERIFY(map.nodes.at(node).reachable);
        }
        QCOMPARE(map.nodes.at(map.nodeOf(u"office"_s)).title, u"At the office"_s);
        QVERIFY(map.nodes.at(map.nodeOf(u"office"_s)).isStart);
        QCOMPARE(map.columns, 4);
        QCOMPARE(map.rows, 2);
        int critical = 0;
        for (const auto &edge : map.edges)
            critical += edge.critical;
        QCOMPARE(critical, 1); // c-companion
        QCOMPARE(map.search(root, u"OFFICE"_s), QList<int>{map.nodeOf(u"office"_s)});
        QCOMPARE(map.search(root, u"birojā"_s), QList<int>{map.nodeOf(u"office"_s)});

        // A link to a scene that does not exist is an edge to nowhere; the scene left unreachable goes last.
        root.at(*json::parsePath(u"scenes[0].choices[0].next"))->operator=(Tree::string(u"nowhere"_s));
        root.at(*json::parsePath(u"scenes[0].choices[1].next"))->operator=(Tree::string(u"nowhere"_s));
        map = authoring::sceneMap(root, u"en"_s);
        const auto broken = std::ranges::count_if(map.edges, [](const auto &e) { return e.to < 0; });
        QCOMPARE(broken, 2);
        QVERIFY(!map.nodes.at(map.nodeOf(u"referral"_s)).reachable);
        QCOMPARE(map.nodes.at(map.nodeOf(u"referral"_s)).column, map.columns - 1);
    }

    // A copy brings its media along and plays on its own; the id is checked before anything is written.
    void copyBringsItsMedia()
    {
        QTemporaryDir dir;
        AuthorFolder folder(dir.filePath(u"authoring"_s));
        const QString source = m_data + u"/valid/minimal.json"_s;
        Result<QString> copied = folder.copyIn(source, u"minimal-copy"_s);
        QVERIFY2(copied, qPrintable(copied.error().message));
        QVERIFY(QFile::exists(folder.scenarioDirectory() + u"/media/office.svg"_s));
        const LoadResult loaded = ScenarioLoader(m_catalog).loadFile(*copied);
        QVERIFY2(errorsOf(loaded).isEmpty(), qPrintable(errorsOf(loaded).join(u'\n')));
        QCOMPARE(loaded.scenario->id, u"minimal-copy"_s);
        QCOMPARE(folder.list().size(), 1);
        QCOMPARE(folder.list().at(0).id, u"minimal-copy"_s);
        QCOMPARE(folder.list().at(0).title.member(u"en")->toString(), u"A job offer"_s);

        // The same id again: refused, nothing changed.
        QVERIFY(!folder.copyIn(source, u"minimal-copy"_s));
        QCOMPARE(folder.list().size(), 1);
        // A file outside the folder is not deleted.
        QVERIFY(!folder.remove(source));
        QVERIFY(QFile::exists(source));
        QVERIFY(folder.remove(*copied));
        QCOMPARE(folder.list().size(), 0);
    }

    // Renaming a team's scenario: a new id and file, the title in the asked language, the media still found;
    // an id already taken, or a file outside the folder, is refused with nothing changed.
    void renamedScenariosKeepTheirMedia()
    {
        QTemporaryDir dir;
        AuthorFolder folder(dir.filePath(u"authoring"_s));
        const QString source = m_data + u"/valid/minimal.json"_s;
        const Result<QString> first = folder.copyIn(source, u"first"_s);
        const Result<QString> second = folder.copyIn(source, u"second"_s);
        QVERIFY(first && second);

        const Result<QString> renamed = folder.rename(*first, u"night-shift"_s, u"en"_s, u"Night shift"_s);
        QVERIFY2(renamed, qPrintable(renamed.error().message));
        QCOMPARE(*renamed, folder.fileFor(u"night-shift"_s));
        QVERIFY(!QFile::exists(*first));
        const LoadResult loaded = ScenarioLoader(m_catalog).loadFile(*renamed);
        QVERIFY2(errorsOf(loaded).isEmpty(), qPrintable(errorsOf(loaded).join(u'\n')));
        QCOMPARE(loaded.scenario->id, u"night-shift"_s);
        QCOMPARE(loaded.scenario->title.text(u"en"_s), u"Night shift"_s);
        QCOMPARE(loaded.scenario->title.text(u"lv"_s), u"Darba piedāvājums"_s); // the other language kept

        // Taken: refused, both files as they were.
        const QByteArray before = readBytes(*second);
        QVERIFY(!folder.rename(*second, u"night-shift"_s, u"en"_s, u"Other"_s));
        QCOMPARE(readBytes(*second), before);
        QVERIFY(QFile::exists(*renamed));
        // The same id: only the title changes.
        QVERIFY(folder.rename(*second, u"second"_s, u"en"_s, u"Second"_s));
        QCOMPARE(readTree(*second).member(u"title")->member(u"en")->toString(), u"Second"_s);
        // Not in the folder: refused.
        QVERIFY(!folder.rename(source, u"shipped"_s, u"en"_s, u"X"_s));
        QVERIFY(QFile::exists(source));
    }

    // A picture for a scene: copied beside the scenario, the same bytes reused, other bytes renamed, and only
    // pictures accepted.
    void picturesAreCopiedBesideTheScenario()
    {
        QTemporaryDir dir;
        const QString scenario = dir.filePath(u"scenarios/night-shift.json"_s);
        const QString svg = m_data + u"/valid/media/office.svg"_s;
        Result<QString> first = AuthorFolder::bringPicture(scenario, svg);
        QVERIFY2(first, qPrintable(first.error().message));
        QCOMPARE(*first, u"../media/night-shift/office.svg"_s);
        QVERIFY(QFile::exists(dir.filePath(u"media/night-shift/office.svg"_s)));
        QCOMPARE(*AuthorFolder::bringPicture(scenario, svg), u"../media/night-shift/office.svg"_s);

        const QString other = dir.filePath(u"elsewhere/office.svg"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"elsewhere"_s)));
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        file.close();
        QCOMPARE(*AuthorFolder::bringPicture(scenario, other), u"../media/night-shift/office-2.svg"_s);

        QVERIFY(!AuthorFolder::bringPicture(scenario, m_data + u"/valid/minimal.json"_s));
    }

    // A scenario exported with its media as one ZIP and imported on "another laptop" (another folder) plays
    // there; a scenario file and a folder of them import too; an id already there is refused.
    void archivesTravelBetweenLaptops()
    {
        QTemporaryDir dir;
        AuthorFolder here(dir.filePath(u"here"_s)), there(dir.filePath(u"there"_s));
        const Result<QString> copied = here.copyIn(m_data + u"/valid/minimal.json"_s, u"night-shift"_s);
        QVERIFY(copied);
        const QString zip = dir.filePath(u"night-shift.zip"_s);
        const Result<void> exported = scenarioarchive::exportScenario(*copied, zip);
        QVERIFY2(exported, qPrintable(exported.error().message));

        const Result<QStringList> imported = scenarioarchive::importInto(there, zip);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->size(), 1);
        QVERIFY(QFile::exists(there.scenarioDirectory() + u"/media/office.svg"_s));
        const LoadResult loaded = ScenarioLoader(m_catalog).loadFile(imported->first());
        QVERIFY2(errorsOf(loaded).isEmpty(), qPrintable(errorsOf(loaded).join(u'\n')));
        QCOMPARE(loaded.scenario->id, u"night-shift"_s);
        // The same again: the id is taken there; nothing changes.
        QVERIFY(!scenarioarchive::importInto(there, zip));
        QCOMPARE(there.list().size(), 1);

        // A scenario file, and a folder of scenario files.
        AuthorFolder third(dir.filePath(u"third"_s));
        QCOMPARE(scenarioarchive::importInto(third, m_data + u"/valid/minimal.json"_s)->size(), 1);
        QVERIFY(!scenarioarchive::importInto(third, m_data + u"/valid"_s)); // minimal is there already
        AuthorFolder fourth(dir.filePath(u"fourth"_s));
        QCOMPARE(scenarioarchive::importInto(fourth, m_data + u"/valid"_s)->size(), 1);
    }

    // An archive whose entry climbs out of the folder is refused whole.
    void archivesCannotWriteOutsideTheFolder()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(u"hostile.zip"_s);
        archive *a = archive_write_new();
        archive_write_set_format_zip(a);
        QCOMPARE(archive_write_open_filename(a, QFile::encodeName(zip).constData()), ARCHIVE_OK);
        for (const char *name : {"scenarios/x.json", "../../escaped.txt"}) {
            archive_entry *entry = archive_entry_new();
            archive_entry_set_pathname(entry, name);
            archive_entry_set_size(entry, 2);
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_write_header(a, entry);
            archive_write_data(a, "{}", 2);
            archive_entry_free(entry);
        }
        archive_write_close(a);
        archive_write_free(a);
        AuthorFolder folder(dir.filePath(u"folder/authoring"_s));
        const Result<QStringList> imported = scenarioarchive::importInto(folder, zip);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(u"outside"_s), qPrintable(imported.error().message));
        QVERIFY(!QFile::exists(dir.filePath(u"escaped.txt"_s)));
        QCOMPARE(folder.list().size(), 0);
    }

    // The editor's findings include the fairness warnings of `saskati-cli lint`: in minimal.json the best
    // choice is listed first in both decisions.
    void fairnessWarningsAreFindings()
    {
        Result<ScenarioDocument> document =
            ScenarioDocument::open(m_data + u"/valid/minimal.json"_s, m_catalog);
        QVERIFY(document);
        const ScenarioDocument::Validation validation = document->validate(); // reads, writes nothing
        QVERIFY(!validation.isDraft());
        const auto fairness =
            std::ranges::find_if(validation.findings, [](const ScenarioDocument::Finding &f) {
                return f.diagnostic.message.contains(
                    u"the best choice is listed first in 2 of 2 decisions"_s);
            });
        QVERIFY(fairness != validation.findings.end());
        QVERIFY(!fairness->diagnostic.isError());
        QCOMPARE(json::pathText(fairness->path).left(6), u"scenes"_s);
    }

    void previewStartsAtTheChosenScene()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"minimal.json"_s);
        QVERIFY(QFile::copy(m_data + u"/valid/minimal.json"_s, file));
        QVERIFY(QDir().mkpath(dir.filePath(u"media"_s)));
        QVERIFY(QFile::copy(m_data + u"/valid/media/office.svg"_s, dir.filePath(u"media/office.svg"_s)));
        Result<ScenarioDocument> document = ScenarioDocument::open(file, m_catalog);
        QVERIFY(document);
        const auto preview = document->previewFrom(u"referral"_s, {{u"trust"_s, 2}});
        QVERIFY(preview);
        QCOMPARE(preview->start, u"referral"_s);
        QCOMPARE(preview->variables.at(0).initial, 2);
        // A scene that does not exist: no preview.
        QVERIFY(!document->previewFrom(u"nowhere"_s, {}));
        // The document itself is unchanged.
        QVERIFY(!document->isModified());
        QCOMPARE(document->root().member(u"start")->toString(), u"office"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuthoringParts)
#include "tst_authoringparts.moc"
