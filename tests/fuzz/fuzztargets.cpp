#include "fuzztargets.h"

#include "catalog.h"
#include "participantmessage.h"
#include "playscript.h"
#include "playthrough.h"
#include "resultsexport.h"
#include "resultsstore.h"
#include "scenarioloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace saskati::fuzz {

namespace {

// Once per process: an application (the SQL driver is a plugin), a scratch folder, the test catalogue.
struct Fixture {
    int argc = 1;
    char name[8] = "fuzz";
    char *argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
    QTemporaryDir scratch;
    std::shared_ptr<const Catalog> catalog;
    std::shared_ptr<const Scenario> minimal;
    std::unique_ptr<ResultsStore> store;

    Fixture()
    {
        Diagnostics diagnostics;
        catalog = std::make_shared<Catalog>(
            loadCatalog(QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, &diagnostics));
        ScenarioLoader loader(catalog);
        minimal = loader.loadFile(QStringLiteral(SASKATI_TEST_DATA) + u"/valid/minimal.json"_s).scenario;
        store = std::make_unique<ResultsStore>(scratch.filePath(u"fuzz.sqlite"_s));
        store->open();
    }
    QString write(const QString &name, const uint8_t *data, size_t size) const
    {
        const QString path = scratch.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(reinterpret_cast<const char *>(data), qint64(size));
        return path;
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

int scenario(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    ScenarioLoader loader(f.catalog);
    loader.setCheckMediaFiles(false);
    const LoadResult result = loader.loadBytes(f.scratch.filePath(u"scenario.json"_s), bytes(data, size));
    if (!result.ok())
        return 0;
    // A scenario that loads must also play: take the first offered choice a few times.
    Playthrough playthrough(result.scenario);
    playthrough.start(PlayMode::Solo);
    for (int step = 0; step < 8; ++step) {
        const Scene *scene = result.scenario->scene(playthrough.state().scene);
        if (!scene || scene->choices.isEmpty())
            break;
        playthrough.choose(scene->choices.first().id);
    }
    return 0;
}

int catalog(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    static const QString directory = [&] {
        QDir(f.scratch.path()).mkdir(u"catalog"_s);
        return f.scratch.filePath(u"catalog"_s);
    }();
    for (const QString &file : {u"indicators.json"_s, u"forms.json"_s, u"institutions.json"_s,
                                u"principles.json"_s, u"roles.json"_s})
        f.write(u"catalog/"_s + file, data, size);
    Diagnostics diagnostics;
    loadCatalog(directory, &diagnostics);
    return 0;
}

BundleOutcome importBundleAndRollBack(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    const QJsonDocument document = QJsonDocument::fromJson(bytes(data, size));
    if (!document.isObject())
        return {};
    // The import runs inside a transaction of ours (its own is then a savepoint in it), which is rolled back:
    // each input meets the same database.
    ResultsStore::Transaction outer(*f.store);
    if (!outer.isOpen())
        return {};
    const ImportReport report = importBundle(*f.store, document.object());
    return {true, report.ok, report.added};
}

int bundle(const uint8_t *data, size_t size)
{
    importBundleAndRollBack(data, size);
    return 0;
}

int storedAttempts()
{
    QSqlQuery q(fixture().store->database());
    return q.exec(u"SELECT count(*) FROM attempts"_s) && q.next() ? q.value(0).toInt() : -1;
}

int participantMessage(const uint8_t *data, size_t size)
{
    (void)parseParticipantMessage(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}

int playScript(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    Diagnostics diagnostics;
    const std::optional<PlayScript> script =
        loadPlayScript(f.write(u"script.test.json"_s, data, size), &diagnostics);
    if (script && f.minimal)
        runPlayScript(f.minimal, *script, true);
    return 0;
}

} // namespace saskati::fuzz
