// The room itself: made and put away, its phase, and what it shows of the scenario now. The rest of its work
// is in seminarroom_*.cpp, one concern a file (see seminarroom.h).
#include "seminarroom.h"
#include "seminarroom_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRoom, "saskati.room")

namespace saskati {

namespace {

const QStringList s_phaseIds = {u"lobby"_s, u"scene"_s, u"open"_s, u"closed"_s, u"revealed"_s, u"ended"_s};

// Decisions on the longest way from a scene to an ending (scenarios have no loops: the validator says so).
int decisionsToEnding(const Scenario &scenario, const QString &sceneId, QHash<QString, int> &memo,
                      int depth = 0)
{
    if (const auto it = memo.constFind(sceneId); it != memo.constEnd())
        return *it;
    const Scene *scene = scenario.scene(sceneId);
    int longest = 0;
    if (scene && depth < 1000)
        for (const Choice &c : scene->choices)
            longest = std::max(
                longest,
                1 + (c.nextScene.isEmpty() ? 0 : decisionsToEnding(scenario, c.nextScene, memo, depth + 1)));
    memo.insert(sceneId, longest);
    return longest;
}

} // namespace

QString roomPhaseId(SeminarRoom::Phase phase)
{
    return s_phaseIds.at(int(phase));
}

SeminarRoom::SeminarRoom(ResultsStore &store, Seminar seminar, QObject *parent)
    : QObject(parent)
    , m_store(&store)
    , m_seminar(std::move(seminar))
{
    newPin();
    m_store->setAutomaticCheckpoints(false); // checkpoints happen when the lecturer moves on (setPhase)
}

SeminarRoom::~SeminarRoom()
{
    flush();
    m_store->setAutomaticCheckpoints(true);
    m_store->checkpoint();
}

const Scene *SeminarRoom::currentScene() const
{
    return m_room ? m_scenario->scene(m_room->state().scene) : nullptr;
}

QList<const Choice *> SeminarRoom::availableChoices() const
{
    return m_room ? m_room->availableChoices() : QList<const Choice *>();
}

QString SeminarRoom::decisionId() const
{
    return m_room ? u"%1#%2"_s.arg(m_room->state().scene).arg(m_decisionNumber) : QString();
}

std::pair<int, int> SeminarRoom::progress() const
{
    if (!m_room)
        return {0, 0};
    QHash<QString, int> memo;
    const int taken = int(m_room->state().path.size());
    const int ahead =
        m_room->state().scene.isEmpty() ? 0 : decisionsToEnding(*m_scenario, m_room->state().scene, memo);
    return {std::min(taken + 1, taken + ahead), taken + ahead};
}

void SeminarRoom::setPhase(Phase phase)
{
    m_store->checkpoint(); // between answers, not during them: see setAutomaticCheckpoints
    m_phase = phase;
    Q_EMIT phaseChanged();
    Q_EMIT tallyChanged();
}

} // namespace saskati
