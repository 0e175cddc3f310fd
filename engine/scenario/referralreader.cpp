// The referral key: the institutions a good plan names (required, recommended) or must not name (harmful),
// how urgently, which must come first, and the points for each part.
#include "scenarioreader_p.h"

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// Either one institution or "anyOf" alternatives (e.g. either service provider), not both.
void readInstitutions(ReadContext &context, ObjectReader &ir, json::Value item, QStringView name,
                      ReferralItem *ri)
{
    const bool single = ir.value(u"institution", false).isValid();
    const bool alternatives = ir.value(u"anyOf", false).isValid();
    if (single == alternatives)
        context.reporter.error(item.offset(),
                               u"an entry of '%1' needs exactly one of 'institution' or 'anyOf'"_s.arg(name));
    if (single) {
        ri->institutions = {ir.identifier(u"institution", true)};
        context.references.institutions.append({ri->institutions.first(), ir.offsetOf(u"institution")});
    } else if (alternatives) {
        ri->institutions = ir.identifierList(u"anyOf", true);
        json::Value listed = ir.value(u"anyOf", false).first();
        for (const QString &id : std::as_const(ri->institutions)) {
            context.references.institutions.append({id, listed.offset()});
            listed = listed.next();
        }
        if (ri->institutions.size() < 2)
            context.reporter.error(ir.offsetOf(u"anyOf"),
                                   u"'anyOf' needs at least two institutions; for one, "
                                   u"write \"institution\""_s);
    }
}

void readReferralItems(ReadContext &context, ObjectReader &r, QStringView name, QList<ReferralItem> *items,
                       bool withUrgency)
{
    for (json::Value item : r.array(name, false)) {
        ObjectReader ir(context.reporter, item, u"an entry of '%1'"_s.arg(name), context.languages());
        ReferralItem ri;
        ri.offset = item.offset();
        readInstitutions(context, ir, item, name, &ri);
        if (withUrgency) {
            // oneOf() reports an id outside the list and gives the default: the id is always known.
            urgencyFromId(ir.oneOf(u"urgency", false, urgencyIds(), urgencyId(Urgency::WhenReady)),
                          &ri.urgency);
        }
        ri.feedback = ir.text(u"feedback", true);
        ri.restsOn = readRestsOn(context, ir, &ri.restsOnOffset);
        items->append(ri);
    }
}

OrderConstraint readOrderConstraint(ReadContext &context, json::Value item)
{
    ObjectReader orr(context.reporter, item, u"an order constraint"_s, context.languages());
    OrderConstraint oc;
    oc.offset = item.offset();
    oc.first = orr.identifier(u"first", true);
    oc.then = orr.identifier(u"then", true);
    oc.feedback = orr.text(u"feedback", true);
    if (!oc.first.isEmpty() && oc.first == oc.then)
        context.reporter.error(orr.offsetOf(u"then"),
                               u"an order constraint needs two different institutions"_s);
    context.references.institutions.append({oc.first, orr.offsetOf(u"first")});
    context.references.institutions.append({oc.then, orr.offsetOf(u"then")});
    return oc;
}

void readPoints(ReadContext &context, json::Value points, ReferralKey *k)
{
    ObjectReader pr(context.reporter, points, u"the points of 'referral'"_s);
    k->requiredPoints = pr.integer(u"required", false, k->requiredPoints, 0, 100);
    k->recommendedPoints = pr.integer(u"recommended", false, k->recommendedPoints, 0, 100);
    k->harmfulPenalty = pr.integer(u"harmful", false, k->harmfulPenalty, 0, 100);
    k->urgencyPoints = pr.integer(u"urgency", false, k->urgencyPoints, 0, 100);
    k->orderPoints = pr.integer(u"order", false, k->orderPoints, 0, 100);
}

} // namespace

void readReferral(ReadContext &context, json::Value value)
{
    ReferralKey k;
    k.offset = value.offset();
    ObjectReader r(context.reporter, value, u"'referral'"_s, context.languages());
    k.prompt = r.text(u"prompt", true);
    readReferralItems(context, r, u"required", &k.required, true);
    readReferralItems(context, r, u"recommended", &k.recommended, true);
    readReferralItems(context, r, u"harmful", &k.harmful, false);
    for (json::Value item : r.array(u"order", false))
        k.order.append(readOrderConstraint(context, item));
    if (const json::Value points = r.value(u"points", false); points.isValid())
        readPoints(context, points, &k);
    if (k.required.isEmpty() && k.recommended.isEmpty())
        context.reporter.error(value.offset(),
                               u"'referral' lists no required or recommended institution; add at least "
                               u"one (for a negative control, the right address is usually still one)"_s);
    context.scenario.referral = k;
}

} // namespace saskati
