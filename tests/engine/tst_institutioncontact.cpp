// A coordinator's correction of an institution's contacts and the date it counts as verified
// (engine/scenario/institutioncontact.h).
#include "institutioncontact.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

class TestInstitutionContact : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verifiedDate_data()
    {
        QTest::addColumn<QString>("phone"); // the corrected phone; every other field as it was
        QTest::addColumn<bool>("verified");
        QTest::addColumn<QDate>("verifiedOn");
        const QDate today(2026, 12, 4), before(2026, 1, 15);
        QTest::newRow("checked today") << u"+371 600 00000"_s << true << today;
        QTest::newRow("checked, nothing changed") << u"+371 611 11111"_s << true << today;
        QTest::newRow("nothing changed keeps the date") << u"+371 611 11111"_s << false << before;
        QTest::newRow("spaces around are no change") << u"  +371 611 11111 "_s << false << before;
        QTest::newRow("a change not checked has no date") << u"+371 600 00000"_s << false << QDate();
    }

    void verifiedDate()
    {
        QFETCH(QString, phone);
        QFETCH(bool, verified);
        QFETCH(QDate, verifiedOn);
        Institution current;
        current.id = u"state-police"_s;
        current.phone = u"+371 611 11111"_s;
        current.hours = u"24/7"_s;
        current.verifiedOn = u"2026-01-15"_s;
        InstitutionContact correction;
        correction.phone = phone;
        correction.hours = u"24/7"_s;
        const InstitutionContact c = correctedContact(current, correction, verified, QDate(2026, 12, 4));
        QCOMPARE(c.institution, u"state-police"_s);
        QCOMPARE(c.phone, phone.trimmed());
        QCOMPARE(c.verifiedOn, verifiedOn);
    }
};

QTEST_GUILESS_MAIN(TestInstitutionContact)
#include "tst_institutioncontact.moc"
