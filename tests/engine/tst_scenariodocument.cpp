// The authoring document (engine/authoring): a shipped scenario opens and saves byte for byte, an edit
// changes only its lines and undoes back to the same bytes, and every validator finding names the value it is
// about.
#include "catalog.h"
#include "scenariodocument.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> x = a.split('\n'), y = b.split('\n');
    int changed = int(std::abs(x.size() - y.size()));
    for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i)
        changed += x.at(i) != y.at(i);
    return changed;
}

json::Path path(std::initializer_list<json::PathStep> steps)
{
    return json::Path(steps);
}

} // namespace

class TestScenarioDocument : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const Catalog> m_shippedCatalog, m_testCatalog;
    const QString m_scenarios = QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios"_s;

    // A copy of a shipped scenario in the temporary folder (saving must not touch the repository).
    QString copyOf(const QString &name)
    {
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        QFile::copy(m_scenarios + u'/' + name, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        return copy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Diagnostics diagnostics;
        m_shippedCatalog = std::make_shared<Catalog>(loadCatalog(m_scenarios + u"/catalog"_s, &diagnostics));
        m_testCatalog = std::make_shared<Catalog>(
            loadCatalog(QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, &diagnostics));
        QVERIFY(!hasErrors(diagnostics));
    }

    void everyShippedScenarioOpensAndSavesUnchanged_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : QDir(m_scenarios).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyShippedScenarioOpensAndSavesUnchanged()
    {
        QFETCH(QString, name);
        const QString original = m_scenarios + u'/' + name;
        // Opened where it is: valid, playable, not modified.
        Result<ScenarioDocument> shipped = ScenarioDocument::open(original, m_shippedCatalog);
        QVERIFY2(shipped, qPrintable(shipped ? QString() : shipped.error().message));
        QVERIFY(!shipped->isModified());
        const ScenarioDocument::Validation validation = shipped->validate();
        QVERIFY(!validation.isDraft());
        for (const ScenarioDocument::Finding &f : validation.findings)
            QVERIFY2(f.diagnostic.severity != Diagnostic::Severity::Error,
                     qPrintable(f.diagnostic.toString()));
        // Saved without edits (as a copy): the same bytes.
        Result<ScenarioDocument> copy = ScenarioDocument::open(copyOf(name), m_shippedCatalog);
        QVERIFY(copy);
        QVERIFY(copy->save());
        QCOMPARE(readAll(copy->file()), readAll(original));
    }

    void anEditUndoesToTheSameBytes()
    {
        Result<ScenarioDocument> document =
            ScenarioDocument::open(copyOf(u"eures-job-offer.json"_s), m_shippedCatalog);
        QVERIFY(document);
        const QByteArray original = document->text();
        const json::Path title = path({{u"title"_s, -1}, {u"en"_s, -1}});
        // Typing a title: three edits of one field are one undo step.
        for (const QString &typed : {u"A"_s, u"A job"_s, u"A job offer from abroad"_s})
            QVERIFY(document->set(title, json::Tree::string(typed), u"Edit the title (en)"_s));
        QCOMPARE(document->at(title)->toString(), u"A job offer from abroad"_s);
        QVERIFY(document->isModified());
        QCOMPARE(changedLines(original, document->text()), 1);
        QCOMPARE(document->undoText(), u"Edit the title (en)"_s);
        document->undo();
        QVERIFY(!document->canUndo());
        QCOMPARE(document->text(), original);
        QVERIFY(!document->isModified());
        document->redo();
        QCOMPARE(document->at(title)->toString(), u"A job offer from abroad"_s);

        // A member removed and put back returns to its place; a new one is added at its object's end.
        document->closeEdit();
        QVERIFY(document->remove(path({{u"estimatedMinutes"_s, -1}}), u"Remove the minutes"_s));
        QVERIFY(!document->at(path({{u"estimatedMinutes"_s, -1}})));
        QVERIFY(
            document->set(path({{u"// reviewed"_s, -1}}), json::Tree::string(u"2026-12-05"_s), u"Note"_s));
        QVERIFY(document->insert(path({{u"objectives"_s, -1}}), 0,
                                 json::Tree::object({{u"lv"_s, json::Tree::string(u"x"_s)}}),
                                 u"Add an objective"_s));
        document->undo();
        document->undo();
        document->undo();
        document->undo();
        QCOMPARE(document->text(), original);
        QVERIFY(!document->canUndo());
        // A new edit drops what could be redone.
        QVERIFY(document->set(title, json::Tree::string(u"X"_s), u"Edit the title (en)"_s));
        QVERIFY(!document->canRedo());
        QVERIFY(!document->set(path({{u"no-such"_s, -1}, {u"x"_s, -1}}), json::Tree(), u"x"_s));
        QVERIFY(!document->remove(path({{u"scenes"_s, -1}, {QString(), 999}}), u"x"_s));
    }

    // Edits made as one (a scene added after another, and the choice leading to it) undo and redo as one
    // step, named by the group; edits before and after stay steps of their own.
    void groupedEditsUndoAsOne()
    {
        Result<ScenarioDocument> document =
            ScenarioDocument::open(copyOf(u"eures-job-offer.json"_s), m_shippedCatalog);
        QVERIFY(document);
        const QByteArray original = document->text();
        const json::Path title = path({{u"title"_s, -1}, {u"en"_s, -1}});
        const json::Path minutes = path({{u"estimatedMinutes"_s, -1}});
        QVERIFY(document->set(title, json::Tree::string(u"Before"_s), u"Edit the title (en)"_s));
        const QByteArray afterFirst = document->text();
        document->beginGroup(u"Two at once"_s);
        QVERIFY(document->set(title, json::Tree::string(u"Inside"_s), u"Edit the title (en)"_s));
        QVERIFY(document->set(minutes, json::Tree::number(99), u"Minutes"_s));
        document->beginGroup(u"Inner"_s); // joins the outer group
        QVERIFY(document->set(title, json::Tree::string(u"Inside again"_s), u"Edit the title (en)"_s));
        document->endGroup();
        document->endGroup();
        QCOMPARE(document->undoText(), u"Two at once"_s);
        document->undo();
        QCOMPARE(document->text(), afterFirst);
        QCOMPARE(document->redoText(), u"Two at once"_s);
        document->redo();
        QCOMPARE(document->at(title)->toString(), u"Inside again"_s);
        QCOMPARE(document->at(minutes)->toDouble(), 99.0);
        document->undo();
        document->undo();
        QCOMPARE(document->text(), original);
        QVERIFY(!document->canUndo());
    }

    // The validator's findings name the value they are about, and a scenario with errors still saves, as a
    // draft that does not load for play.
    void findingsNameTheirValue()
    {
        // The fixture and the picture it names (../valid/media/office.svg), as they lie in tests/data.
        const QString data = QStringLiteral(SASKATI_TEST_DATA);
        QVERIFY(QDir(m_dir.path()).mkpath(u"conversation"_s) && QDir(m_dir.path()).mkpath(u"valid/media"_s));
        const QString file = m_dir.filePath(u"conversation/conversation.json"_s);
        QFile::remove(file);
        QVERIFY(QFile::copy(data + u"/conversation/conversation.json"_s, file));
        QFile::copy(data + u"/valid/media/office.svg"_s, m_dir.filePath(u"valid/media/office.svg"_s));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        Result<ScenarioDocument> document = ScenarioDocument::open(file, m_testCatalog);
        QVERIFY(document);
        QVERIFY(!document->validate().isDraft());
        json::Path next = document->pathOfId(u"c-private"_s);
        QCOMPARE(json::pathText(next), u"scenes[0].choices[0]"_s);
        next.append({u"next"_s, -1});
        QVERIFY(document->set(next, json::Tree::string(u"nowhere"_s), u"Lead elsewhere"_s));
        const ScenarioDocument::Validation broken = document->validate();
        QVERIFY(broken.isDraft());
        const auto finding =
            std::find_if(broken.findings.cbegin(), broken.findings.cend(), [](const auto &f) {
                return f.diagnostic.message.contains(u"leads to scene 'nowhere'"_s);
            });
        QVERIFY(finding != broken.findings.cend());
        QCOMPARE(json::pathText(finding->path), u"scenes[0].choices[0].next"_s);
        QVERIFY(finding->diagnostic.line > 0 && finding->diagnostic.column > 0);
        QVERIFY(document->save()); // a draft
        QCOMPARE(readAll(file), document->text());
        document->undo();
        QVERIFY(!document->validate().isDraft());
    }

    void aFileThatIsNotJsonIsNotOpened()
    {
        const Result<ScenarioDocument> document = ScenarioDocument::open(
            QStringLiteral(SASKATI_TEST_DATA) + u"/broken/garbage-after-end.json"_s, m_testCatalog);
        QVERIFY(!document);
        QVERIFY(document.error().line > 0 && document.error().column > 0);
        QVERIFY(document.error().message.contains(u"not opened"_s));
    }
};

QTEST_GUILESS_MAIN(TestScenarioDocument)
#include "tst_scenariodocument.moc"
