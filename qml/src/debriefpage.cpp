#include "debriefpage.h"

#include "movefeedback.h"
#include "transcript.h"

using namespace Qt::StringLiterals;

namespace saskati {

DebriefPage::DebriefPage(const Scenario &scenario, const PlaythroughState &state, TextOf text)
    : m_scenario(scenario)
    , m_state(state)
    , m_text(std::move(text))
    , m_score(scorePlaythrough(scenario, state))
{
    for (const FlagOutcome &o : m_score.recognition.hits)
        m_hits.insert(o.target);
    for (const FlagOutcome &o : m_score.recognition.misses)
        m_misses.insert(o.target);
    for (const FlagOutcome &o : m_score.recognition.falseFlags)
        m_falseFlags.insert(o.target);
}

QString DebriefPage::feedbackKindName(FeedbackItem::Kind kind, bool approached)
{
    switch (kind) {
    case FeedbackItem::Kind::Miss:
        return approached ? tr("Missed trap") : tr("Missed sign");
    case FeedbackItem::Kind::FalseFlag:
        return approached ? tr("Not a trap") : tr("Not a sign");
    case FeedbackItem::Kind::WrongIndicator:
        return tr("Another indicator");
    case FeedbackItem::Kind::Choice:
        return tr("A better choice existed");
    case FeedbackItem::Kind::CriticalError:
        return approached ? tr("The riskiest step") : tr("Critical error");
    case FeedbackItem::Kind::ReferralMissing:
        return tr("Missing from the plan");
    case FeedbackItem::Kind::ReferralHarmful:
        return tr("Should not be in the plan");
    case FeedbackItem::Kind::ReferralUrgency:
        return tr("Too late");
    case FeedbackItem::Kind::ReferralOrder:
        return tr("Order");
    case FeedbackItem::Kind::ReferralNotMade:
        return tr("No referral plan");
    case FeedbackItem::Kind::WrongAnswer:
        return tr("Assessment");
    case FeedbackItem::Kind::NoVote:
        return tr("No vote");
    case FeedbackItem::Kind::Undisclosed:
        return tr("What the person would have told you");
    case FeedbackItem::Kind::PlantedDetail:
        return tr("A wrong detail your question planted");
    }
    return feedbackKindId(kind);
}

QString DebriefPage::feedbackSettingName(const QString &setting)
{
    if (setting == u"each-move")
        return tr("You saw each question's type as you asked it (practice).");
    if (setting == u"at-end")
        return tr("You saw the questions' types only now (assessment).");
    if (setting == u"mixed")
        return tr("Feedback after each question was switched during this attempt.");
    return {};
}

QVariantMap DebriefPage::questions() const
{
    QVariantList moves;
    int recommended = 0;
    for (qsizetype i = 0; i < m_state.path.size(); ++i) {
        const std::optional<MoveFeedback> f = moveFeedbackAt(m_scenario, m_state, i);
        const Choice *move = f ? m_scenario.choice(f->move) : nullptr;
        if (!move || f->questionType.isEmpty())
            continue;
        recommended += f->recommended;
        moves.append(QVariantMap{{u"text"_s, m_text(move->text)},
                                 {u"type"_s, m_text(f->typeName)},
                                 {u"recommended"_s, f->recommended}});
    }
    return QVariantMap{{u"asked"_s, int(moves.size())},
                       {u"recommended"_s, recommended},
                       {u"setting"_s, feedbackSettingName(questionFeedbackSetting(m_scenario, m_state))},
                       {u"moves"_s, moves}};
}

QString DebriefPage::contactLine(const Institution &institution, const TextOf &text)
{
    QStringList parts;
    for (const QString &field :
         {institution.phone,
          institution.freePhone.isEmpty() ? QString() : tr("free %1").arg(institution.freePhone),
          institution.email, institution.website, institution.hours})
        if (!field.isEmpty())
            parts.append(field);
    if (parts.isEmpty())
        return {};
    const QString verified = institution.verifiedOn.isEmpty() ? tr("not verified yet")
                                                              : tr("verified %1").arg(institution.verifiedOn);
    return u"%1: %2 (%3)"_s.arg(text(institution.name), parts.join(u" · "_s), verified);
}

QVariantMap DebriefPage::toMap(const Catalog *directory, const QVariantList &earlier) const
{
    const Ending *ending = m_scenario.ending(m_state.ending);
    return QVariantMap{
        {u"transcript"_s, transcript()},
        {u"questions"_s, questions()},
        {u"percent"_s, m_score.percent},
        {u"percentOfScenario"_s, m_score.percentOfScenario},
        {u"capped"_s, m_score.capped},
        {u"criticalErrors"_s, int(m_score.criticalErrors.size())},
        {u"approached"_s, approached()},
        {u"total"_s, m_score.points.total()},
        {u"max"_s, m_score.pathMax.total()},
        {u"parts"_s, parts()},
        {u"hits"_s, int(m_score.recognition.hits.size())},
        {u"misses"_s, int(m_score.recognition.misses.size())},
        {u"falseFlags"_s, int(m_score.recognition.falseFlags.size())},
        {u"feedback"_s, feedback()},
        {u"endingTitle"_s, ending ? m_text(ending->title) : tr("Stopped before the end")},
        {u"endingDebrief"_s, ending ? m_text(ending->debrief) : QString()},
        {u"outcome"_s, ending ? ending->outcome : u"abandoned"_s},
        {u"recommendedReferral"_s, recommendedReferral(directory)},
        {u"earlier"_s, earlier},
    };
}

QVariantList DebriefPage::parts() const
{
    auto part = [](const QString &id, const QString &name, int points, int max) {
        return QVariantMap{{u"id"_s, id}, {u"name"_s, name}, {u"points"_s, points}, {u"max"_s, max}};
    };
    const ScoreParts &points = m_score.points;
    const ScoreParts &max = m_score.pathMax;
    // The words follow whose place the trainee took (format 3): a professional's, or the person approached.
    const bool approached = this->approached();
    return {
        part(u"recognition"_s, approached ? tr("Traps spotted") : tr("Recognising signs"), points.recognition,
             max.recognition),
        part(u"conduct"_s, approached ? tr("Safe steps") : tr("Conducting the conversation"), points.conduct,
             max.conduct),
        part(u"referral"_s, approached ? tr("Who can help") : tr("Referral"), points.referral, max.referral),
        part(u"assessment"_s, approached ? tr("Is it a trap?") : tr("Assessment"), points.assessment,
             max.assessment)};
}

QVariantList DebriefPage::feedback() const
{
    const Catalog *catalog = m_scenario.catalog.get();
    QVariantList list;
    for (const FeedbackItem &f : m_score.feedback) {
        QString about;
        if (const LocalizedText *target = m_scenario.targetText(f.ref)) {
            about = m_text(*target);
        } else if (const Choice *c = m_scenario.choice(f.ref)) {
            about = m_text(c->text);
        } else if (catalog && catalog->institutions.contains(f.ref)) {
            about = m_text(catalog->institutions.value(f.ref).name);
        } else if (const Question *q = m_scenario.question(f.ref)) {
            about = m_text(q->prompt);
        }
        const QString principle = catalog && catalog->principles.contains(f.principle)
                                      ? m_text(catalog->principles.value(f.principle).name)
                                      : QString();
        // What the person would have told: the question that would have opened it. A planted detail: the
        // question that produced it, and what the trainee did resting on it.
        const Choice *via = f.via.isEmpty() ? nullptr : m_scenario.choice(f.via);
        QString viaText = via ? tr("It would have come after: “%1”").arg(m_text(via->text)) : QString();
        QString text = m_text(f.text);
        if (f.kind == FeedbackItem::Kind::PlantedDetail) {
            const PlantedDetail *detail = m_scenario.plantedDetail(f.ref);
            about = detail ? m_text(detail->detail) : QString();
            viaText = via ? tr("Your question produced it: “%1”").arg(m_text(via->text)) : QString();
            text = tr("In fact: %1").arg(text) + u' ' + restingOn(f.restingOnIt);
        }
        list.append(QVariantMap{{u"kind"_s, feedbackKindId(f.kind)},
                                {u"kindName"_s, feedbackKindName(f.kind, approached())},
                                {u"critical"_s, f.kind == FeedbackItem::Kind::CriticalError},
                                {u"about"_s, about},
                                {u"text"_s, text},
                                {u"principle"_s, principle},
                                {u"via"_s, viaText}});
    }
    return list;
}

QString DebriefPage::restingOn(const QStringList &refs) const
{
    if (refs.isEmpty())
        return tr("You did not act on it.");
    const Catalog *catalog = m_scenario.catalog.get();
    QStringList actions;
    for (const QString &ref : refs) {
        if (const Choice *c = m_scenario.choice(ref)) {
            actions.append(tr("you chose “%1”").arg(m_text(c->text)));
        } else if (const LocalizedText *target = m_scenario.targetText(ref)) {
            actions.append(tr("you flagged “%1” as a sign").arg(m_text(*target)));
        } else if (catalog && catalog->institutions.contains(ref)) {
            actions.append(tr("your plan names %1").arg(m_text(catalog->institutions.value(ref).name)));
        } else if (const Question *q = m_scenario.question(ref.section(u'/', 0, 0))) {
            for (const AnswerOption &o : q->options)
                if (o.id == ref.section(u'/', 1))
                    actions.append(tr("you answered “%1”").arg(m_text(o.text)));
        }
    }
    return tr("Resting on it, %1.").arg(actions.join(u"; "_s));
}

QVariantList DebriefPage::recommendedReferral(const Catalog *directory) const
{
    QVariantList list;
    if (!m_scenario.referral)
        return list;
    const Catalog *catalog = m_scenario.catalog.get();
    const QList<ReferralItem> items = m_scenario.referral->required + m_scenario.referral->recommended;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ReferralItem &item = items.at(i);
        QStringList names, contacts;
        for (const QString &id : item.institutions) {
            names.append(catalog && catalog->institutions.contains(id)
                             ? m_text(catalog->institutions.value(id).name)
                             : id);
            if (directory && directory->institutions.contains(id))
                contacts.append(contactLine(directory->institutions.value(id), m_text));
        }
        list.append(QVariantMap{{u"names"_s, names.join(tr(" or "))},
                                {u"contacts"_s, contacts},
                                {u"required"_s, i < m_scenario.referral->required.size()},
                                {u"urgency"_s, urgencyId(item.urgency)}});
    }
    return list;
}

QString DebriefPage::mark(const QString &target) const
{
    return m_hits.contains(target)         ? u"hit"_s
           : m_misses.contains(target)     ? u"miss"_s
           : m_falseFlags.contains(target) ? u"false"_s
                                           : QString();
}

QVariantList DebriefPage::transcript() const
{
    // The path taken, every segment and picture region marked: hit, miss, false flag, or plain. In a
    // conversation, what the trainee asked and what was said, an unreliable answer marked as such.
    QVariantList scenes;
    const auto lineEntry = [this](const Line &line, const QString &note) {
        QString speaker;
        for (const CastMember &c : m_scenario.cast)
            if (c.id == line.speaker)
                speaker = m_text(c.name);
        QVariantList segments;
        for (const Segment &seg : line.segments)
            // As in the scene (ScenePresenter::lines): the view spaces segments, the text's own spaces go.
            segments.append(
                QVariantMap{{u"text"_s, m_text(seg.text).simplified()}, {u"mark"_s, mark(seg.id)}});
        return QVariantMap{{u"speaker"_s, note.isEmpty() ? speaker : speaker + u" · "_s + note},
                           {u"segments"_s, segments}};
    };
    for (const QString &sceneId : m_state.visitedScenes()) {
        const Scene *scene = m_scenario.scene(sceneId);
        if (!scene || (scene->kind != Scene::Kind::Interview && !scene->isConversation()))
            continue;
        QVariantList lines;
        for (const Media &m : scene->media)
            for (const Hotspot &h : m.hotspots)
                if (!mark(h.id).isEmpty())
                    lines.append(QVariantMap{
                        {u"speaker"_s, tr("In the picture")},
                        {u"segments"_s,
                         QVariantList{QVariantMap{{u"text"_s, m_text(h.label)}, {u"mark"_s, mark(h.id)}}}}});
        for (const Line &line : scene->lines)
            lines.append(lineEntry(line, {}));
        for (const TranscriptTurn &turn : conversationTranscript(m_scenario, m_state, sceneId)) {
            if (turn.move
                    ->isLimit) { // what happened when the turns ran out: narration, not the trainee's words
                lines.append(
                    QVariantMap{{u"speaker"_s, QString()},
                                {u"segments"_s,
                                 QVariantList{QVariantMap{{u"text"_s, m_text(turn.move->text).simplified()},
                                                          {u"mark"_s, QString()}}}}});
                continue;
            }
            lines.append(QVariantMap{
                {u"speaker"_s, tr("You")},
                {u"segments"_s, QVariantList{QVariantMap{{u"text"_s, m_text(turn.move->text).simplified()},
                                                         {u"mark"_s, QString()}}}}});
            for (const ReplyLine *line : turn.said)
                lines.append(lineEntry(
                    *line, line->unreliable ? tr("unreliable: a leading question produced it") : QString()));
        }
        scenes.append(QVariantMap{{u"title"_s, m_text(scene->title)}, {u"lines"_s, lines}});
    }
    return scenes;
}

} // namespace saskati
