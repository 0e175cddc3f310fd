#include "playscript.h"

#include "jsonfile.h"
#include "reader.h"
#include "scoring.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

bool readAction(Reporter &reporter, json::Value item, int step, PlayScript::Step *action)
{
    ObjectReader r(reporter, item, u"step %1"_s.arg(step));
    if (!r.isObject())
        return false;
    action->offset = item.offset();
    // Exactly one action key per step.
    static const QStringList keys = {u"flag"_s,   u"unflag"_s,   u"choose"_s,  u"referral"_s,
                                     u"answer"_s, u"stepBack"_s, u"abandon"_s, u"vote"_s};
    QStringList present;
    for (const QString &key : keys)
        if (r.object().member(key).isValid())
            present.append(key);
    if (present.size() != 1) {
        reporter.error(item.offset(),
                       u"step %1 must have exactly one of: %2"_s.arg(step).arg(keys.join(u", "_s)));
        r.ignoreRemainingFields();
        return false;
    }
    const QString key = present.first();
    if (key == u"flag") {
        const QString target = r.identifier(u"flag", true);
        action->action = Action::flag(target, r.identifier(u"indicator", false));
        action->summary = u"flag '%1'"_s.arg(target);
    } else if (key == u"unflag") {
        const QString target = r.identifier(u"unflag", true);
        action->action = Action::unflag(target);
        action->summary = u"unflag '%1'"_s.arg(target);
    } else if (key == u"choose") {
        const QString choice = r.identifier(u"choose", true);
        action->action = Action::choose(choice);
        action->summary = u"choose '%1'"_s.arg(choice);
    } else if (key == u"vote") {
        const QString choice = r.identifier(u"vote", true);
        action->action = Action::vote(choice);
        action->summary = u"vote for '%1'"_s.arg(choice);
    } else if (key == u"referral") {
        QList<ReferralStep> plan;
        for (json::Value entry : r.array(u"referral", true)) {
            ObjectReader e(reporter, entry, u"a referral step"_s);
            ReferralStep planned{e.identifier(u"institution", true), Urgency::WhenReady};
            urgencyFromId(e.oneOf(u"urgency", false, urgencyIds(), u"when-ready"_s), &planned.urgency);
            plan.append(planned);
        }
        action->action = Action::submitReferral(plan);
        action->summary = u"submit a referral plan"_s;
    } else if (key == u"answer") {
        const QString question = r.identifier(u"answer", true);
        action->action = Action::answer(question, r.identifierList(u"options", true));
        action->summary = u"answer '%1'"_s.arg(question);
    } else if (key == u"stepBack") {
        action->action = Action::stepBack();
        if (!r.boolean(u"stepBack", true, true))
            reporter.error(r.offsetOf(u"stepBack"),
                           u"step %1: write {\"stepBack\": true} or leave the step out"_s.arg(step));
        action->summary = u"step back"_s;
    } else {
        action->action = Action::abandon();
        if (!r.boolean(u"abandon", true, true))
            reporter.error(r.offsetOf(u"abandon"),
                           u"step %1: write {\"abandon\": true} or leave the step out"_s.arg(step));
        action->summary = u"abandon"_s;
    }
    return true;
}

} // namespace

std::optional<PlayScript> loadPlayScript(const QString &path, Diagnostics *diagnostics)
{
    JsonFile file = readJsonFile(path, diagnostics);
    if (!file.ok)
        return std::nullopt;
    PlayScript script;
    script.file = path;
    script.sourceMap = file.sourceMap;
    Reporter reporter(path, &script.sourceMap, diagnostics);
    reporter.setFormatDocument(QStringLiteral("docs/play-script.md"));
    {
        ObjectReader r(reporter, file.document.root(), u"the play script"_s);
        if (!r.isObject())
            return std::nullopt;
        const QString mode =
            r.oneOf(u"mode", false, {u"solo"_s, u"seminar"_s, u"seminar-participant"_s}, u"solo"_s);
        script.voting = mode == u"seminar-participant";
        playModeFromId(script.voting ? u"seminar"_s : mode, &script.mode);
        script.scenario = r.string(u"scenario", false);
        script.language = r.identifier(u"language", false);
        r.string(u"description", false);
        int step = 0;
        for (json::Value item : r.array(u"actions", true)) {
            PlayScript::Step action;
            if (readAction(reporter, item, ++step, &action))
                script.steps.append(action);
        }
        const json::Value expect = r.value(u"expect", false);
        if (expect.isValid() && !expect.isObject())
            reporter.error(expect.offset(), u"'expect' must be an object of \"path\": value pairs"_s);
        for (json::Value e : expect) {
            const QString key = e.key();
            if (key.startsWith(u'$') || key.startsWith(u"//"))
                continue; // comments, as everywhere else
            script.expectations.append({key, json::toQJsonValue(e), e.offset()});
        }
    }
    if (reporter.errorCount() > 0)
        return std::nullopt;
    return script;
}

PlayRun runPlayScript(std::shared_ptr<const Scenario> scenario, const PlayScript &script, bool fixedClock)
{
    PlayRun run;
    Playthrough playthrough(scenario);
    if (fixedClock) {
        // A fixed origin plus one second per event: identical output, still ordered times.
        auto count = std::make_shared<qint64>(0);
        playthrough.setClock(
            [count] { return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs((*count)++); });
    }
    auto fail = [&](qsizetype offset, const QString &message) {
        const SourcePosition pos = script.position(offset);
        run.failure = Diagnostic{script.file, pos.line, pos.column, Diagnostic::Severity::Error, message};
    };
    if (const auto r = script.voting ? playthrough.startVoting() : playthrough.start(script.mode); !r) {
        fail(0, r.error().message);
        return run;
    }
    int step = 0;
    for (const PlayScript::Step &action : script.steps) {
        ++step;
        if (const auto r = playthrough.perform(action.action); !r) {
            fail(action.offset, u"step %1 (%2) does not fit the scenario: %3"_s.arg(step).arg(
                                    action.summary, r.error().message));
            break;
        }
    }
    if (!run.failure && !playthrough.state().isFinished())
        fail(script.steps.isEmpty() ? 0 : script.steps.last().offset,
             u"the script ends in scene '%1' before an ending; add the choices that lead to one"_s.arg(
                 playthrough.state().scene));
    run.playthrough = std::move(playthrough);
    return run;
}

QJsonObject playResultJson(const Playthrough &playthrough, const QString &language)
{
    const Scenario &s = playthrough.scenario();
    const PlaythroughState &state = playthrough.state();
    const Score score = scorePlaythrough(s, state);
    QJsonArray events;
    for (const Event &e : playthrough.events())
        events.append(e.toJson());
    const Ending *ending = s.ending(state.ending);
    return QJsonObject{
        {u"scenario"_s, s.id},
        {u"version"_s, s.version},
        {u"contentHash"_s, QString::fromLatin1(s.contentHash())},
        {u"mode"_s, playModeId(state.mode)},
        {u"language"_s, language},
        {u"ending"_s, state.ending.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(state.ending)},
        {u"outcome"_s, ending ? QJsonValue(ending->outcome) : QJsonValue(QJsonValue::Null)},
        {u"abandoned"_s, state.abandoned},
        {u"path"_s,
         [&] {
             QJsonArray path;
             for (const PathStep &step : state.path) {
                 QJsonObject entry{{u"scene"_s, step.scene}, {u"choice"_s, step.choice}};
                 if (state.voting)
                     entry.insert(u"vote"_s, state.scoredChoice(step).isEmpty()
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(state.scoredChoice(step)));
                 path.append(entry);
             }
             return path;
         }()},
        {u"score"_s, scoreToJson(score)},
        {u"criticalErrors"_s, criticalErrorsToJson(score.criticalErrors, language)},
        {u"feedback"_s, feedbackToJson(score.feedback, language)},
        {u"events"_s, events},
    };
}

QJsonValue valueAtPath(const QJsonValue &root, const QString &path)
{
    QJsonValue current = root;
    for (const QString &part : path.split(u'.')) {
        if (current.isArray()) {
            const QJsonArray array = current.toArray();
            if (part == u"length") {
                current = array.size();
                continue;
            }
            bool ok = false;
            const int index = part.toInt(&ok);
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(part))
                return QJsonValue(QJsonValue::Undefined);
            current = object.value(part);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

} // namespace saskati
