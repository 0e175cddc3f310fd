#include "scenarioloader.h"

#include "ilorule.h"
#include "jsonfile.h"
#include "reader.h"
#include "scenariovalidator.h"

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// Reads the content of one scenario file into a Scenario; structure and types only. Cross-references and
// graph properties are the validator's job.
class ScenarioReader {
public:
    ScenarioReader(Reporter &reporter, Scenario &scenario)
        : m_reporter(reporter)
        , m_s(scenario)
    {}

    void read(json::Value root)
    {
        // About one id per 150 bytes in real scenarios: reserving avoids rehashing the largest table.
        m_ids.reserve(size_t(m_s.sourceBytes.size() / 150 + 16));
        ObjectReader r(m_reporter, root, u"the scenario"_s, &m_s.languages);
        if (!r.isObject())
            return;
        // First, and alone: a file in another format (or no format) would only collect noise below.
        if (readFormatVersion(r, u"formatVersion", scenarioFormatVersion, u"scenario"_s))
            m_s.formatVersion = scenarioFormatVersion;
        else if (r.value(u"formatVersion", false).isValid())
            return;
        // Languages first: every text below is checked against them.
        m_s.languages = r.identifierList(u"languages", true);
        m_languagesOffset = r.offsetOf(u"languages");
        if (r.value(u"languages", false).isArray() && m_s.languages.isEmpty())
            m_reporter.error(r.offsetOf(u"languages"),
                             u"'languages' is empty; list at least one, e.g. [\"lv\", \"en\"]"_s);
        m_s.id = r.identifier(u"id", true);
        m_s.version = r.integer(u"version", true, 0, 1, 1000000);
        m_s.title = r.text(u"title", true);
        m_s.summary = r.text(u"summary", true);
        m_s.form = r.identifier(u"form", true);
        m_formOffset = r.offsetOf(u"form");
        m_s.subject = r.oneOf(u"subject", false, {u"adult"_s, u"child"_s}, u"adult"_s);
        m_s.audience = r.identifierList(u"audience", true);
        if (r.value(u"audience", false).isArray() && r.value(u"audience", false).size() == 0)
            m_reporter.error(r.offsetOf(u"audience"),
                             u"'audience' is empty; name at least one role from the catalogue's "
                             u"roles.json"_s);
        {
            json::Value item = r.value(u"audience", false).first();
            for (const QString &role : std::as_const(m_s.audience)) {
                m_roleRefs.append({role, item.offset()});
                item = item.next();
            }
        }
        m_s.estimatedMinutes = r.integer(u"estimatedMinutes", true, 0, 1, 600);
        for (json::Value item : r.array(u"objectives", true)) {
            ObjectReader o(m_reporter, item, u"a learning objective"_s, &m_s.languages);
            const QString id = o.identifier(u"id", true);
            registerId(id, o.offsetOf(u"id"), u"a learning objective"_s);
            m_s.objectives.append({id, o.text(u"text", true)});
        }
        m_s.contentWarning = r.text(u"contentWarning", true);
        m_s.author = r.string(u"author", true);
        m_s.licence = r.string(u"licence", true);
        readScoring(r.value(u"scoring", false));
        for (json::Value item : r.array(u"variables", false))
            readVariable(item);
        for (json::Value item : r.array(u"cast", true))
            readCastMember(item);
        m_s.start = r.identifier(u"start", true);
        m_startOffset = r.offsetOf(u"start");
        const json::Value scenes = r.array(u"scenes", true);
        if (scenes.isArray() && scenes.size() == 0)
            m_reporter.error(scenes.offset(), u"'scenes' is empty; a scenario needs at least one scene"_s);
        for (json::Value item : scenes)
            readScene(item);
        if (const json::Value referral = r.value(u"referral", false); referral.isValid())
            readReferral(referral);
        for (json::Value item : r.array(u"questions", false))
            readQuestion(item);
        const json::Value endings = r.array(u"endings", true);
        if (endings.isArray() && endings.size() == 0)
            m_reporter.error(endings.offset(), u"'endings' is empty; a scenario needs at least one ending"_s);
        for (json::Value item : endings)
            readEnding(item);
    }

private:
    // Reads an entity's id, names the entity after it in later messages ("scene 'kitchen'") and claims the id
    // in the scenario's one id space.
    QString identify(ObjectReader &r, QStringView kind)
    {
        const QString id = r.identifier(u"id", true);
        r.setWhat(u"%1 '%2'"_s.arg(kind, id));
        registerId(id, r.offsetOf(u"id"), r.what());
        return id;
    }

    void registerId(const QString &id, qsizetype offset, const QString &what)
    {
        if (id.isEmpty())
            return;
        // Store only the offset: the first user's description is rebuilt from the source on a clash, which is
        // rare, instead of keeping a string for every id.
        const auto [it, inserted] = m_ids.try_emplace(id, offset);
        if (inserted)
            return;
        const SourcePosition first = m_s.sourceMap.position(it->second);
        m_reporter.error(
            offset, u"the id '%1' of %2 is already used at line %3, column %4; ids must be unique within "
                    u"a scenario, so rename one"_s.arg(id, what)
                        .arg(first.line)
                        .arg(first.column));
    }

    void readScoring(json::Value value)
    {
        if (!value.isValid())
            return;
        ObjectReader r(m_reporter, value, u"'scoring'"_s);
        ScoringRules &s = m_s.scoring;
        s.strongPoints = r.integer(u"strongPoints", false, s.strongPoints, 0, 100);
        s.mediumPoints = r.integer(u"mediumPoints", false, s.mediumPoints, 0, 100);
        s.weakPoints = r.integer(u"weakPoints", false, s.weakPoints, 0, 100);
        s.distractorPenalty = r.integer(u"distractorPenalty", false, s.distractorPenalty, 0, 100);
        s.plainPenalty = r.integer(u"plainPenalty", false, s.plainPenalty, 0, 100);
        s.criticalErrorCap = r.integer(u"criticalErrorCap", false, s.criticalErrorCap, 0, 100);
    }

    void readVariable(json::Value value)
    {
        ObjectReader r(m_reporter, value, u"a variable"_s);
        Variable v;
        v.offset = value.offset();
        v.id = r.identifier(u"id", true);
        v.minimum = r.integer(u"min", false, -100, -1000000, 1000000);
        v.maximum = r.integer(u"max", false, 100, -1000000, 1000000);
        v.initial = r.integer(u"initial", false, 0, -1000000, 1000000);
        if (v.minimum > v.maximum)
            m_reporter.error(r.offsetOf(u"min"),
                             u"variable '%1' has min greater than max; swap them"_s.arg(v.id));
        else if (v.initial < v.minimum || v.initial > v.maximum)
            m_reporter.error(r.offsetOf(u"initial"),
                             u"the initial value of variable '%1' lies outside min..max (%2..%3)"_s.arg(v.id)
                                 .arg(v.minimum)
                                 .arg(v.maximum));
        if (m_s.variable(v.id))
            m_reporter.error(r.offsetOf(u"id"), u"variable '%1' is declared twice; remove one"_s.arg(v.id));
        else if (!v.id.isEmpty())
            m_s.variables.append(v);
    }

    void readCastMember(json::Value value)
    {
        ObjectReader r(m_reporter, value, u"a cast member"_s, &m_s.languages);
        CastMember c;
        c.offset = value.offset();
        c.id = identify(r, u"cast member");
        c.name = r.text(u"name", true);
        c.role = r.oneOf(u"role", true,
                         {u"person"_s, u"companion"_s, u"interpreter"_s, u"employer"_s, u"official"_s,
                          u"relative"_s, u"trainee"_s, u"other"_s},
                         u"other"_s);
        c.portrait = r.string(u"portrait", false);
        c.portraitAlt = r.text(u"portraitAlt", r.value(u"portrait", false).isValid());
        if (!c.portraitAlt.isEmpty() && c.portrait.isEmpty())
            m_reporter.warning(
                r.offsetOf(u"portraitAlt"),
                u"'portraitAlt' of %1 describes no portrait; add 'portrait' or remove it"_s.arg(r.what()));
        if (r.value(u"portrait", false).isValid())
            m_mediaRefs.append({c.portrait, r.offsetOf(u"portrait")});
        m_s.cast.append(c);
    }

    void readFlagTarget(ObjectReader &r, FlagTarget *target, const QString &what)
    {
        const json::Value cue = r.value(u"cue", false);
        const json::Value distractor = r.value(u"distractor", false);
        if (cue.isValid() && distractor.isValid()) {
            m_reporter.error(distractor.offset(), u"%1 is both a cue and a distractor; keep one"_s.arg(what));
            return;
        }
        if (cue.isValid()) {
            ObjectReader c(m_reporter, cue, u"the cue of %1"_s.arg(what), &m_s.languages);
            target->kind = FlagTarget::Kind::Cue;
            target->indicator = c.identifier(u"indicator", true);
            target->feedback = c.text(u"feedback", true);
            m_indicatorRefs.append({target->indicator, c.offsetOf(u"indicator")});
        } else if (distractor.isValid()) {
            ObjectReader d(m_reporter, distractor, u"the distractor of %1"_s.arg(what), &m_s.languages);
            target->kind = FlagTarget::Kind::Distractor;
            target->feedback = d.text(u"feedback", true);
        }
    }

    void readScene(json::Value value)
    {
        Scene scene;
        scene.offset = value.offset();
        ObjectReader r(m_reporter, value, u"a scene"_s, &m_s.languages);
        scene.id = identify(r, u"scene");
        const QString what = r.what();
        const QString kind =
            r.oneOf(u"kind", false, {u"interview"_s, u"referral"_s, u"assessment"_s}, u"interview"_s);
        scene.kind = kind == u"referral"     ? Scene::Kind::Referral
                     : kind == u"assessment" ? Scene::Kind::Assessment
                                             : Scene::Kind::Interview;
        scene.title = r.text(u"title", true);
        scene.setting = r.text(u"setting", true);
        for (json::Value item : r.array(u"media", false))
            scene.media.append(readMedia(item));
        for (json::Value item : r.array(u"lines", false))
            scene.lines.append(readLine(item));
        const json::Value choices = r.array(u"choices", true);
        if (choices.isArray() && choices.size() == 0)
            m_reporter.error(choices.offset(),
                             u"%1 has no choices, so the trainee would be stuck there; add a choice "
                             u"that leads to a scene or an ending"_s.arg(what));
        for (json::Value item : choices)
            scene.choices.append(readChoice(item, scene.id));
        if (!scene.id.isEmpty())
            m_s.sceneIndex.insert(scene.id, int(m_s.scenes.size()));
        m_s.scenes.append(scene);
    }

    Media readMedia(json::Value value)
    {
        Media m;
        m.offset = value.offset();
        ObjectReader r(m_reporter, value, u"a media item"_s, &m_s.languages);
        m.id = identify(r, u"media");
        const QString kind = r.oneOf(u"type", true, {u"image"_s, u"audio"_s, u"video"_s}, u"image"_s);
        m.kind = kind == u"audio"   ? Media::Kind::Audio
                 : kind == u"video" ? Media::Kind::Video
                                    : Media::Kind::Image;
        m.file = r.string(u"file", true);
        m_mediaRefs.append({m.file, r.offsetOf(u"file")});
        m.alt = r.text(u"alt", true);
        // Audio and video need captions or a transcript: a deaf trainee must get the same cues.
        // Images may carry a longer description in 'captions' as well.
        m.captions = r.text(u"captions", m.kind != Media::Kind::Image);
        const json::Value hotspots = r.array(u"hotspots", false);
        if (hotspots.isValid() && m.kind != Media::Kind::Image)
            m_reporter.error(hotspots.offset(), u"only images can have hotspots; move them to an image"_s);
        for (json::Value item : hotspots) {
            Hotspot h;
            h.offset = item.offset();
            ObjectReader hr(m_reporter, item, u"a hotspot"_s, &m_s.languages);
            h.id = identify(hr, u"hotspot");
            const json::Value rect = hr.array(u"rect", true);
            double v[4] = {0, 0, 0, 0};
            if (rect.isArray()) {
                int i = 0;
                bool good = rect.size() == 4;
                for (json::Value n : rect) {
                    if (!n.isNumber() || n.toDouble() < 0 || n.toDouble() > 1 || i >= 4)
                        good = false;
                    else
                        v[i] = n.toDouble();
                    ++i;
                }
                if (good && (v[0] + v[2] > 1.0001 || v[1] + v[3] > 1.0001 || v[2] <= 0 || v[3] <= 0))
                    good = false;
                if (!good)
                    m_reporter.error(rect.offset(),
                                     u"'rect' of hotspot '%1' must be [x, y, width, height] as fractions "
                                     u"of the image between 0 and 1, inside the image"_s.arg(h.id));
            }
            h.x = v[0];
            h.y = v[1];
            h.width = v[2];
            h.height = v[3];
            h.label = hr.text(u"label", true);
            readFlagTarget(hr, &h.target, u"hotspot '%1'"_s.arg(h.id));
            m.hotspots.append(h);
        }
        return m;
    }

    Line readLine(json::Value value)
    {
        Line line;
        line.offset = value.offset();
        ObjectReader r(m_reporter, value, u"a dialogue line"_s, &m_s.languages);
        line.id = identify(r, u"line");
        line.speaker = r.identifier(u"speaker", false);
        if (!line.speaker.isEmpty())
            m_speakerRefs.append({line.speaker, r.offsetOf(u"speaker")});
        // Optional speech per language; every path must exist like any other media file.
        if (const json::Value voice = r.value(u"voice", false); voice.isValid()) {
            line.voice = readText(m_reporter, voice, u"'voice' of %1"_s.arg(r.what()), &m_s.languages);
            for (json::Value file : voice)
                if (file.isString())
                    m_mediaRefs.append({file.toString(), file.offset()});
        }
        const json::Value segments = r.array(u"segments", true);
        if (segments.isArray() && segments.size() == 0)
            m_reporter.error(segments.offset(),
                             u"line '%1' has no segments; add its text as a segment"_s.arg(line.id));
        for (json::Value item : segments) {
            Segment s;
            s.offset = item.offset();
            ObjectReader sr(m_reporter, item, u"a segment"_s, &m_s.languages);
            s.id = identify(sr, u"segment");
            s.text = sr.text(u"text", true);
            readFlagTarget(sr, &s.target, u"segment '%1'"_s.arg(s.id));
            line.segments.append(s);
        }
        return line;
    }

    void readConditionOp(ObjectReader &r, Condition *c)
    {
        static const QStringList ops = {u"<"_s, u"<="_s, u"=="_s, u"!="_s, u">="_s, u">"_s};
        const QString op = r.oneOf(u"op", true, ops, u"=="_s);
        c->op = Condition::Op(ops.indexOf(op) < 0 ? 2 : ops.indexOf(op));
    }

    Choice readChoice(json::Value value, const QString &sceneId)
    {
        Choice c;
        c.offset = value.offset();
        ObjectReader r(m_reporter, value, u"a choice"_s, &m_s.languages);
        c.id = identify(r, u"choice");
        const QString what = r.what();
        c.text = r.text(u"text", true);
        c.nextScene = r.identifier(u"next", false);
        c.ending = r.identifier(u"ending", false);
        const bool hasNext = r.value(u"next", false).isValid();
        const bool hasEnding = r.value(u"ending", false).isValid();
        c.targetOffset = r.offsetOf(hasNext ? u"next" : u"ending");
        if (hasNext == hasEnding)
            m_reporter.error(value.offset(),
                             hasNext ? u"%1 has both 'next' and 'ending'; keep one"_s.arg(what)
                                     : u"%1 leads nowhere: add 'next' (a scene id) or 'ending' (an "
                                       u"ending id)"_s.arg(what));
        if (!c.nextScene.isEmpty() && c.nextScene == sceneId)
            m_reporter.error(r.offsetOf(u"next"),
                             u"%1 leads back to its own scene; lead it to another scene"_s.arg(what));
        c.principles = r.identifierList(u"principles", false);
        {
            const json::Value list = r.value(u"principles", false);
            json::Value item = list.first();
            for (const QString &p : std::as_const(c.principles)) {
                m_principleRefs.append({p, item.isValid() ? item.offset() : list.offset()});
                item = item.next();
            }
        }
        c.points = r.integer(u"points", false, 0, -100, 100);
        c.feedback = r.text(u"feedback", true);
        if (const json::Value critical = r.value(u"criticalError", false); critical.isValid()) {
            ObjectReader cr(m_reporter, critical, u"the critical error of %1"_s.arg(what), &m_s.languages);
            CriticalError e;
            e.principle = cr.identifier(u"principle", true);
            m_principleRefs.append({e.principle, cr.offsetOf(u"principle")});
            e.endsBranch = cr.oneOf(u"effect", true, {u"end"_s, u"cap"_s}, u"cap"_s) == u"end";
            e.explanation = cr.text(u"explanation", true);
            if (e.endsBranch && hasNext)
                m_reporter.error(cr.offsetOf(u"effect"),
                                 u"the critical error of %1 ends the branch, but the choice "
                                 u"leads to a scene; give it an 'ending' or use effect \"cap\""_s.arg(what));
            c.criticalError = e;
        }
        for (json::Value item : r.array(u"conditions", false)) {
            ObjectReader cr(m_reporter, item, u"a condition of %1"_s.arg(what));
            Condition cond;
            cond.offset = item.offset();
            cond.variable = cr.identifier(u"var", true);
            cond.variableOffset = cr.offsetOf(u"var");
            readConditionOp(cr, &cond);
            cond.value = cr.integer(u"value", true, 0, -1000000, 1000000);
            c.conditions.append(cond);
        }
        for (json::Value item : r.array(u"effects", false)) {
            ObjectReader er(m_reporter, item, u"an effect of %1"_s.arg(what));
            Effect e;
            e.offset = item.offset();
            e.variable = er.identifier(u"var", true);
            e.variableOffset = er.offsetOf(u"var");
            const json::Value add = er.value(u"add", false);
            const json::Value set = er.value(u"set", false);
            if (add.isValid() == set.isValid())
                m_reporter.error(item.offset(),
                                 u"an effect of %1 needs exactly one of 'add' or 'set'"_s.arg(what));
            e.set = set.isValid();
            e.value = er.integer(e.set ? u"set" : u"add", false, 0, -1000000, 1000000);
            c.effects.append(e);
        }
        return c;
    }

    void readReferralItems(ObjectReader &r, QStringView name, QList<ReferralItem> *items, bool withUrgency)
    {
        for (json::Value item : r.array(name, false)) {
            ObjectReader ir(m_reporter, item, u"an entry of '%1'"_s.arg(name), &m_s.languages);
            ReferralItem ri;
            ri.offset = item.offset();
            // Either one institution or "anyOf" alternatives (e.g. either service provider), not both.
            const bool single = ir.value(u"institution", false).isValid();
            const bool alternatives = ir.value(u"anyOf", false).isValid();
            if (single == alternatives)
                m_reporter.error(
                    item.offset(),
                    u"an entry of '%1' needs exactly one of 'institution' or 'anyOf'"_s.arg(name));
            if (single) {
                ri.institutions = {ir.identifier(u"institution", true)};
                m_institutionRefs.append({ri.institutions.first(), ir.offsetOf(u"institution")});
            } else if (alternatives) {
                ri.institutions = ir.identifierList(u"anyOf", true);
                json::Value listed = ir.value(u"anyOf", false).first();
                for (const QString &id : std::as_const(ri.institutions)) {
                    m_institutionRefs.append({id, listed.offset()});
                    listed = listed.next();
                }
                if (ri.institutions.size() < 2)
                    m_reporter.error(ir.offsetOf(u"anyOf"),
                                     u"'anyOf' needs at least two institutions; for one, write "
                                     u"\"institution\""_s);
            }
            if (withUrgency) {
                static const QStringList urgencies = {u"immediate"_s, u"same-day"_s, u"within-days"_s,
                                                      u"when-ready"_s};
                ri.urgency = Urgency(std::max<qsizetype>(
                    0, urgencies.indexOf(ir.oneOf(u"urgency", false, urgencies, u"when-ready"_s))));
            }
            ri.feedback = ir.text(u"feedback", true);
            items->append(ri);
        }
    }

    void readReferral(json::Value value)
    {
        ReferralKey k;
        k.offset = value.offset();
        ObjectReader r(m_reporter, value, u"'referral'"_s, &m_s.languages);
        k.prompt = r.text(u"prompt", true);
        readReferralItems(r, u"required", &k.required, true);
        readReferralItems(r, u"recommended", &k.recommended, true);
        readReferralItems(r, u"harmful", &k.harmful, false);
        for (json::Value item : r.array(u"order", false)) {
            ObjectReader orr(m_reporter, item, u"an order constraint"_s, &m_s.languages);
            OrderConstraint oc;
            oc.offset = item.offset();
            oc.first = orr.identifier(u"first", true);
            oc.then = orr.identifier(u"then", true);
            oc.feedback = orr.text(u"feedback", true);
            if (!oc.first.isEmpty() && oc.first == oc.then)
                m_reporter.error(orr.offsetOf(u"then"),
                                 u"an order constraint needs two different institutions"_s);
            m_institutionRefs.append({oc.first, orr.offsetOf(u"first")});
            m_institutionRefs.append({oc.then, orr.offsetOf(u"then")});
            k.order.append(oc);
        }
        if (const json::Value points = r.value(u"points", false); points.isValid()) {
            ObjectReader pr(m_reporter, points, u"the points of 'referral'"_s);
            k.requiredPoints = pr.integer(u"required", false, k.requiredPoints, 0, 100);
            k.recommendedPoints = pr.integer(u"recommended", false, k.recommendedPoints, 0, 100);
            k.harmfulPenalty = pr.integer(u"harmful", false, k.harmfulPenalty, 0, 100);
            k.urgencyPoints = pr.integer(u"urgency", false, k.urgencyPoints, 0, 100);
            k.orderPoints = pr.integer(u"order", false, k.orderPoints, 0, 100);
        }
        if (k.required.isEmpty() && k.recommended.isEmpty())
            m_reporter.error(value.offset(),
                             u"'referral' lists no required or recommended institution; add at least "
                             u"one (for a negative control, the right address is usually still one)"_s);
        m_s.referral = k;
    }

    void readQuestion(json::Value value)
    {
        Question q;
        q.offset = value.offset();
        ObjectReader r(m_reporter, value, u"a question"_s, &m_s.languages);
        q.id = identify(r, u"question");
        const QString what = r.what();
        const QString kind = r.oneOf(
            u"kind", true, {u"judgement"_s, u"dimensions"_s, u"single"_s, u"multiple"_s}, u"single"_s);
        q.kind = kind == u"judgement"    ? Question::Kind::Judgement
                 : kind == u"dimensions" ? Question::Kind::Dimensions
                 : kind == u"multiple"   ? Question::Kind::Multiple
                                         : Question::Kind::Single;
        q.prompt = r.text(u"prompt", true);
        q.points = r.integer(u"points", false, 2, 0, 100);
        q.feedback = r.text(u"feedback", true);
        QSet<QString> optionIds;
        for (json::Value item : r.array(u"options", true)) {
            ObjectReader orr(m_reporter, item, u"an option of %1"_s.arg(what), &m_s.languages);
            AnswerOption o;
            o.offset = item.offset();
            o.id = orr.identifier(u"id", true);
            if (optionIds.contains(o.id))
                m_reporter.error(orr.offsetOf(u"id"), u"option '%1' appears twice in %2"_s.arg(o.id, what));
            optionIds.insert(o.id);
            o.text = orr.text(u"text", true);
            q.options.append(o);
        }
        checkQuestionOptions(q, r.offsetOf(u"options"));
        const json::Value correct = r.value(u"correct", true);
        if (correct.isString() && correct.toString() == u"derive-ilo") {
            if (q.kind != Question::Kind::Judgement && q.kind != Question::Kind::Dimensions)
                m_reporter.error(correct.offset(), u"\"derive-ilo\" works only for judgement and dimensions "
                                                   u"questions; list the correct option ids"_s);
            q.deriveFromIndicators = true;
        } else if (correct.isValid()) {
            q.correct = r.identifierList(u"correct", false);
            json::Value item = correct.first();
            for (const QString &id : std::as_const(q.correct)) {
                if (!optionIds.contains(id))
                    m_reporter.error(item.offset(),
                                     u"'%1' in 'correct' of %2 is not one of its options"_s.arg(id, what));
                item = item.next();
            }
            if (correct.isArray() && q.correct.isEmpty() && q.kind != Question::Kind::Multiple &&
                q.kind != Question::Kind::Dimensions)
                m_reporter.error(correct.offset(), u"%1 has no correct option; name one"_s.arg(what));
            if (q.correct.size() > 1 &&
                (q.kind == Question::Kind::Single || q.kind == Question::Kind::Judgement))
                m_reporter.error(correct.offset(),
                                 u"%1 allows one answer but 'correct' names %2; name one or make it "
                                 u"\"multiple\""_s.arg(what)
                                     .arg(q.correct.size()));
        }
        m_s.questions.append(q);
    }

    void checkQuestionOptions(const Question &q, qsizetype offset)
    {
        QStringList required;
        if (q.kind == Question::Kind::Judgement)
            required = judgementOptionIds();
        else if (q.kind == Question::Kind::Dimensions)
            required = dimensionIds();
        QStringList have;
        for (const AnswerOption &o : q.options)
            have.append(o.id);
        for (const QString &id : std::as_const(required))
            if (!have.contains(id))
                m_reporter.error(
                    offset,
                    u"question '%1' of kind %2 must offer the option '%3'"_s.arg(
                        q.id, q.kind == Question::Kind::Judgement ? u"judgement"_s : u"dimensions"_s, id));
        if (q.options.size() < 2)
            m_reporter.error(offset, u"question '%1' needs at least two options"_s.arg(q.id));
    }

    void readEnding(json::Value value)
    {
        Ending e;
        e.offset = value.offset();
        ObjectReader r(m_reporter, value, u"an ending"_s, &m_s.languages);
        e.id = identify(r, u"ending");
        e.outcome =
            r.oneOf(u"outcome", true,
                    {u"referred"_s, u"safe"_s, u"partial"_s, u"harmed"_s, u"lost-contact"_s, u"no-case"_s},
                    u"partial"_s);
        e.title = r.text(u"title", true);
        e.debrief = r.text(u"debrief", true);
        if (!e.id.isEmpty())
            m_s.endingIndex.insert(e.id, int(m_s.endings.size()));
        m_s.endings.append(e);
    }

    Reporter &m_reporter;
    Scenario &m_s;
    std::unordered_map<QString, qsizetype> m_ids;

public:
    using Refs = QList<std::pair<QString, qsizetype>>;
    Refs m_indicatorRefs, m_institutionRefs, m_principleRefs, m_speakerRefs, m_mediaRefs, m_roleRefs;
    qsizetype m_startOffset = 0;
    qsizetype m_formOffset = 0;
    qsizetype m_languagesOffset = 0;
};

} // namespace

ScenarioLoader::ScenarioLoader(std::shared_ptr<const Catalog> catalog)
    : m_catalog(std::move(catalog))
{}

LoadResult ScenarioLoader::loadFile(const QString &path) const
{
    LoadResult result;
    QByteArray bytes;
    if (!readFileBytes(path, &bytes, &result.diagnostics))
        return result;
    return loadBytes(path, bytes);
}

LoadResult ScenarioLoader::loadBytes(const QString &path, const QByteArray &bytes) const
{
    LoadResult result;
    JsonFile file = parseJsonBytes(path, bytes, &result.diagnostics);
    if (!file.ok)
        return result;
    auto scenario = std::make_shared<Scenario>();
    scenario->file = path;
    scenario->sourceMap = file.sourceMap;
    scenario->sourceBytes = bytes;
    scenario->catalog = m_catalog;
    Reporter reporter(path, &scenario->sourceMap, &result.diagnostics);
    ScenarioReader reader(reporter, *scenario);
    reader.read(file.document.root());
    // Graph checks need a sound structure; on a broken one they would only add noise.
    if (reporter.errorCount() == 0) {
        ValidationInput input{reader.m_indicatorRefs, reader.m_institutionRefs, reader.m_principleRefs,
                              reader.m_speakerRefs,   reader.m_mediaRefs,       reader.m_roleRefs,
                              reader.m_startOffset,   reader.m_formOffset,      reader.m_languagesOffset,
                              m_checkMediaFiles};
        validateScenario(*scenario, input, reporter);
    }
    if (!hasErrors(result.diagnostics)) {
        deriveIloKeys(*scenario);
        scenario->buildIndexes();
        result.scenario = scenario;
    }
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    return result;
}

LoadResult loadScenarioWithCatalog(const QString &scenarioFile, const QString &catalogDirectory)
{
    LoadResult result;
    const QString directory = catalogDirectory.isEmpty() ? findCatalogFor(scenarioFile) : catalogDirectory;
    auto catalog = std::make_shared<Catalog>(loadCatalog(directory, &result.diagnostics));
    if (hasErrors(result.diagnostics))
        return result;
    LoadResult loaded = ScenarioLoader(catalog).loadFile(scenarioFile);
    result.diagnostics.append(loaded.diagnostics);
    result.scenario = loaded.scenario;
    return result;
}

} // namespace saskati
