// What the room answered: the tally of the phones' answers, the lecturer's show of hands and override, the
// room's choice, and the room's own answers taken from the majority.
#include "seminarroom.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// The room's referral plan: the institutions in more than half of the plans of those who answered this
// decision, in their average position, with the commonest urgency.
QList<ReferralStep> majorityPlan(const RoomTally &t,
                                 const std::vector<std::unique_ptr<SeminarRoom::Member>> &members,
                                 int decision)
{
    struct Entry {
        double position = 0;
        QMap<int, int> urgencies;
    };
    QMap<QString, Entry> entries;
    for (const auto &m : members) {
        if (!m->attempt || m->answeredDecision != decision)
            continue;
        const auto &plan = m->attempt->playthrough().state().referral;
        if (!plan)
            continue;
        for (qsizetype i = 0; i < plan->size(); ++i) {
            Entry &e = entries[plan->at(i).institution];
            e.position += double(i);
            ++e.urgencies[int(plan->at(i).urgency)];
        }
    }
    QList<std::pair<double, ReferralStep>> chosen;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const int count = t.institutions.value(it.key());
        if (count * 2 <= t.plans)
            continue;
        const auto urgency = std::max_element(it->urgencies.cbegin(), it->urgencies.cend());
        chosen.append({it->position / count, ReferralStep{it.key(), Urgency(urgency.key())}});
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ReferralStep> plan;
    for (const auto &entry : chosen)
        plan.append(entry.second);
    return plan;
}

// The room's answer to one question: every option more than half of those who answered chose (several may be
// right), or the commonest one (one is right).
QStringList majorityOptions(const Question &q, const QMap<QString, int> &counts, int answered)
{
    QStringList options;
    if (q.kind == Question::Kind::Multiple || q.kind == Question::Kind::Dimensions) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() * 2 > answered)
                options.append(it.key());
    } else {
        options.append(std::max_element(counts.cbegin(), counts.cend()).key());
    }
    return options;
}

} // namespace

int RoomTally::totalVotes() const
{
    int sum = 0;
    for (int n : votes)
        sum += n;
    for (int n : hands)
        sum += n;
    return sum;
}

Result<void> SeminarRoom::setOverride(const QString &choice)
{
    if (m_phase != Phase::Closed && m_phase != Phase::Revealed && m_phase != Phase::Open &&
        m_phase != Phase::Scene)
        return Error(tr("There is no decision to choose for."));
    if (!choice.isEmpty()) {
        const QList<const Choice *> available = availableChoices();
        if (std::none_of(available.begin(), available.end(),
                         [&](const Choice *c) { return c->id == choice; }))
            return Error(tr("'%1' is not a choice of this decision.").arg(choice));
    }
    m_override = choice;
    Q_EMIT tallyChanged();
    return {};
}

Result<void> SeminarRoom::setHands(const QString &choice, int count)
{
    const QList<const Choice *> available = availableChoices();
    if (std::none_of(available.begin(), available.end(), [&](const Choice *c) { return c->id == choice; }))
        return Error(tr("'%1' is not a choice of this decision.").arg(choice));
    if (count < 0 || count > 10000)
        return Error(tr("A show of hands counts 0 to 10,000 hands."));
    if (count == 0)
        m_hands.remove(choice);
    else
        m_hands.insert(choice, count);
    QJsonObject counts;
    for (auto it = m_hands.cbegin(); it != m_hands.cend(); ++it)
        counts.insert(it.key(), it.value());
    if (Result<void> saved =
            m_store->saveHandCount(m_run.uuid, m_decisionNumber, m_room->state().scene, counts);
        !saved)
        return saved;
    Q_EMIT tallyChanged();
    return {};
}

QString SeminarRoom::roomChoice() const
{
    if (!m_override.isEmpty())
        return m_override;
    const RoomTally t = tally();
    QString best;
    int bestCount = 0;
    for (const Choice *c : availableChoices()) // scene order breaks ties
        if (t.total(c->id) > bestCount) {
            best = c->id;
            bestCount = t.total(c->id);
        }
    return best;
}

RoomTally SeminarRoom::tally() const
{
    RoomTally t;
    t.hands = m_hands;
    if (!m_room)
        return t;
    const QString scene = m_room->state().scene;
    for (const auto &m : m_members) {
        if (!m->attempt)
            continue;
        ++t.members;
        if (m->answeredDecision != m_decisionNumber)
            continue;
        ++t.answered;
        const PlaythroughState &s = m->attempt->playthrough().state();
        if (const auto vote = s.votes.constFind(s.currentDecision()); vote != s.votes.constEnd()) {
            ++t.voted;
            ++t.votes[*vote];
        }
        for (const Flag &f : s.flags)
            if (f.scene == scene) {
                ++t.flags[f.target];
                ++t.named[f.target][f.indicator];
            }
        const Scene *current = m_scenario->scene(scene);
        if (current && current->kind == Scene::Kind::Referral && s.referral) {
            ++t.plans;
            for (const ReferralStep &step : *s.referral)
                ++t.institutions[step.institution];
        }
        if (current && current->kind == Scene::Kind::Assessment)
            for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it)
                for (const QString &option : it.value())
                    ++t.answers[it.key()][option];
    }
    return t;
}

Result<void> SeminarRoom::applyMajority()
{
    const Scene *scene = currentScene();
    if (!scene)
        return {};
    QStringList refused;
    // The room's playthrough refuses what its rules do not allow (the lecturer is told); a refusal of the
    // database ends the step.
    Error notStored;
    auto keep = [&](const Result<void> &r, const QString &what) {
        if (r)
            return true;
        if (Playthrough::notStored(r)) {
            notStored = Error(r.error().message);
            return false;
        }
        refused.append(u"%1 (%2)"_s.arg(what, r.error().message));
        return true;
    };
    const RoomTally t = tally();
    const int half = t.answered / 2;
    // Flags placed by more than half of those who answered, with the indicator most of them named.
    for (auto it = t.flags.cbegin(); it != t.flags.cend(); ++it) {
        if (it.value() <= half || m_room->state().flags.contains(it.key()))
            continue;
        const QMap<QString, int> &named = t.named.value(it.key());
        const auto most = std::max_element(named.cbegin(), named.cend());
        if (!keep(m_room->flag(it.key(), most == named.cend() ? QString() : most.key()), it.key()))
            return notStored;
    }
    if (scene->kind == Scene::Kind::Referral && t.plans > 0) {
        if (!keep(m_room->submitReferral(majorityPlan(t, m_members, m_decisionNumber)),
                  tr("the referral plan")))
            return notStored;
    }
    if (scene->kind == Scene::Kind::Assessment) {
        for (const Question &q : m_scenario->questions) {
            const QMap<QString, int> counts = t.answers.value(q.id);
            if (counts.isEmpty())
                continue;
            const QStringList options = majorityOptions(q, counts, t.answered);
            if (!options.isEmpty() && !keep(m_room->answer(q.id, options), q.id))
                return notStored;
        }
    }
    if (!refused.isEmpty())
        Q_EMIT problem(tr("The room's majority answers were not all taken: %1").arg(refused.join(u"; "_s)));
    return {};
}

} // namespace saskati
