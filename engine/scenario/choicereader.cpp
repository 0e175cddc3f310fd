// A choice: where it leads (a scene or an ending), the conduct principles it follows or breaks, its points, a
// critical error, and the conditions and effects on variables that make branches depend on earlier choices.
#include "scenarioreader_p.h"

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// Exactly one of 'next' and 'ending' (a move: at most one), and never back to its own scene. True if the
// choice has a 'next'.
bool readTarget(ReadContext &context, ObjectReader &r, json::Value value, Choice *c, const QString &sceneId,
                bool isMove)
{
    c->nextScene = r.identifier(u"next", false);
    c->ending = r.identifier(u"ending", false);
    const bool hasNext = r.value(u"next", false).isValid();
    const bool hasEnding = r.value(u"ending", false).isValid();
    c->targetOffset = r.offsetOf(hasNext ? u"next" : u"ending");
    if (hasNext == hasEnding && !(isMove && !hasNext))
        context.reporter.error(value.offset(),
                               hasNext ? u"%1 has both 'next' and 'ending'; keep one"_s.arg(r.what())
                                       : u"%1 leads nowhere: add 'next' (a scene id) or 'ending' (an "
                                         u"ending id)"_s.arg(r.what()));
    if (!c->nextScene.isEmpty() && c->nextScene == sceneId)
        context.reporter.error(r.offsetOf(u"next"),
                               u"%1 leads back to its own scene; lead it to another scene"_s.arg(r.what()));
    return hasNext;
}

void readPrinciples(ReadContext &context, ObjectReader &r, Choice *c)
{
    c->principles = r.identifierList(u"principles", false);
    const json::Value list = r.value(u"principles", false);
    json::Value item = list.first();
    for (const QString &p : std::as_const(c->principles)) {
        context.references.principles.append({p, item.isValid() ? item.offset() : list.offset()});
        item = item.next();
    }
}

CriticalError readCriticalError(ReadContext &context, json::Value critical, const QString &what, bool hasNext)
{
    ObjectReader cr(context.reporter, critical, u"the critical error of %1"_s.arg(what), context.languages());
    CriticalError e;
    e.principle = cr.identifier(u"principle", true);
    context.references.principles.append({e.principle, cr.offsetOf(u"principle")});
    e.endsBranch = cr.oneOf(u"effect", true, {u"end"_s, u"cap"_s}, u"cap"_s) == u"end";
    e.explanation = cr.text(u"explanation", true);
    if (e.endsBranch && hasNext)
        context.reporter.error(cr.offsetOf(u"effect"),
                               u"the critical error of %1 ends the branch, but the choice "
                               u"leads to a scene; give it an 'ending' or use effect \"cap\""_s.arg(what));
    return e;
}

// A condition and an effect are both about one variable, named in "var".
template <typename ConditionOrEffect> void readVariableName(ObjectReader &r, ConditionOrEffect *target)
{
    target->variable = r.identifier(u"var", true);
    target->variableOffset = r.offsetOf(u"var");
}

Effect readEffect(ReadContext &context, json::Value item, const QString &what)
{
    ObjectReader er(context.reporter, item, u"an effect of %1"_s.arg(what));
    Effect e;
    e.offset = item.offset();
    readVariableName(er, &e);
    const json::Value add = er.value(u"add", false);
    const json::Value set = er.value(u"set", false);
    if (add.isValid() == set.isValid())
        context.reporter.error(item.offset(),
                               u"an effect of %1 needs exactly one of 'add' or 'set'"_s.arg(what));
    e.set = set.isValid();
    e.value = er.integer(e.set ? u"set" : u"add", false, 0, -1000000, 1000000);
    return e;
}

} // namespace

Condition readCondition(ReadContext &context, json::Value item, const QString &what)
{
    ObjectReader cr(context.reporter, item, u"a condition of %1"_s.arg(what));
    Condition cond;
    cond.offset = item.offset();
    readVariableName(cr, &cond);
    static const QStringList ops = {u"<"_s, u"<="_s, u"=="_s, u"!="_s, u">="_s, u">"_s};
    const QString op = cr.oneOf(u"op", true, ops, u"=="_s);
    cond.op = Condition::Op(ops.indexOf(op) < 0 ? 2 : ops.indexOf(op));
    cond.value = cr.integer(u"value", true, 0, -1000000, 1000000);
    return cond;
}

Choice readChoice(ReadContext &context, json::Value value, const QString &sceneId, bool isMove)
{
    Choice c;
    ObjectReader r(context.reporter, value, isMove ? u"a move"_s : u"a choice"_s, context.languages());
    context.identify(r, isMove ? u"move" : u"choice", &c);
    c.text = r.text(u"text", true);
    const bool hasNext = readTarget(context, r, value, &c, sceneId, isMove);
    readPrinciples(context, r, &c);
    c.points = r.integer(u"points", false, 0, -100, 100);
    c.feedback = r.text(u"feedback", true);
    if (const json::Value critical = r.value(u"criticalError", false); critical.isValid())
        c.criticalError = readCriticalError(context, critical, r.what(), hasNext);
    for (json::Value item : r.array(u"conditions", false))
        c.conditions.append(readCondition(context, item, r.what()));
    for (json::Value item : r.array(u"effects", false))
        c.effects.append(readEffect(context, item, r.what()));
    c.pinned = r.boolean(u"pinned", false, false);
    c.severityReason = r.text(u"severityReason", false);
    c.severityReasonOffset = r.offsetOf(u"severityReason");
    c.restsOn = readRestsOn(context, r, &c.restsOnOffset);
    if (isMove) {
        c.questionType = r.identifier(u"questionType", true);
        c.questionTypeOffset = r.offsetOf(u"questionType");
        context.references.questionTypes.append({c.questionType, c.questionTypeOffset});
        for (json::Value item : r.array(u"reply", false))
            c.reply.append(readReplyLine(context, item));
    }
    return c;
}

} // namespace saskati
