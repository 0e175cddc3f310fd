// An assessment question: its kind, options and key. Judgement and dimensions questions must offer the
// options the ILO/EC rule speaks of, and their key may be derived from the scenario's cues ("derive-ilo").
#include "ilorule.h"
#include "scenarioreader_p.h"

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// Reads the options into `q` and returns their ids; an id given twice is an error.
QSet<QString> readOptions(ReadContext &context, ObjectReader &r, Question *q)
{
    const QString &what = r.what();
    QSet<QString> optionIds;
    for (json::Value item : r.array(u"options", true)) {
        ObjectReader orr(context.reporter, item, u"an option of %1"_s.arg(what), context.languages());
        AnswerOption o;
        o.offset = item.offset();
        o.id = orr.identifier(u"id", true);
        if (optionIds.contains(o.id))
            context.reporter.error(orr.offsetOf(u"id"), u"option '%1' appears twice in %2"_s.arg(o.id, what));
        optionIds.insert(o.id);
        o.text = orr.text(u"text", true);
        o.restsOn = readRestsOn(context, orr, &o.restsOnOffset);
        q->options.append(o);
    }
    return optionIds;
}

void checkQuestionOptions(ReadContext &context, const Question &q, qsizetype offset)
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
            context.reporter.error(
                offset,
                u"question '%1' of kind %2 must offer the option '%3'"_s.arg(
                    q.id, q.kind == Question::Kind::Judgement ? u"judgement"_s : u"dimensions"_s, id));
    if (q.options.size() < 2)
        context.reporter.error(offset, u"question '%1' needs at least two options"_s.arg(q.id));
}

// 'correct': "derive-ilo", or the ids of the right options, as many as the kind allows.
void readCorrect(ReadContext &context, ObjectReader &r, Question *q, const QSet<QString> &optionIds)
{
    Reporter &reporter = context.reporter;
    const QString &what = r.what();
    const json::Value correct = r.value(u"correct", true);
    if (correct.isString() && correct.toString() == u"derive-ilo") {
        if (q->kind != Question::Kind::Judgement && q->kind != Question::Kind::Dimensions)
            reporter.error(correct.offset(), u"\"derive-ilo\" works only for judgement and dimensions "
                                             u"questions; list the correct option ids"_s);
        q->deriveFromIndicators = true;
        return;
    }
    if (!correct.isValid())
        return;
    q->correct = r.identifierList(u"correct", false);
    json::Value item = correct.first();
    for (const QString &id : std::as_const(q->correct)) {
        if (!optionIds.contains(id))
            reporter.error(item.offset(),
                           u"'%1' in 'correct' of %2 is not one of its options"_s.arg(id, what));
        item = item.next();
    }
    if (correct.isArray() && q->correct.isEmpty() && q->kind != Question::Kind::Multiple &&
        q->kind != Question::Kind::Dimensions)
        reporter.error(correct.offset(), u"%1 has no correct option; name one"_s.arg(what));
    if (q->correct.size() > 1 && (q->kind == Question::Kind::Single || q->kind == Question::Kind::Judgement))
        reporter.error(correct.offset(), u"%1 allows one answer but 'correct' names %2; name one or make it "
                                         u"\"multiple\""_s.arg(what)
                                             .arg(q->correct.size()));
}

} // namespace

void readQuestion(ReadContext &context, json::Value value)
{
    Question q;
    ObjectReader r(context.reporter, value, u"a question"_s, context.languages());
    context.identify(r, u"question", &q);
    const QString kind =
        r.oneOf(u"kind", true, {u"judgement"_s, u"dimensions"_s, u"single"_s, u"multiple"_s}, u"single"_s);
    q.kind = kind == u"judgement"    ? Question::Kind::Judgement
             : kind == u"dimensions" ? Question::Kind::Dimensions
             : kind == u"multiple"   ? Question::Kind::Multiple
                                     : Question::Kind::Single;
    q.prompt = r.text(u"prompt", true);
    q.points = r.integer(u"points", false, 2, 0, 100);
    q.feedback = r.text(u"feedback", true);
    const QSet<QString> optionIds = readOptions(context, r, &q);
    checkQuestionOptions(context, q, r.offsetOf(u"options"));
    readCorrect(context, r, &q, optionIds);
    context.scenario.questions.append(q);
}

} // namespace saskati
