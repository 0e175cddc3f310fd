#include "coordinatorlock.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

const QString s_key = u"coordinator.password"_s;
const QString s_offerKey = u"coordinator.offer"_s;

// "pbkdf2-sha256$ITERATIONS$SALT$HASH", base64: the format says how to check it when the count changes later.
QString hashOf(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray hash = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(),
                                                               salt, iterations, 32);
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

// Compares without stopping at the first difference.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

CoordinatorLock::CoordinatorLock(ResultsStore &store)
    : m_store(store)
{}

bool CoordinatorLock::isSet()
{
    return !m_store.setting(s_key).isEmpty();
}

bool CoordinatorLock::offerDone()
{
    return isSet() || m_store.setting(s_offerKey) == u"skipped";
}

Result<void> CoordinatorLock::skipOffer()
{
    return m_store.setSetting(s_offerKey, u"skipped"_s);
}

bool CoordinatorLock::verify(const QString &password)
{
    const QStringList parts = m_store.setting(s_key).split(u'$');
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256")
        return false;
    const int rounds = parts[1].toInt();
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    if (rounds < 1 || salt.isEmpty())
        return false;
    const QStringList computed = hashOf(password, salt, rounds).split(u'$');
    return sameBytes(computed[3].toLatin1(), parts[3].toLatin1());
}

Result<void> CoordinatorLock::setPassword(const QString &password, const QString &current)
{
    if (isSet() && !verify(current))
        return Error(u"The current password is not right."_s);
    if (password.size() < minimumLength)
        return Error(u"Choose a password of at least %1 characters."_s.arg(minimumLength));
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    return m_store.setSetting(s_key, hashOf(password, salt, iterations));
}

} // namespace saskati
