// Joining: the PIN, the members with their ids and resume tokens, and the names of those who stay anonymous.
#include "seminarroom.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// Only a hash of a phone's resume token is kept in the database: a copy of the file does not let anyone act
// as a participant.
QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

} // namespace

QString generatedParticipantName(const QString &language, int seed)
{
    // Adjective and noun agree in gender in Latvian and in Russian; each animal's gender is the same in both
    // (checked for every pair below), so one flag picks the adjective's form in either.
    struct Animal {
        const char16_t *lv;
        bool feminine;
        const char16_t *en;
        const char16_t *ru;
    };
    static const Animal animals[] = {
        {u"pūce", true, u"owl", u"сова"},
        {u"lapsa", true, u"fox", u"лиса"},
        {u"vāvere", true, u"squirrel", u"белка"},
        {u"zīle", true, u"tit", u"синица"},
        {u"bite", true, u"bee", u"пчела"},
        {u"stirna", true, u"roe deer", u"косуля"},
        {u"ūdele", true, u"mink", u"норка"},
        {u"zivs", true, u"fish", u"рыба"},
        {u"lācis", false, u"bear", u"медведь"},
        {u"ezis", false, u"hedgehog", u"ёж"},
        {u"vilks", false, u"wolf", u"волк"},
        {u"zaķis", false, u"hare", u"заяц"},
        {u"bebrs", false, u"beaver", u"бобр"},
        {u"briedis", false, u"deer", u"олень"},
        {u"dzenis", false, u"woodpecker", u"дятел"},
        {u"gulbis", false, u"swan", u"лебедь"},
    };
    struct Colour {
        const char16_t *feminine;
        const char16_t *masculine;
        const char16_t *en;
        const char16_t *ruFeminine;
        const char16_t *ruMasculine;
    };
    static const Colour colours[] = {
        {u"Zilā", u"Zilais", u"Blue", u"Синяя", u"Синий"},
        {u"Zaļā", u"Zaļais", u"Green", u"Зелёная", u"Зелёный"},
        {u"Sarkanā", u"Sarkanais", u"Red", u"Красная", u"Красный"},
        {u"Dzeltenā", u"Dzeltenais", u"Yellow", u"Жёлтая", u"Жёлтый"},
        {u"Baltā", u"Baltais", u"White", u"Белая", u"Белый"},
        {u"Pelēkā", u"Pelēkais", u"Grey", u"Серая", u"Серый"},
        {u"Brūnā", u"Brūnais", u"Brown", u"Коричневая", u"Коричневый"},
        {u"Oranžā", u"Oranžais", u"Orange", u"Оранжевая", u"Оранжевый"},
    };
    constexpr int animalCount = int(std::size(animals));
    constexpr int colourCount = int(std::size(colours));
    const int index = seed % (animalCount * colourCount);
    const Animal &a = animals[index % animalCount];
    const Colour &c = colours[index / animalCount];
    QString name;
    if (language == u"en")
        name = QString::fromUtf16(c.en) + u' ' + QString::fromUtf16(a.en);
    else if (language == u"ru")
        name =
            QString::fromUtf16(a.feminine ? c.ruFeminine : c.ruMasculine) + u' ' + QString::fromUtf16(a.ru);
    else
        name = QString::fromUtf16(a.feminine ? c.feminine : c.masculine) + u' ' + QString::fromUtf16(a.lv);
    if (seed >= animalCount * colourCount)
        name += u' ' + QString::number(seed / (animalCount * colourCount) + 1);
    return name;
}

void SeminarRoom::newPin()
{
    // Six digits: with the server's limits (JoinGuard) a guesser gets through a small fraction of a per cent
    // of them in a seminar day (tst_joinguard).
    m_pin = QString::number(QRandomGenerator::system()->bounded(100000, 1000000));
    Q_EMIT phaseChanged();
}

void SeminarRoom::setJoiningOpen(bool open)
{
    if (m_joiningOpen == open)
        return;
    m_joiningOpen = open;
    Q_EMIT phaseChanged();
}

SeminarRoom::Member *SeminarRoom::memberById(const QString &id)
{
    return m_byId.value(id);
}

const SeminarRoom::Member *SeminarRoom::member(const QString &memberId) const
{
    return m_byId.value(memberId);
}

QList<const SeminarRoom::Member *> SeminarRoom::members() const
{
    QList<const Member *> list;
    for (const auto &m : m_members)
        list.append(m.get());
    return list;
}

Result<const SeminarRoom::Member *> SeminarRoom::join(const QString &pin, const QString &name,
                                                      const QString &role, const QString &language)
{
    if (!m_joiningOpen || (running() && !m_recordParticipants))
        return Error::withCode(u"joining-closed"_s, u"Joining is closed."_s);
    if (pin.trimmed() != m_pin)
        return Error::withCode(u"wrong-pin"_s, u"Wrong PIN. Look at the screen."_s);
    if (int(m_members.size()) >= m_maxMembers)
        return Error::withCode(u"room-full"_s, u"The seminar is full. Please speak to the lecturer."_s);
    flush();
    // A generated name is unique in this room, so the console can tell anonymous participants apart.
    QString displayName = name;
    for (int seed = int(QRandomGenerator::global()->bounded(128)); displayName.isEmpty(); ++seed) {
        const QString candidate = generatedParticipantName(language, seed);
        if (std::none_of(m_members.begin(), m_members.end(),
                         [&](const auto &m) { return m->participant.displayName == candidate; }))
            displayName = candidate;
    }
    // The person and, when a scenario runs, their attempt that follows the room: both or neither.
    ResultsStore::Transaction transaction(*m_store);
    if (!transaction.isOpen())
        return Error::withCode(u"storage"_s, transaction.began().error().message);
    const Result<Participant> participant = m_store->addParticipant(displayName, role);
    if (!participant)
        return Error::withCode(u"storage"_s, participant.error().message);
    auto member = std::make_unique<Member>();
    member->id = randomHex(4);
    while (m_byId.contains(member->id))
        member->id = randomHex(4);
    member->token = randomHex(16);
    member->participant = *participant;
    member->language = language;
    if (running() && m_recordParticipants && m_phase != Phase::Ended) {
        if (const Result<void> begun = beginAttemptFor(*member); !begun) {
            Q_EMIT problem(
                tr("%1 could not join the running scenario: %2").arg(displayName, begun.error().message));
            return Error::withCode(u"storage"_s, begun.error().message);
        }
    }
    Result<void> kept = m_store->addRoomMember(
        m_seminar.uuid, {member->id, tokenHash(member->token), participant->uuid, language});
    if (kept)
        kept = transaction.commit();
    if (!kept) {
        Q_EMIT problem(tr("%1 could not join: %2").arg(displayName, kept.error().message));
        return Error::withCode(u"storage"_s, kept.error().message);
    }
    Member *raw = member.get();
    m_members.push_back(std::move(member));
    m_byId.insert(raw->id, raw);
    m_byToken.insert(tokenHash(raw->token), raw);
    Q_EMIT membersChanged();
    Q_EMIT tallyChanged();
    return raw;
}

Result<const SeminarRoom::Member *> SeminarRoom::resume(const QString &token)
{
    Member *m = m_byToken.value(tokenHash(token));
    if (!m)
        return Error::withCode(u"unknown-token"_s, u"Your session has ended. Please join again."_s);
    if (m->token.isEmpty())
        m->token = token; // known again after a resumed room: the phone kept it
    return m;
}

void SeminarRoom::setLanguage(const QString &memberId, const QString &language)
{
    if (Member *m = memberById(memberId))
        m->language = language;
}

Result<void> SeminarRoom::beginAttemptFor(Member &member)
{
    auto attempt = AttemptRecorder::beginInRoom(*m_store, m_scenario, member.participant.uuid, m_run,
                                                m_language, m_room->state().choiceOrderSeed);
    if (!attempt)
        return attempt.error();
    member.attempt = std::make_unique<AttemptRecorder>(std::move(*attempt));
    if (const std::optional<bool> feedback = m_room->state().feedbackAfterEachMove)
        if (const Result<void> r = member.attempt->setFeedbackAfterEachMove(*feedback); !r)
            return Error(r.error().message);
    // A late joiner follows the room to where it is now; the decisions they missed count as not voted.
    for (const PathStep &step : m_room->state().path)
        if (const Result<void> r = member.attempt->choose(step.choice); !r)
            return Error(r.error().message);
    return {};
}

} // namespace saskati
