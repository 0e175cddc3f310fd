// The top level of a scenario file: its format version and languages first, then what the scenario is about
// (title, audience, objectives, ...), then its parts in the order they are written. Also the scoring rules,
// variables, cast and endings, which are flat lists; and the scenario's one id space.
#include "scenarioreader_p.h"

#include <bit>

using namespace Qt::StringLiterals;

namespace saskati {

IdSpace::IdSpace(qsizetype expected)
    : m_slots(std::bit_ceil(size_t(2 * expected + 16)))
    , m_seed(QHashSeed::globalSeed()) // a file cannot be written to make its ids collide
{
    m_ids.reserve(size_t(expected));
}

qsizetype IdSpace::claim(const QString &id, qsizetype offset)
{
    const auto hash = quint32(qHash(id, m_seed));
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask; m_slots[i].id != 0; i = (i + 1) & mask) {
        if (m_slots[i].hash != hash)
            continue; // the id itself is looked at only when the hashes agree
        const auto &[claimed, firstOffset] = m_ids[m_slots[i].id - 1];
        if (claimed == id)
            return firstOffset;
    }
    m_ids.emplace_back(id, offset);
    place({hash, quint32(m_ids.size())});
    if (2 * m_ids.size() > m_slots.size())
        grow();
    return -1;
}

void IdSpace::place(Slot slot)
{
    const size_t mask = m_slots.size() - 1;
    size_t i = slot.hash & mask;
    while (m_slots[i].id != 0)
        i = (i + 1) & mask;
    m_slots[i] = slot;
}

void IdSpace::grow()
{
    std::vector<Slot> old(2 * m_slots.size());
    old.swap(m_slots);
    for (const Slot &slot : old)
        if (slot.id != 0)
            place(slot);
}

ReadContext::ReadContext(Reporter &reporter, Scenario &scenario)
    : reporter(reporter)
    , scenario(scenario)
    , m_ids(scenario.sourceBytes.size() / 150) // about one id per 150 bytes in real scenarios
{}

QString ReadContext::identify(ObjectReader &r, QStringView kind)
{
    const QString id = r.identifier(u"id", true);
    r.setName(kind, id);
    registerId(id, r.offsetOf(u"id"), [&] { return r.what(); });
    return id;
}

void ReadContext::registerId(const QString &id, qsizetype offset, const std::function<QString()> &what)
{
    if (id.isEmpty())
        return;
    // Store only the offset: the first user's description is rebuilt from the source on a clash, which is
    // rare, instead of keeping a string for every id.
    const qsizetype claimed = m_ids.claim(id, offset);
    if (claimed < 0)
        return;
    const SourcePosition first = scenario.sourceMap.position(claimed);
    reporter.error(offset,
                   u"the id '%1' of %2 is already used at line %3, column %4; ids must be unique within "
                   u"a scenario, so rename one"_s.arg(id, what())
                       .arg(first.line)
                       .arg(first.column));
}

namespace {

void readAudience(ReadContext &context, ObjectReader &r)
{
    Scenario &s = context.scenario;
    s.audience = r.identifierList(u"audience", true);
    if (r.value(u"audience", false).isArray() && r.value(u"audience", false).size() == 0)
        context.reporter.error(r.offsetOf(u"audience"),
                               u"'audience' is empty; name at least one role from the catalogue's "
                               u"roles.json"_s);
    json::Value item = r.value(u"audience", false).first();
    for (const QString &role : std::as_const(s.audience)) {
        context.references.roles.append({role, item.offset()});
        item = item.next();
    }
}

// What the scenario is about, for the library and the start screen.
void readDescription(ReadContext &context, ObjectReader &r)
{
    Scenario &s = context.scenario;
    // Languages first: every text below is checked against them.
    s.languages = r.identifierList(u"languages", true);
    context.references.languagesOffset = r.offsetOf(u"languages");
    if (r.value(u"languages", false).isArray() && s.languages.isEmpty())
        context.reporter.error(r.offsetOf(u"languages"),
                               u"'languages' is empty; list at least one, e.g. [\"lv\", \"en\"]"_s);
    s.id = r.identifier(u"id", true);
    s.version = r.integer(u"version", true, 0, 1, 1000000);
    s.title = r.text(u"title", true);
    s.summary = r.text(u"summary", true);
    s.form = r.identifier(u"form", true);
    context.references.formOffset = r.offsetOf(u"form");
    s.subject = r.oneOf(u"subject", false, {u"adult"_s, u"child"_s}, u"adult"_s);
    if (r.value(u"perspective", false).isValid()) {
        const QString perspective =
            r.oneOf(u"perspective", false, {u"professional"_s, u"approached"_s}, u"professional"_s);
        s.perspective = perspective == u"approached" ? Scenario::Perspective::Approached
                                                     : Scenario::Perspective::Professional;
        requireFormatVersion(context, 3, r.offsetOf(u"perspective"), u"'perspective'"_s);
    }
    readAudience(context, r);
    s.estimatedMinutes = r.integer(u"estimatedMinutes", true, 0, 1, 600);
    for (json::Value item : r.array(u"objectives", true)) {
        ObjectReader o(context.reporter, item, u"a learning objective"_s, context.languages());
        const QString id = o.identifier(u"id", true);
        context.registerId(id, o.offsetOf(u"id"), [] { return u"a learning objective"_s; });
        s.objectives.append({id, o.text(u"text", true)});
    }
    s.contentWarning = r.text(u"contentWarning", true);
    s.author = r.string(u"author", true);
    s.licence = r.string(u"licence", true);
}

void readScoring(ReadContext &context, json::Value value)
{
    if (!value.isValid())
        return;
    ObjectReader r(context.reporter, value, u"'scoring'"_s);
    ScoringRules &s = context.scenario.scoring;
    s.strongPoints = r.integer(u"strongPoints", false, s.strongPoints, 0, 100);
    s.mediumPoints = r.integer(u"mediumPoints", false, s.mediumPoints, 0, 100);
    s.weakPoints = r.integer(u"weakPoints", false, s.weakPoints, 0, 100);
    s.distractorPenalty = r.integer(u"distractorPenalty", false, s.distractorPenalty, 0, 100);
    s.plainPenalty = r.integer(u"plainPenalty", false, s.plainPenalty, 0, 100);
    s.criticalErrorCap = r.integer(u"criticalErrorCap", false, s.criticalErrorCap, 0, 100);
}

void readVariable(ReadContext &context, json::Value value)
{
    Reporter &reporter = context.reporter;
    ObjectReader r(reporter, value, u"a variable"_s);
    Variable v;
    v.offset = value.offset();
    v.id = r.identifier(u"id", true);
    v.minimum = r.integer(u"min", false, -100, -1000000, 1000000);
    v.maximum = r.integer(u"max", false, 100, -1000000, 1000000);
    v.initial = r.integer(u"initial", false, 0, -1000000, 1000000);
    if (v.minimum > v.maximum)
        reporter.error(r.offsetOf(u"min"), u"variable '%1' has min greater than max; swap them"_s.arg(v.id));
    else if (v.initial < v.minimum || v.initial > v.maximum)
        reporter.error(r.offsetOf(u"initial"),
                       u"the initial value of variable '%1' lies outside min..max (%2..%3)"_s.arg(v.id)
                           .arg(v.minimum)
                           .arg(v.maximum));
    if (context.scenario.variable(v.id))
        reporter.error(r.offsetOf(u"id"), u"variable '%1' is declared twice; remove one"_s.arg(v.id));
    else if (!v.id.isEmpty())
        context.scenario.variables.append(v);
}

void readCastMember(ReadContext &context, json::Value value)
{
    ObjectReader r(context.reporter, value, u"a cast member"_s, context.languages());
    CastMember c;
    context.identify(r, u"cast member", &c);
    c.name = r.text(u"name", true);
    c.role = r.oneOf(u"role", true,
                     {u"person"_s, u"companion"_s, u"interpreter"_s, u"employer"_s, u"official"_s,
                      u"relative"_s, u"trainee"_s, u"other"_s},
                     u"other"_s);
    c.portrait = r.string(u"portrait", false);
    c.portraitAlt = r.text(u"portraitAlt", r.value(u"portrait", false).isValid());
    if (!c.portraitAlt.isEmpty() && c.portrait.isEmpty())
        context.reporter.warning(
            r.offsetOf(u"portraitAlt"),
            u"'portraitAlt' of %1 describes no portrait; add 'portrait' or remove it"_s.arg(r.what()));
    if (r.value(u"portrait", false).isValid())
        context.references.media.append({c.portrait, r.offsetOf(u"portrait")});
    context.scenario.cast.append(c);
}

void readEnding(ReadContext &context, json::Value value)
{
    Ending e;
    ObjectReader r(context.reporter, value, u"an ending"_s, context.languages());
    context.identify(r, u"ending", &e);
    e.outcome = r.oneOf(
        u"outcome", true,
        {u"referred"_s, u"safe"_s, u"partial"_s, u"harmed"_s, u"lost-contact"_s, u"no-case"_s}, u"partial"_s);
    e.title = r.text(u"title", true);
    e.debrief = r.text(u"debrief", true);
    if (!e.id.isEmpty())
        context.scenario.endingIndex.insert(e.id, int(context.scenario.endings.size()));
    context.scenario.endings.append(e);
}

void readPlantedDetail(ReadContext &context, json::Value value)
{
    PlantedDetail d;
    ObjectReader r(context.reporter, value, u"a planted detail"_s, context.languages());
    context.identify(r, u"planted detail", &d);
    if (context.scenario.formatVersion < 2)
        context.reporter.error(
            value.offset(),
            u"planted details came with scenario format version 2; write \"formatVersion\": 2 "
            u"at the top of the file"_s);
    d.detail = r.text(u"detail", true);
    d.truth = r.text(u"truth", true);
    context.scenario.plantedDetails.append(d);
}

// What is played: the rules and state, who speaks, the scenes from the start, the keys, the endings.
void readStory(ReadContext &context, ObjectReader &r)
{
    Reporter &reporter = context.reporter;
    readScoring(context, r.value(u"scoring", false));
    for (json::Value item : r.array(u"variables", false))
        readVariable(context, item);
    for (json::Value item : r.array(u"cast", true))
        readCastMember(context, item);
    for (json::Value item : r.array(u"plantedDetails", false))
        readPlantedDetail(context, item);
    context.scenario.start = r.identifier(u"start", true);
    context.references.startOffset = r.offsetOf(u"start");
    const json::Value scenes = r.array(u"scenes", true);
    if (scenes.isArray() && scenes.size() == 0)
        reporter.error(scenes.offset(), u"'scenes' is empty; a scenario needs at least one scene"_s);
    // Reserved: growing a list of scenes moves every scene each time it grows.
    context.scenario.scenes.reserve(scenes.size());
    context.scenario.sceneIndex.reserve(scenes.size());
    // The scenes read so far give their parsed nodes back every 1,024 scenes: in a very large scenario most
    // of the tree is its scenes, which then do not stay whole beside the scenes read from them.
    qsizetype read = 0;
    for (json::Value item : scenes) {
        if (++read % 1024 == 0 && context.document)
            context.document->release(scenes.first(), item);
        readScene(context, item);
    }
    if (const json::Value referral = r.value(u"referral", false); referral.isValid())
        readReferral(context, referral);
    for (json::Value item : r.array(u"questions", false))
        readQuestion(context, item);
    const json::Value endings = r.array(u"endings", true);
    if (endings.isArray() && endings.size() == 0)
        reporter.error(endings.offset(), u"'endings' is empty; a scenario needs at least one ending"_s);
    for (json::Value item : endings)
        readEnding(context, item);
}

} // namespace

void readScenario(ReadContext &context, json::Value root)
{
    ObjectReader r(context.reporter, root, u"the scenario"_s, context.languages());
    if (!r.isObject())
        return;
    // First, and alone: a file in another format (or no format) would only collect noise below.
    if (const std::optional<int> version = readFormatVersion(r, u"formatVersion", oldestScenarioFormatVersion,
                                                             scenarioFormatVersion, u"scenario"_s))
        context.scenario.formatVersion = *version;
    else if (r.value(u"formatVersion", false).isValid())
        return;
    readDescription(context, r);
    readStory(context, r);
}

void requireFormatVersion(ReadContext &context, int version, qsizetype offset, const QString &what)
{
    if (context.scenario.formatVersion < version)
        context.reporter.error(offset,
                               u"%1 came with scenario format version %2; write \"formatVersion\": %2 at "
                               u"the top of the file"_s.arg(what)
                                   .arg(version));
}

QStringList readRestsOn(ReadContext &context, ObjectReader &r, qsizetype *offset)
{
    const QStringList ids = r.identifierList(u"restsOn", false);
    *offset = r.offsetOf(u"restsOn");
    if (!ids.isEmpty() && context.scenario.formatVersion < 2)
        context.reporter.error(*offset,
                               u"'restsOn' (a planted detail) came with scenario format version 2; write "
                               u"\"formatVersion\": 2 at the top of the file"_s);
    for (const QString &id : ids)
        context.references.plantedDetails.append({id, *offset});
    return ids;
}

} // namespace saskati
