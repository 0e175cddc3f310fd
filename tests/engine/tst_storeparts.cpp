// Each part of the results store on a bare ResultsDatabase, without ResultsStore: a part keeps its kind of
// record on any open database, and the parts meet only in the tables (an attempt's participant, a room run's
// seminar). The store as a whole (durability, crashes, migrations, erasure in backups) is tst_resultsstore.
#include "attemptrecords.h"
#include "directoryrecords.h"
#include "participantrecords.h"
#include "resultsdatabase.h"
#include "reviewrows.h"
#include "roomrecords.h"
#include "schemamigrations.h"
#include "seminarrecords.h"
#include "testscenarios.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

class TestStoreParts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::shared_ptr<const Scenario> m_scenario;

    /// A new database, opened.
    std::unique_ptr<ResultsDatabase> freshDatabase()
    {
        auto db = std::make_unique<ResultsDatabase>(m_dir.filePath(u"parts-%1.sqlite"_s.arg(++m_files)));
        const ResultsDatabase::OpenResult opened = db->open();
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.error.message));
        return opened.ok() ? std::move(db) : nullptr;
    }

    Event event(qint64 sequence, Event::Type type, const QJsonObject &payload)
    {
        Event e;
        e.sequence = sequence;
        e.timestamp = QDateTime(QDate(2026, 12, 4), QTime(9, 0, int(sequence)), Qt::UTC);
        e.type = type;
        e.payload = payload;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_scenario = testing::minimalScenario();
        QVERIFY(m_scenario);
    }

    void databaseAloneBuildsTheSchemaStepByStep()
    {
        QCOMPARE(schemaMigrations().size(), ResultsDatabase::schemaVersion);
        const auto db = freshDatabase();
        QVERIFY(db);
        QSqlQuery q(db->database());
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), ResultsDatabase::schemaVersion);
        q.finish();
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table'"_s) && q.next());
        int created = 0;
        for (const QStringList &step : schemaMigrations())
            for (const QString &statement : step)
                created += statement.startsWith(u"CREATE TABLE"_s) ? 1 : 0;
        QCOMPARE(q.value(0).toInt(), created);
        q.finish();
        QVERIFY(db->setSetting(u"review.language"_s, u"lv"_s));
        QVERIFY(db->setSetting(u"review.language"_s, u"en"_s));
        QCOMPARE(db->setting(u"review.language"_s), u"en"_s);
        QCOMPARE(db->setting(u"unset"_s), QString());
    }

    void participantsAloneAreFoundIgnoringCaseAndAccents_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("plain") << u"marite"_s << QStringList{u"Mārīte Kalniņa"_s};
        QTest::newRow("upper case") << u"KALNI"_s << QStringList{u"Mārīte Kalniņa"_s};
        QTest::newRow("accented") << u"Bērz"_s << QStringList{u"Anna Bērziņa"_s};
        QTest::newRow("code") << u"p-anna"_s << QStringList{u"Anna Bērziņa"_s};
        QTest::newRow("both, by name") << u"a"_s << QStringList{u"Anna Bērziņa"_s, u"Mārīte Kalniņa"_s};
        QTest::newRow("none") << u"Jānis"_s << QStringList{};
    }

    void participantsAloneAreFoundIgnoringCaseAndAccents()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, names);
        const auto db = freshDatabase();
        QVERIFY(db);
        ParticipantRecords people(*db);
        QVERIFY(people.addParticipant(u"Mārīte Kalniņa"_s));
        QVERIFY(people.addParticipant(u"  Anna Bērziņa "_s, u"teacher"_s, u"P-ANNA"_s));
        QStringList found;
        for (const Participant &p : people.findParticipants(search))
            found.append(p.displayName);
        QCOMPARE(found, names);
    }

    void participantsAloneRefuseWhatCannotBeKept_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("error");
        QTest::newRow("no name") << u"   "_s << QString()
                                 << u"A participant needs a name (or a pseudonym)."_s;
        QTest::newRow("code taken") << u"Zane"_s << u"P-ANNA"_s << u"Could not add the participant"_s;
    }

    void participantsAloneRefuseWhatCannotBeKept()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, error);
        const auto db = freshDatabase();
        QVERIFY(db);
        ParticipantRecords people(*db);
        QVERIFY(people.addParticipant(u"Anna"_s, {}, u"P-ANNA"_s));
        const Result<Participant> refused = people.addParticipant(name, {}, code);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(error), qPrintable(refused.error().message));
        QCOMPARE(people.participants().size(), 1);
        const Result<void> erased = people.eraseParticipant(u"no-such-uuid"_s);
        QVERIFY(!erased);
        QCOMPARE(erased.error().message, u"There is no participant 'no-such-uuid'."_s);
    }

    void seminarsAloneReadBackAsWritten()
    {
        const auto db = freshDatabase();
        QVERIFY(db);
        SeminarRecords seminars(*db);
        Seminar s;
        s.title = u"Liepāja, bāriņtiesa"_s;
        s.date = QDate(2026, 12, 4);
        s.place = u"Rožu iela"_s;
        s.lecturer = u"I. Ozola"_s;
        s.audience = u"orphans-court"_s;
        s.scenarios = {u"minimal"_s, u"care-leaver-offer"_s};
        s.notes = u"pirmā grupa"_s;
        const auto saved = seminars.addSeminar(s);
        QVERIFY(saved);
        QVERIFY(!saved->uuid.isEmpty());
        const QList<Seminar> all = seminars.seminars();
        QCOMPARE(all.size(), 1);
        const Seminar &read = all.first();
        QCOMPARE(read.uuid, saved->uuid);
        QCOMPARE(read.title, s.title);
        QCOMPARE(read.date, s.date);
        QCOMPARE(read.place, s.place);
        QCOMPARE(read.lecturer, s.lecturer);
        QCOMPARE(read.audience, s.audience);
        QCOMPARE(read.scenarios, s.scenarios);
        QCOMPARE(read.notes, s.notes);
        QCOMPARE(read.created, saved->created);
    }

    void attemptsAloneKeepTheLogTheSnapshotAndTheReviewRows()
    {
        const auto db = freshDatabase();
        QVERIFY(db);
        ParticipantRecords people(*db);
        AttemptRecords attempts(*db);
        ReviewRows review(*db);
        const auto anna = people.addParticipant(u"Anna"_s);
        QVERIFY(anna);
        const auto begun = attempts.beginAttempt(anna->uuid, {}, PlayMode::Solo, *m_scenario, u"en"_s);
        QVERIFY2(begun, qPrintable(begun.error().message));
        const QList<Event> log = {event(1, Event::Type::Start, {{u"scenario"_s, m_scenario->id}}),
                                  event(2, Event::Type::Flag, {{u"target"_s, u"s-hours"_s}})};
        for (const Event &e : log)
            QVERIFY(attempts.appendEvent(begun->uuid, e));
        QVERIFY(!attempts.appendEvent(begun->uuid, log.last())); // a sequence number is used once
        QCOMPARE(attempts.events(begun->uuid), log);
        QCOMPARE(attempts.interruptedAttempts().size(), 1);
        QCOMPARE(attempts.scenarioSnapshot(begun->contentHash), m_scenario->sourceBytes);
        QCOMPARE(review.attemptsWithoutIndex(), QStringList());

        const QJsonObject score{{u"percent"_s, 75}, {u"total"_s, 6.0}};
        AttemptIndex index;
        index.items = {{u"scene-1"_s, 2.0, 2.0, u"c-private"_s}, {u"scene-2"_s, 0.0, 1.0, u"c-wait"_s}};
        const QDateTime finished = QDateTime(QDate(2026, 12, 4), QTime(9, 5), Qt::UTC);
        QVERIFY(
            attempts.finishAttempt(begun->uuid, AttemptRecord::Status::Completed, score, finished, &index));
        const auto record = attempts.attempt(begun->uuid);
        QVERIFY(record);
        QCOMPARE(record->status, AttemptRecord::Status::Completed);
        QCOMPARE(record->score, score);
        QCOMPARE(record->finished, finished);
        QCOMPARE(review.attemptItems(begun->uuid).size(), 2);
        QCOMPARE(review.attemptItems(begun->uuid).first().answer, u"c-private"_s);
        QVERIFY(attempts.interruptedAttempts().isEmpty());

        QVERIFY(review.saveIndex(begun->uuid, AttemptIndex{}));
        QCOMPARE(review.attemptsWithoutIndex(), QStringList{begun->uuid});
    }

    void roomsAloneKeepRunsHandsAndMembers()
    {
        const auto db = freshDatabase();
        QVERIFY(db);
        SeminarRecords seminars(*db);
        ParticipantRecords people(*db);
        AttemptRecords attempts(*db);
        RoomRecords rooms(*db);
        Seminar s;
        s.title = u"Robežsardze"_s;
        const auto seminar = seminars.addSeminar(s);
        QVERIFY(seminar);
        const auto run = rooms.beginRoomRun(seminar->uuid, *m_scenario, u"lv"_s);
        QVERIFY2(run, qPrintable(run.error().message));
        QVERIFY(rooms.appendRoomEvent(run->uuid, event(1, Event::Type::Start, {})));
        QCOMPARE(rooms.roomEvents(run->uuid).size(), 1);

        QVERIFY(rooms.saveHandCount(run->uuid, 1, u"s1"_s, {{u"c-a"_s, 3}}));
        QVERIFY(rooms.saveHandCount(run->uuid, 1, u"s1"_s, {{u"c-a"_s, 4}})); // typed again: replaced
        QVERIFY(rooms.saveHandCount(run->uuid, 2, u"s2"_s, {{u"c-b"_s, 1}}));
        const QList<HandCount> hands = rooms.handCounts(run->uuid);
        QCOMPARE(hands.size(), 2);
        QCOMPARE(hands.first().counts, (QJsonObject{{u"c-a"_s, 4}}));

        const auto phone = people.addParticipant(u"Ilze"_s);
        QVERIFY(phone);
        QVERIFY(rooms.addRoomMember(seminar->uuid, {u"m1"_s, u"abc123"_s, phone->uuid, u"en"_s}));
        QCOMPARE(rooms.roomMembers(seminar->uuid).size(), 1);
        QCOMPARE(rooms.roomMembers(seminar->uuid).first().tokenHash, u"abc123"_s);

        const auto followed = attempts.beginAttempt(phone->uuid, seminar->uuid, PlayMode::Seminar,
                                                    *m_scenario, u"en"_s, run->uuid);
        QVERIFY(followed);
        QCOMPARE(rooms.roomAttempts(run->uuid).size(), 1);
        QCOMPARE(rooms.interruptedRoomRuns().size(), 1);
        QVERIFY(rooms.closeInterruptedRoomRun(run->uuid));
        QVERIFY(rooms.interruptedRoomRuns().isEmpty());
        QCOMPARE(rooms.roomRuns(seminar->uuid).first().status, AttemptRecord::Status::Interrupted);
        QCOMPARE(attempts.attempt(followed->uuid)->status, AttemptRecord::Status::Interrupted);
    }

    void directoryAloneKeepsTheLatestCorrection()
    {
        const auto db = freshDatabase();
        QVERIFY(db);
        DirectoryRecords directory(*db);
        InstitutionContact contact;
        contact.institution = u"state-police"_s;
        contact.phone = u"110"_s;
        QVERIFY(directory.saveInstitutionContact(contact));
        contact.hours = u"check the current hours"_s;
        contact.verifiedOn = QDate(2026, 12, 4);
        QVERIFY(directory.saveInstitutionContact(contact));
        const QList<InstitutionContact> contacts = directory.institutionContacts();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().hours, contact.hours);
        QCOMPARE(contacts.first().verifiedOn, contact.verifiedOn);
    }
};

QTEST_GUILESS_MAIN(TestStoreParts)
#include "tst_storeparts.moc"
