#include "scoring.h"

#include "planteddetails.h"

#include "conversation.h"
#include "transcript.h"

#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

int bestOf(const QList<const Choice *> &choices)
{
    int best = 0;
    bool first = true;
    for (const Choice *c : choices) {
        best = first ? c->points : std::max(best, c->points);
        first = false;
    }
    return best;
}

std::optional<CriticalErrorRecord> criticalRecord(const Choice &choice)
{
    if (!choice.criticalError)
        return std::nullopt;
    return CriticalErrorRecord{choice.id, choice.criticalError->principle, choice.criticalError->endsBranch,
                               choice.criticalError->explanation};
}

QJsonObject textJson(const LocalizedText &text, const QString &language)
{
    return QJsonObject{{u"language"_s, text.has(language) ? language : text.languages().value(0)},
                       {u"text"_s, text.text(language)}};
}

// A conversation's reply lines: the ones said are judged like any line; the maximum is what the best
// interview from the same start could have disclosed, and the cues that interview would have brought out, and
// this one did not, are listed as undisclosed with the move that opens them.
template <typename Judge>
void judgeConversation(const Scenario &scenario, const QString &sceneId, const PlaythroughState &state,
                       const Judge &judge, RecognitionResult *r)
{
    const int sceneIndex = scenario.sceneIndex.value(sceneId);
    const Scene &scene = scenario.scenes.at(sceneIndex);
    const int maxBefore = r->max;
    QSet<const ReplyLine *> said;
    for (const TranscriptTurn &turn : conversationTranscript(scenario, state, sceneId))
        for (const ReplyLine *line : turn.said) {
            said.insert(line);
            for (const Segment &segment : line->segments)
                judge(segment.id, segment.target);
        }
    const int saidWeight = r->max - maxBefore;
    QHash<QString, int> entry = state.variables;
    for (const PathStep &step : state.path)
        if (step.scene == sceneId) {
            entry = step.variablesBefore;
            break;
        }
    const Conversation rules(scenario, scene);
    const auto reach = conversationReach(scenario, sceneIndex, rules.stateOf(entry, {}).values);
    r->max += std::max(0, reach->bestCueWeight - saidWeight);
    for (const Choice &move : scene.choices)
        for (const ReplyLine &line : move.reply)
            if (!said.contains(&line) && reach->sayable.contains(&line))
                for (const Segment &segment : line.segments)
                    if (segment.target.kind == FlagTarget::Kind::Cue)
                        r->undisclosed.append({segment.id, segment.target.indicator, 0, move.id});
}

} // namespace

QString feedbackKindId(FeedbackItem::Kind kind)
{
    static const QStringList ids = {
        u"miss"_s,           u"false-flag"_s,        u"wrong-indicator"_s,  u"choice"_s,
        u"critical-error"_s, u"referral-missing"_s,  u"referral-harmful"_s, u"referral-urgency"_s,
        u"referral-order"_s, u"referral-not-made"_s, u"wrong-answer"_s,     u"no-vote"_s,
        u"undisclosed"_s,    u"planted-detail"_s};
    return ids.at(int(kind));
}

double RecognitionResult::recall() const
{
    const qsizetype present = hits.size() + misses.size();
    return present == 0 ? 1.0 : double(hits.size()) / double(present);
}

double RecognitionResult::precision() const
{
    const qsizetype flagged = hits.size() + falseFlags.size();
    return flagged == 0 ? 1.0 : double(hits.size()) / double(flagged);
}

Percentages percentagesOf(const ScoreParts &points, const ScoreParts &pathMax, const ScoreParts &scenarioMax,
                          bool criticalError, int cap, bool abandoned)
{
    Percentages p;
    const int total = points.total();
    auto percentOf = [&](int max) {
        return max > 0 ? std::min(100, int(std::lround(100.0 * total / max))) : 0;
    };
    p.percent = percentOf(abandoned ? scenarioMax.total() : pathMax.total());
    p.percentOfScenario = percentOf(scenarioMax.total());
    if (criticalError) {
        p.capped = p.percent > cap || p.percentOfScenario > cap;
        p.percent = std::min(p.percent, cap);
        p.percentOfScenario = std::min(p.percentOfScenario, cap);
    }
    return p;
}

DecisionScore scoreChoice(const Scenario &scenario, const QString &choiceId)
{
    DecisionScore score;
    const Choice *choice = scenario.choice(choiceId);
    if (!choice)
        return score;
    const Scene &scene = scenario.scenes.at(scenario.choiceIndex.value(choiceId).first);
    QList<const Choice *> all;
    for (const Choice &c : scene.choices)
        all.append(&c);
    score.points = choice->points;
    score.best = bestOf(all);
    score.criticalError = criticalRecord(*choice);
    return score;
}

RecognitionResult scoreFlags(const Scenario &scenario, const QStringList &scenes,
                             const PlaythroughState &state)
{
    const QMap<QString, Flag> &flags = state.flags;
    RecognitionResult r;
    int sum = 0;
    const Catalog *catalog = scenario.catalog.get();
    auto judge = [&](const QString &id, const FlagTarget &target) {
        const auto flag = flags.constFind(id);
        const bool flagged = flag != flags.constEnd();
        if (target.kind == FlagTarget::Kind::Cue) {
            r.max += flagMax(scenario, target);
            Tally &perIndicator = r.perIndicator[target.indicator];
            ++perIndicator.present;
            Tally *perDimension = nullptr;
            if (catalog && catalog->indicators.contains(target.indicator))
                perDimension =
                    &r.perDimension[dimensionId(catalog->indicators.value(target.indicator).dimension)];
            if (perDimension)
                ++perDimension->present;
            if (!flagged) {
                r.misses.append({id, target.indicator, 0});
                return;
            }
            // Naming is optional and a wrong name is a teaching moment, not a loss: penalising it would teach
            // trainees to name nothing. The feedback says which indicator it was.
            const int points = scenario.flagPoints(target);
            r.hits.append({id, target.indicator, points});
            sum += points;
            ++perIndicator.found;
            if (perDimension)
                ++perDimension->found;
        } else if (flagged) {
            const int points = scenario.flagPoints(target);
            r.falseFlags.append({id, flag->indicator, points});
            sum += points;
        }
    };
    for (const QString &sceneId : scenes) {
        const Scene *scene = scenario.scene(sceneId);
        if (!scene)
            continue;
        for (const Media &media : scene->media)
            for (const Hotspot &hotspot : media.hotspots)
                judge(hotspot.id, hotspot.target);
        for (const Line &line : scene->lines)
            for (const Segment &segment : line.segments)
                judge(segment.id, segment.target);
        if (scene->isConversation())
            judgeConversation(scenario, sceneId, state, judge, &r);
    }
    r.raw = sum;
    r.points = std::clamp(sum, 0, r.max);
    return r;
}

ReferralResult scoreReferral(const Scenario &scenario, const QList<ReferralStep> &plan)
{
    ReferralResult r;
    if (!scenario.referral)
        return r;
    const ReferralKey &key = *scenario.referral;
    r.max = referralMax(key);
    auto position = [&](const QString &institution) {
        for (qsizetype i = 0; i < plan.size(); ++i)
            if (plan.at(i).institution == institution)
                return int(i);
        return -1;
    };
    // The first step of the plan that fulfils the item.
    auto fulfilling = [&](const ReferralItem &item) {
        for (qsizetype i = 0; i < plan.size(); ++i)
            if (item.isFulfilledBy(plan.at(i).institution))
                return int(i);
        return -1;
    };
    int sum = 0;
    auto wanted = [&](const QList<ReferralItem> &items, int points) {
        for (const ReferralItem &item : items) {
            const int at = fulfilling(item);
            if (at < 0) {
                r.feedback.append(
                    {FeedbackItem::Kind::ReferralMissing, item.institutions.join(u'|'), item.feedback, {}});
                continue;
            }
            bool urgencyMet = true;
            sum += referralItemPoints(key, item, points, plan.at(at).urgency, &urgencyMet);
            if (!urgencyMet)
                r.feedback.append(
                    {FeedbackItem::Kind::ReferralUrgency, plan.at(at).institution, item.feedback, {}});
        }
    };
    wanted(key.required, key.requiredPoints);
    wanted(key.recommended, key.recommendedPoints);
    for (const ReferralItem &item : key.harmful) {
        for (const QString &institution : item.institutions) {
            if (position(institution) >= 0) {
                sum -= key.harmfulPenalty;
                r.feedback.append({FeedbackItem::Kind::ReferralHarmful, institution, item.feedback, {}});
            }
        }
    }
    for (const OrderConstraint &oc : key.order) {
        const int first = position(oc.first), then = position(oc.then);
        if (first < 0 || then < 0)
            continue; // a missing institution is reported above
        sum += orderPoints(key, first < then);
        if (first >= then)
            r.feedback.append(
                {FeedbackItem::Kind::ReferralOrder, oc.first + u'>' + oc.then, oc.feedback, {}});
    }
    r.points = std::clamp(sum, 0, r.max);
    return r;
}

AnswerResult scoreAnswer(const Question &question, const QStringList &selected)
{
    AnswerResult r;
    r.max = answerMax(question);
    const QSet<QString> chosen(selected.begin(), selected.end());
    const QSet<QString> correct(question.correct.begin(), question.correct.end());
    r.correct = chosen == correct;
    if (question.kind == Question::Kind::Single || question.kind == Question::Kind::Judgement) {
        r.points = r.correct ? question.points : 0;
        return r;
    }
    if (correct.isEmpty()) {
        r.points = chosen.isEmpty() ? question.points : 0;
        return r;
    }
    // Partial credit: right selections minus wrong ones, as a share of the right ones.
    const qsizetype right = QSet<QString>(chosen).intersect(correct).size();
    const qsizetype wrong = chosen.size() - right;
    r.points = int(question.points * std::max<qsizetype>(0, right - wrong) / correct.size());
    return r;
}

namespace {

// The parts of scorePlaythrough, in the order the debrief lists their feedback.

void scoreRecognition(const Scenario &scenario, const PlaythroughState &state, const QStringList &scenes,
                      Score *score, PathTally *tally)
{
    score->recognition = scoreFlags(scenario, scenes, state);
    tally->recognition = score->recognition.raw;
    tally->recognitionMax = score->recognition.max;
    const auto feedbackOf = [&scenario](const QString &target) {
        return scenario.targetIndex.value(target).target->feedback;
    };
    for (const FlagOutcome &miss : score->recognition.misses)
        score->feedback.append({FeedbackItem::Kind::Miss, miss.target, feedbackOf(miss.target), {}});
    for (const FlagOutcome &hit : score->recognition.hits) {
        const Flag flag = state.flags.value(hit.target);
        if (!flag.indicator.isEmpty() && flag.indicator != hit.indicator)
            score->feedback.append(
                {FeedbackItem::Kind::WrongIndicator, hit.target, feedbackOf(hit.target), {}});
    }
    for (const FlagOutcome &falseFlag : score->recognition.falseFlags)
        score->feedback.append(
            {FeedbackItem::Kind::FalseFlag, falseFlag.target, feedbackOf(falseFlag.target), {}});
    for (const FlagOutcome &undisclosed : score->recognition.undisclosed)
        score->feedback.append({FeedbackItem::Kind::Undisclosed,
                                undisclosed.target,
                                feedbackOf(undisclosed.target),
                                {},
                                undisclosed.via});
}

void scoreConduct(const Scenario &scenario, const PlaythroughState &state, Score *score, PathTally *tally)
{
    for (qsizetype i = 0; i < state.path.size(); ++i) {
        const PathStep &step = state.path.at(i);
        const QString scored = scoredChoiceAt(scenario, state, step);
        // The best of what was on offer then: conditions are judged with the variables of that moment.
        const StepMeasure measure = measureStep(scenario, state, i, scored);
        tally->conductMax += measure.best;
        if (scored.isEmpty()) {
            score->feedback.append({FeedbackItem::Kind::NoVote, step.scene, {}, {}});
            continue;
        }
        const DecisionScore decision = scoreChoice(scenario, scored);
        tally->conduct += decision.points;
        const Choice *choice = scenario.choice(scored);
        if (decision.criticalError) {
            score->criticalErrors.append(*decision.criticalError);
            score->feedback.append({FeedbackItem::Kind::CriticalError, choice->id,
                                    choice->criticalError->explanation, choice->criticalError->principle});
        } else if (measure.lowered) {
            score->feedback.append(
                {FeedbackItem::Kind::Choice, choice->id, choice->feedback, choice->principles.value(0)});
        }
    }
}

void scoreReferralAndAssessment(const Scenario &scenario, const PlaythroughState &state, Score *score,
                                PathTally *tally)
{
    if (tally->referralScene && scenario.referral) {
        if (state.referral) {
            const ReferralResult referral = scoreReferral(scenario, *state.referral);
            tally->referral = referral.points;
            score->feedback += referral.feedback;
        } else {
            score->feedback.append({FeedbackItem::Kind::ReferralNotMade, {}, scenario.referral->prompt, {}});
        }
    }
    if (!tally->assessmentScene)
        return;
    for (const Question &q : scenario.questions) {
        const AnswerResult answer = scoreAnswer(q, state.answers.value(q.id));
        tally->assessmentMax += answer.max;
        tally->assessment += answer.points;
        if (!answer.correct)
            score->feedback.append({FeedbackItem::Kind::WrongAnswer, q.id, q.feedback, {}});
    }
}

} // namespace

Score scorePlaythrough(const Scenario &scenario, const PlaythroughState &state)
{
    Score score;
    const QStringList scenes = state.visitedScenes();
    PathTally tally;
    scoreRecognition(scenario, state, scenes, &score, &tally);
    for (const QString &sceneId : scenes) {
        const Scene *scene = scenario.scene(sceneId);
        tally.referralScene = tally.referralScene || (scene && scene->kind == Scene::Kind::Referral);
        tally.assessmentScene = tally.assessmentScene || (scene && scene->kind == Scene::Kind::Assessment);
    }
    scoreConduct(scenario, state, &score, &tally);
    scoreReferralAndAssessment(scenario, state, &score, &tally);
    // No points: the key already scores what rests on a wrong detail; the debrief traces it to the question.
    for (const PlantedInAttempt &planted : plantedInAttempt(scenario, state)) {
        QStringList resting;
        for (const ActionOnDetail &action : planted.actedOn)
            resting.append(action.ref);
        score.feedback.append({FeedbackItem::Kind::PlantedDetail,
                               planted.detail->id,
                               planted.detail->truth,
                               {},
                               planted.question->id,
                               resting});
    }

    sumUpPath(scenario, tally, &score.points, &score.pathMax);
    score.scenarioMax = bestScore(scenario);
    const Percentages percentages =
        percentagesOf(score.points, score.pathMax, score.scenarioMax, !score.criticalErrors.isEmpty(),
                      scenario.scoring.criticalErrorCap, state.abandoned);
    score.percent = percentages.percent;
    score.percentOfScenario = percentages.percentOfScenario;
    score.capped = percentages.capped;
    score.ending = state.ending;
    score.finished = state.isFinished();
    return score;
}

QJsonObject scoreToJson(const Score &score)
{
    auto part = [](int points, int max) { return QJsonObject{{u"points"_s, points}, {u"max"_s, max}}; };
    auto outcomes = [](const QList<FlagOutcome> &list) {
        QJsonArray array;
        for (const FlagOutcome &o : list)
            array.append(
                QJsonObject{{u"target"_s, o.target}, {u"indicator"_s, o.indicator}, {u"points"_s, o.points}});
        return array;
    };
    auto tallies = [](const QMap<QString, Tally> &map) {
        QJsonObject object;
        for (auto it = map.begin(); it != map.end(); ++it)
            object.insert(it.key(), QJsonObject{{u"found"_s, it->found}, {u"present"_s, it->present}});
        return object;
    };
    const RecognitionResult &r = score.recognition;
    QJsonObject recognition = part(score.points.recognition, score.pathMax.recognition);
    recognition.insert(u"hits"_s, outcomes(r.hits));
    recognition.insert(u"misses"_s, outcomes(r.misses));
    recognition.insert(u"falseFlags"_s, outcomes(r.falseFlags));
    // Undefined ratios (no cue on the path, nothing flagged) are null, not a flattering 1.
    const bool anyCue = !r.hits.isEmpty() || !r.misses.isEmpty();
    const bool anyFlag = !r.hits.isEmpty() || !r.falseFlags.isEmpty();
    recognition.insert(u"recall"_s, anyCue ? QJsonValue(rounded(r.recall())) : QJsonValue(QJsonValue::Null));
    recognition.insert(u"precision"_s,
                       anyFlag ? QJsonValue(rounded(r.precision())) : QJsonValue(QJsonValue::Null));
    recognition.insert(u"perIndicator"_s, tallies(r.perIndicator));
    recognition.insert(u"perDimension"_s, tallies(r.perDimension));
    return QJsonObject{
        {u"total"_s, score.points.total()},
        {u"max"_s, score.pathMax.total()},
        {u"percent"_s, score.percent},
        {u"scenarioMax"_s, score.scenarioMax.total()},
        {u"percentOfScenario"_s, score.percentOfScenario},
        {u"capped"_s, score.capped},
        {u"recognition"_s, recognition},
        {u"conduct"_s, part(score.points.conduct, score.pathMax.conduct)},
        {u"referral"_s, part(score.points.referral, score.pathMax.referral)},
        {u"assessment"_s, part(score.points.assessment, score.pathMax.assessment)},
    };
}

QJsonArray criticalErrorsToJson(const QList<CriticalErrorRecord> &errors, const QString &language)
{
    QJsonArray array;
    for (const CriticalErrorRecord &e : errors)
        array.append(QJsonObject{{u"choice"_s, e.choice},
                                 {u"principle"_s, e.principle},
                                 {u"endedBranch"_s, e.endedBranch},
                                 {u"explanation"_s, e.explanation.text(language)}});
    return array;
}

QJsonArray feedbackToJson(const QList<FeedbackItem> &items, const QString &language)
{
    QJsonArray array;
    for (const FeedbackItem &item : items) {
        QJsonObject o = textJson(item.text, language);
        o.insert(u"kind"_s, feedbackKindId(item.kind));
        o.insert(u"ref"_s, item.ref);
        if (!item.principle.isEmpty())
            o.insert(u"principle"_s, item.principle);
        if (!item.via.isEmpty())
            o.insert(u"via"_s, item.via);
        if (!item.restingOnIt.isEmpty())
            o.insert(u"restingOnIt"_s, QJsonArray::fromStringList(item.restingOnIt));
        array.append(o);
    }
    return array;
}

} // namespace saskati
