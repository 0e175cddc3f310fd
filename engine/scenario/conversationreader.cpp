// A conversation scene (format 2): the person interviewed, the moves the trainee takes in any order (each
// once), the person's reply to each move with the conditions a line is said under, where the conversation
// goes when its turns run out, and how the person appears in each state. Moves are read as choices
// (choicereader.cpp).
#include "scenarioreader_p.h"

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// The limit: how many turns, and the way on when they are used up or no move is left, read as the scene's
// last choice (an id, the text shown, where it leads).
ConversationLimit readLimit(ReadContext &context, json::Value value, Scene *scene)
{
    ConversationLimit limit;
    limit.offset = value.offset();
    ObjectReader r(context.reporter, value, u"the limit of scene '%1'"_s.arg(scene->id), context.languages());
    limit.turns = r.integer(u"turns", false, 0, 0, 64);
    Choice way;
    way.isLimit = true;
    context.identify(r, u"limit", &way);
    way.text = r.text(u"text", true);
    way.nextScene = r.identifier(u"next", false);
    way.ending = r.identifier(u"ending", false);
    const bool hasNext = r.value(u"next", false).isValid();
    const bool hasEnding = r.value(u"ending", false).isValid();
    way.targetOffset = r.offsetOf(hasNext ? u"next" : u"ending");
    if (hasNext == hasEnding)
        context.reporter.error(
            value.offset(), hasNext ? u"%1 has both 'next' and 'ending'; keep one"_s.arg(r.what())
                                    : u"%1 leads nowhere: add 'next' (a scene id) or 'ending' (an ending id) "
                                      u"for when the turns run out or no move is left"_s.arg(r.what()));
    if (!way.nextScene.isEmpty() && way.nextScene == scene->id)
        context.reporter.error(r.offsetOf(u"next"),
                               u"%1 leads back to its own scene; lead it to another scene"_s.arg(r.what()));
    scene->choices.append(way);
    return limit;
}

PersonState readState(ReadContext &context, json::Value value)
{
    PersonState state;
    ObjectReader r(context.reporter, value, u"a person's state"_s, context.languages());
    context.identify(r, u"state", &state);
    for (json::Value item : r.array(u"when", false))
        state.when.append(readCondition(context, item, r.what()));
    state.direction = r.text(u"direction", true);
    state.portrait = r.string(u"portrait", false);
    if (!state.portrait.isEmpty()) {
        context.references.media.append({state.portrait, r.offsetOf(u"portrait")});
        state.portraitAlt = r.text(u"portraitAlt", true);
    }
    return state;
}

} // namespace

ReplyLine readReplyLine(ReadContext &context, json::Value value)
{
    ReplyLine line;
    ObjectReader r(context.reporter, value, u"a reply line"_s, context.languages());
    readLineFields(context, r, &line);
    for (json::Value item : r.array(u"when", false))
        line.when.append(readCondition(context, item, r.what()));
    line.asked = r.identifierList(u"asked", false);
    line.notAsked = r.identifierList(u"notAsked", false);
    line.unreliable = r.boolean(u"unreliable", false, false);
    line.plants = r.identifier(u"plants", false);
    line.plantsOffset = r.offsetOf(u"plants");
    if (!line.plants.isEmpty())
        context.references.plantedDetails.append({line.plants, line.plantsOffset});
    return line;
}

void readConversation(ReadContext &context, ObjectReader &r, Scene *scene)
{
    const QString what = r.what();
    if (context.scenario.formatVersion < 2)
        context.reporter.error(r.offsetOf(u"kind"),
                               u"%1 is a conversation, which scenario format version 2 added; write "
                               u"\"formatVersion\": 2 at the top of the file"_s.arg(what));
    scene->person = r.identifier(u"person", true);
    if (!scene->person.isEmpty())
        context.references.speakers.append({scene->person, r.offsetOf(u"person")});
    if (const json::Value choices = r.value(u"choices", false); choices.isValid())
        context.reporter.error(
            choices.offset(),
            u"%1 is a conversation: it has 'moves', not 'choices'; rename the field"_s.arg(what));
    const json::Value moves = r.array(u"moves", true);
    if (moves.isArray() && moves.size() == 0)
        context.reporter.error(moves.offset(),
                               u"%1 has no moves, so the trainee could not say anything; add the questions, "
                               u"offers and remarks the trainee can choose from"_s.arg(what));
    if (moves.isArray() && moves.size() > 63)
        context.reporter.error(
            moves.offset(),
            u"%1 has %2 moves; a conversation has at most 63, split it into two scenes"_s.arg(what).arg(
                moves.size()));
    for (json::Value item : moves)
        scene->choices.append(readChoice(context, item, scene->id, true));
    for (const Choice &move : std::as_const(scene->choices))
        if (!move.staysInScene() && !move.reply.isEmpty())
            context.reporter.error(
                move.offset, u"move '%1' leads away, so the conversation ends with it and its reply could "
                             u"not be heard or flagged; remove 'reply' and say it in the next scene, or "
                             u"let the move keep the conversation going"_s.arg(move.id));
    if (const json::Value limit = r.value(u"limit", false); limit.isValid())
        scene->limit = readLimit(context, limit, scene);
    for (json::Value item : r.array(u"states", false))
        scene->states.append(readState(context, item));
}

} // namespace saskati
