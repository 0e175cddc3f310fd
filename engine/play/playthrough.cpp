#include "playthrough.h"

#include "choiceorder.h"
#include "transcript.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace saskati {

QString decisionKey(const QString &scene, int turn)
{
    return turn == 0 ? scene : scene + u'#' + QString::number(turn);
}

int PlaythroughState::turnInScene() const
{
    // Scenes do not repeat on a path, so the current scene's steps are the last ones: no scan of the path.
    return !path.isEmpty() && path.last().scene == scene ? path.last().turn + 1 : 0;
}

QString PlaythroughState::currentDecision() const
{
    return decisionKey(scene, turnInScene());
}

QStringList PlaythroughState::visitedScenes() const
{
    // A conversation's moves are path steps in one scene: the scene is listed once.
    QStringList scenes;
    for (const PathStep &step : path)
        if (scenes.isEmpty() || scenes.last() != step.scene)
            scenes.append(step.scene);
    if (!scene.isEmpty() && (scenes.isEmpty() || scenes.last() != scene))
        scenes.append(scene);
    return scenes;
}

Playthrough::Playthrough(std::shared_ptr<const Scenario> scenario)
    : m_scenario(std::move(scenario))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

Result<void> Playthrough::start(PlayMode mode, std::optional<quint32> choiceOrderSeed)
{
    return perform(Action::start(*m_scenario, mode, choiceOrderSeed));
}

Result<void> Playthrough::startVoting(std::optional<quint32> choiceOrderSeed)
{
    return perform(Action::startVoting(*m_scenario, choiceOrderSeed));
}

Result<void> Playthrough::vote(const QString &choice)
{
    return perform(Action::vote(choice));
}

Result<void> Playthrough::flag(const QString &target, const QString &indicator)
{
    return perform(Action::flag(target, indicator));
}

Result<void> Playthrough::unflag(const QString &target)
{
    return perform(Action::unflag(target));
}

Result<void> Playthrough::choose(const QString &choice)
{
    return perform(Action::choose(choice));
}

Result<void> Playthrough::submitReferral(const QList<ReferralStep> &plan)
{
    return perform(Action::submitReferral(plan));
}

Result<void> Playthrough::answer(const QString &question, const QStringList &options)
{
    return perform(Action::answer(question, options));
}

Result<void> Playthrough::stepBack()
{
    return perform(Action::stepBack());
}

Result<void> Playthrough::abandon()
{
    return perform(Action::abandon());
}

Result<void> Playthrough::setFeedbackAfterEachMove(bool on)
{
    return perform(Action::feedback(on));
}

Result<void> Playthrough::perform(const Action &action)
{
    Event event;
    event.sequence = m_events.size() + 1;
    event.timestamp = m_clock().toUTC();
    event.type = action.type;
    event.payload = action.payload;
    return apply(event);
}

Result<void> Playthrough::apply(const Event &event)
{
    if (event.sequence != m_events.size() + 1)
        return Error(
            u"event %1 is out of order: expected number %2"_s.arg(event.sequence).arg(m_events.size() + 1));
    if (Result<void> checked = check(event); !checked)
        return checked;
    if (m_sink) {
        if (const Result<void> stored = m_sink(event); !stored)
            return Error::withCode(notStoredCode,
                                   u"%1 The action was not taken; nothing recorded before is lost."_s.arg(
                                       stored.error().message));
    }
    m_events.append(event);
    applyChecked(event);
    // The shown order is worked out once per scene reached, not on every listing: shuffling from the seed
    // costs tens of microseconds, and the views list the choices many times per scene.
    if (m_state.scene != m_shownOrderScene) {
        m_shownOrderScene = m_state.scene;
        const Scene *scene = m_scenario->scene(m_state.scene);
        m_shownOrder = scene ? choiceOrder(*scene, m_state.choiceOrderSeed) : QList<qsizetype>();
    }
    return {};
}

Result<Playthrough> Playthrough::replay(std::shared_ptr<const Scenario> scenario, const QList<Event> &events)
{
    Playthrough playthrough(std::move(scenario));
    for (const Event &event : events) {
        if (const Result<void> r = playthrough.apply(event); !r)
            return Error(u"event %1 (%2) does not fit the scenario: %3"_s.arg(event.sequence)
                             .arg(eventTypeId(event.type), r.error().message));
    }
    return playthrough;
}

QList<const Choice *> Playthrough::availableChoices() const
{
    QList<const Choice *> choices;
    const Scene *scene = m_scenario->scene(m_state.scene);
    if (!scene || m_state.isFinished())
        return choices;
    // In the attempt's order (recorded in its Start event), so that a replay shows what was shown.
    if (scene->isConversation()) {
        const Conversation rules(*m_scenario, *scene);
        const ConversationState now = rules.stateOf(m_state.variables, askedMoves(m_state, m_state.scene));
        for (const qsizetype index : m_shownOrder)
            if (rules.isAvailable(now, index))
                choices.append(&scene->choices.at(index));
        return choices;
    }
    for (const qsizetype index : m_shownOrder) {
        const Choice &choice = scene->choices.at(index);
        const bool holds =
            std::all_of(choice.conditions.begin(), choice.conditions.end(),
                        [&](const Condition &c) { return c.holds(m_state.variables.value(c.variable)); });
        if (holds)
            choices.append(&choice);
    }
    return choices;
}

Result<void> Playthrough::check(const Event &event) const
{
    if (event.type == Event::Type::Start)
        return checkStart(Action::of(event));
    if (!m_state.started)
        return Error(u"the playthrough has not started"_s);
    // In a seminar the room may go back from an ending to discuss the last decision again.
    const bool stepBackFromEnding = event.type == Event::Type::StepBack &&
                                    m_state.mode == PlayMode::Seminar && !m_state.abandoned &&
                                    !m_state.ending.isEmpty();
    if (m_state.isFinished() && !stepBackFromEnding)
        return Error(m_state.abandoned ? u"the playthrough was abandoned"_s
                                       : u"the playthrough has ended (ending '%1')"_s.arg(m_state.ending));
    const Action a = Action::of(event);
    switch (event.type) {
    case Event::Type::Start:
        break;
    case Event::Type::Flag:
        return checkFlag(a);
    case Event::Type::Unflag:
        if (!m_state.flags.contains(a.target()))
            return Error(u"'%1' is not flagged"_s.arg(a.target()));
        return {};
    case Event::Type::Vote:
        if (!m_state.voting)
            return Error(u"this playthrough takes no votes (only a seminar participant's does)"_s);
        [[fallthrough]];
    case Event::Type::Choose:
        return checkChoice(a);
    case Event::Type::SubmitReferral:
        return checkReferral(a);
    case Event::Type::Answer:
        return checkAnswer(a);
    case Event::Type::StepBack:
        // Recorded in every mode; in solo practice it is refused (counted) rather than rejected.
        if (m_state.mode == PlayMode::Seminar && m_state.path.isEmpty())
            return Error(u"there is no earlier decision to step back to"_s);
        return {};
    case Event::Type::Abandon:
        return {};
    case Event::Type::Feedback: {
        bool valid = false;
        const bool on = a.feedbackAfterEachMove(&valid);
        if (!valid)
            return Error(u"a feedback event needs a boolean 'afterEachMove'"_s);
        if (m_state.feedbackAfterEachMove == on)
            return Error(on ? u"feedback after each move is already on"_s
                            : u"feedback after each move is already off"_s);
        return {};
    }
    }
    return Error(u"unknown event"_s);
}

Result<void> Playthrough::checkStart(const Action &a) const
{
    const Scenario &s = *m_scenario;
    if (m_state.started)
        return Error(u"the playthrough has already started"_s);
    PlayMode mode;
    if (!playModeFromId(a.modeId(), &mode))
        return Error(u"unknown mode '%1'; use solo or seminar"_s.arg(a.modeId()));
    if (a.scenarioId() != s.id || a.scenarioVersion() != s.version)
        return Error(
            u"the log was recorded with scenario '%1' version %2, not '%3' version %4"_s.arg(a.scenarioId())
                .arg(a.scenarioVersion())
                .arg(s.id)
                .arg(s.version));
    if (bool valid = true; a.choiceOrderSeed(&valid), !valid)
        return Error(u"the choice order's seed is not a whole number from 0 to 4294967295"_s);
    if (a.voting() && mode != PlayMode::Seminar)
        return Error(u"only a seminar playthrough takes votes; start it with mode 'seminar'"_s);
    if (a.hasContentHash() && a.contentHash() != QString::fromLatin1(s.contentHash()))
        return Error(u"the log was recorded with other content of scenario '%1' version %2 (the file changed "
                     u"without a "
                     u"new version); replay it against the snapshot kept with the results"_s.arg(s.id)
                         .arg(s.version));
    return {};
}

Result<void> Playthrough::checkFlag(const Action &a) const
{
    const Scenario &s = *m_scenario;
    const QString target = a.target();
    const auto it = s.targetIndex.constFind(target);
    if (it == s.targetIndex.constEnd())
        return Error(u"there is no segment or hotspot '%1'"_s.arg(target));
    if (s.scenes.at(it->scene).id != m_state.scene)
        return Error(u"'%1' is not in the current scene '%2'"_s.arg(target, m_state.scene));
    if (s.scenes.at(it->scene).isConversation() && !hasBeenSaid(target))
        return Error(u"'%1' has not been said in this conversation"_s.arg(target));
    const QString indicator = a.indicator();
    if (!indicator.isEmpty() && s.catalog && !s.catalog->indicators.contains(indicator))
        return Error(u"unknown indicator '%1'"_s.arg(indicator));
    return {};
}

Result<void> Playthrough::checkChoice(const Action &a) const
{
    const QString id = a.choice();
    const QList<const Choice *> available = availableChoices();
    if (std::any_of(available.begin(), available.end(), [&](const Choice *c) { return c->id == id; }))
        return {};
    QStringList ids;
    for (const Choice *c : available)
        ids.append(c->id);
    return Error(u"choice '%1' is not available in scene '%2'; available: %3"_s.arg(id, m_state.scene,
                                                                                    ids.join(u", "_s)));
}

Result<void> Playthrough::checkReferral(const Action &a) const
{
    const Scenario &s = *m_scenario;
    const Scene *scene = s.scene(m_state.scene);
    if (!scene || scene->kind != Scene::Kind::Referral)
        return Error(u"scene '%1' does not ask for a referral plan"_s.arg(m_state.scene));
    QSet<QString> seen;
    for (const Action::PlannedStep &step : a.plan()) {
        const QString &institution = step.institution;
        if (s.catalog && !s.catalog->institutions.contains(institution))
            return Error(u"unknown institution '%1'"_s.arg(institution));
        if (seen.contains(institution))
            return Error(u"institution '%1' is in the plan twice"_s.arg(institution));
        seen.insert(institution);
        const QString &urgency = step.urgency;
        Urgency known;
        if (!urgencyFromId(urgency, &known))
            return Error(u"unknown urgency '%1'; use one of %2"_s.arg(urgency, urgencyIds().join(u", "_s)));
    }
    return {};
}

Result<void> Playthrough::checkAnswer(const Action &a) const
{
    const Scenario &s = *m_scenario;
    const Scene *scene = s.scene(m_state.scene);
    if (!scene || scene->kind != Scene::Kind::Assessment)
        return Error(u"scene '%1' asks no questions"_s.arg(m_state.scene));
    const Question *q = s.question(a.question());
    if (!q)
        return Error(u"there is no question '%1'"_s.arg(a.question()));
    const QStringList options = a.options();
    for (const QString &option : options)
        if (std::none_of(q->options.begin(), q->options.end(),
                         [&](const AnswerOption &o) { return o.id == option; }))
            return Error(u"question '%1' has no option '%2'"_s.arg(q->id, option));
    const bool single = q->kind == Question::Kind::Single || q->kind == Question::Kind::Judgement;
    if (single && options.size() != 1)
        return Error(u"question '%1' takes exactly one answer"_s.arg(q->id));
    if (QSet<QString>(options.begin(), options.end()).size() != options.size())
        return Error(u"an option is given twice"_s);
    return {};
}

void Playthrough::leaveFor(const QString &nextScene, const QString &ending)
{
    if (!ending.isEmpty()) {
        m_state.ending = ending;
        m_state.scene.clear();
        return;
    }
    m_state.scene = nextScene;
}

bool Playthrough::hasBeenSaid(const QString &segmentId) const
{
    for (const TranscriptTurn &turn : conversationTranscript(*m_scenario, m_state, m_state.scene))
        for (const ReplyLine *line : turn.said)
            for (const Segment &segment : line->segments)
                if (segment.id == segmentId)
                    return true;
    // The opening lines and the pictures are always there.
    const Scene *scene = m_scenario->scene(m_state.scene);
    for (const Line &line : scene->lines)
        for (const Segment &segment : line.segments)
            if (segment.id == segmentId)
                return true;
    for (const Media &media : scene->media)
        for (const Hotspot &hotspot : media.hotspots)
            if (hotspot.id == segmentId)
                return true;
    return false;
}

void Playthrough::applyChecked(const Event &event)
{
    const Scenario &s = *m_scenario;
    const Action a = Action::of(event);
    PlaythroughState &st = m_state;
    switch (event.type) {
    case Event::Type::Start:
        st.started = true;
        playModeFromId(a.modeId(), &st.mode);
        st.voting = a.voting();
        st.choiceOrderSeed = a.choiceOrderSeed();
        for (const Variable &v : s.variables)
            st.variables.insert(v.id, v.initial);
        leaveFor(s.start, {});
        break;
    case Event::Type::Flag: {
        st.flags.insert(a.target(), Flag{a.target(), a.indicator(), st.scene});
        break;
    }
    case Event::Type::Unflag:
        st.flags.remove(a.target());
        break;
    case Event::Type::Choose: {
        const Choice *choice = s.choice(a.choice());
        st.path.append(
            PathStep{st.scene, choice->id, st.variables, st.turnInScene(), st.feedbackAfterEachMove});
        for (const Effect &e : choice->effects) {
            const Variable *v = s.variable(e.variable);
            const int value = e.set ? e.value : st.variables.value(e.variable) + e.value;
            st.variables.insert(e.variable, v ? std::clamp(value, v->minimum, v->maximum) : value);
        }
        // A conversation's move that keeps it going stays in the scene; its limit's way on is a choice too.
        if (!choice->staysInScene())
            leaveFor(choice->nextScene, choice->ending);
        break;
    }
    case Event::Type::SubmitReferral: {
        QList<ReferralStep> plan;
        for (const Action::PlannedStep &planned : a.plan()) {
            ReferralStep step{planned.institution, Urgency::WhenReady};
            urgencyFromId(planned.urgency, &step.urgency); // checked before
            plan.append(step);
        }
        st.referral = plan;
        break;
    }
    case Event::Type::Answer:
        st.answers.insert(a.question(), a.options());
        break;
    case Event::Type::StepBack: {
        if (st.mode != PlayMode::Seminar) {
            ++st.refusedStepBacks;
            break;
        }
        const PathStep last = st.path.takeLast();
        st.scene = last.scene;
        st.ending.clear();
        st.variables = last.variablesBefore;
        // A conversation's later turns are other decisions once the room goes back: their votes go. The
        // reopened turn is the same decision, so a vote on it stands (as a scene's does).
        st.votes.removeIf([&](const QHash<QString, QString>::iterator it) {
            return it.key().startsWith(last.scene + u'#') &&
                   it.key().mid(last.scene.size() + 1).toInt() > last.turn;
        });
        break;
    }
    case Event::Type::Abandon:
        st.abandoned = true;
        break;
    case Event::Type::Feedback:
        st.feedbackAfterEachMove = a.feedbackAfterEachMove();
        break;
    case Event::Type::Vote:
        st.votes.insert(st.currentDecision(), a.choice());
        break;
    }
}

} // namespace saskati
