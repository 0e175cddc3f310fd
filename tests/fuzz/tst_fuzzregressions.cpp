// Every input a fuzzer ever crashed on (tests/fuzz/regressions/<target>/) and every shipped and test file of
// the kinds fuzzed, through the same entry points as the fuzzers: in every build (also the sanitizer build),
// none may crash.
#include "fuzztargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Target = int (*)(const uint8_t *, size_t);

struct Kind {
    const char *name;
    Target target;
    QStringList folders; // below the source tree
    QStringList filters;
};

const QList<Kind> &kinds()
{
    static const QList<Kind> list = {
        {"scenario",
         saskati::fuzz::scenario,
         {u"scenarios"_s, u"tests/data/valid"_s, u"tests/data/broken"_s},
         {u"*.json"_s}},
        {"catalog", saskati::fuzz::catalog, {u"scenarios/catalog"_s, u"tests/data/catalog"_s}, {u"*.json"_s}},
        {"bundle", saskati::fuzz::bundle, {u"tests/data/bundles"_s}, {u"*.json"_s}},
        {"participant-message",
         saskati::fuzz::participantMessage,
         {u"tests/fuzz/seeds/participant-message"_s},
         {u"*.json"_s}},
        {"play-script",
         saskati::fuzz::playScript,
         {u"scenarios/tests"_s, u"tests/data/valid/tests"_s, u"tests/data/scripts"_s},
         {u"*.json"_s}},
    };
    return list;
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noInputCrashes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("file");
        const QString source = QStringLiteral(SASKATI_SOURCE_DIR);
        for (qsizetype k = 0; k < kinds().size(); ++k) {
            const Kind &kind = kinds().at(k);
            QStringList folders = kind.folders;
            folders.append(u"tests/fuzz/regressions/"_s + QLatin1StringView(kind.name));
            for (const QString &folder : folders) {
                const bool regressions = folder.startsWith(u"tests/fuzz/"_s);
                QDirIterator it(source + u'/' + folder, regressions ? QStringList() : kind.filters,
                                QDir::Files,
                                regressions ? QDirIterator::NoIteratorFlags : QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString file = it.next();
                    if (file.endsWith(u"README.md"_s))
                        continue;
                    QTest::addRow("%s: %s", kind.name, qPrintable(file.mid(source.size() + 1)))
                        << int(k) << file;
                }
            }
        }
    }
    void noInputCrashes()
    {
        QFETCH(int, kind);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray bytes = f.readAll();
        QCOMPARE(kinds().at(kind).target(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                         size_t(bytes.size())),
                 0);
    }

    // The bundle target must reach the importer and let it write (in a transaction it then rolls back),
    // else fuzzing it tests nothing: the regression inputs named adds-* are imported with rows added, and
    // the database is the same afterwards.
    void bundleTargetReachesTheImporter_data()
    {
        QTest::addColumn<QString>("file");
        const QDir folder(QStringLiteral(SASKATI_SOURCE_DIR) + u"/tests/fuzz/regressions/bundle"_s);
        const QStringList adding = folder.entryList({u"adds-*.json"_s}, QDir::Files);
        QVERIFY2(!adding.isEmpty(), "the bundle regressions must hold inputs that add rows");
        for (const QString &name : adding)
            QTest::newRow(qPrintable(name)) << folder.filePath(name);
    }
    void bundleTargetReachesTheImporter()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const int before = saskati::fuzz::storedAttempts();
        QVERIFY(before >= 0);
        const saskati::fuzz::BundleOutcome outcome = saskati::fuzz::importBundleAndRollBack(
            reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
        QVERIFY(outcome.reachedImporter);
        QVERIFY(outcome.imported);
        QVERIFY2(outcome.added > 0, "the import added no rows");
        QCOMPARE(saskati::fuzz::storedAttempts(), before);
    }
};

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
