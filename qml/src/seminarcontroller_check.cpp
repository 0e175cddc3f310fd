// The knowledge check and the take-away of a prevention seminar on the console and the projector (issue #20):
// the room keeps the answers (engine/seminar/seminarroom_check.cpp); this part says it for the QML views.
#include "appcontext.h"
#include "knowledgegain.h"
#include "seminarcontroller.h"
#include "takeawaypdf.h"
#include "takeawaysheet.h"

#include <QDate>
#include <QDir>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

using Round = KnowledgeAnswer::Round;

const Catalog *appCatalog()
{
    return AppContext::instance() ? AppContext::instance()->catalog().get() : nullptr;
}

} // namespace

const KnowledgeCheck *SeminarController::audienceCheck() const
{
    const Catalog *catalog = appCatalog();
    if (!m_room || !catalog)
        return nullptr;
    const auto found = catalog->knowledgeChecks.constFind(m_room->seminar().audience);
    return found == catalog->knowledgeChecks.constEnd() ? nullptr : &*found;
}

bool SeminarController::checkAvailable() const
{
    return audienceCheck() != nullptr;
}

bool SeminarController::takeawayAvailable() const
{
    const Catalog *catalog = appCatalog();
    return m_room && catalog && catalog->takeaways.contains(m_room->seminar().audience);
}

QString SeminarController::checkPhase() const
{
    if (!m_room)
        return {};
    switch (m_room->checkPhase()) {
    case SeminarRoom::CheckPhase::Open:
        return u"open"_s;
    case SeminarRoom::CheckPhase::Closed:
        return u"closed"_s;
    case SeminarRoom::CheckPhase::Takeaway:
        return u"takeaway"_s;
    case SeminarRoom::CheckPhase::None:
        break;
    }
    return {};
}

QString SeminarController::checkRound() const
{
    return m_room ? roundId(m_room->checkRound()) : QString();
}

QStringList SeminarController::checkQuestions() const
{
    QStringList questions;
    if (m_room && m_room->check())
        for (const KnowledgeCheck::Question &q : m_room->check()->questions)
            questions.append(text(q.text));
    return questions;
}

int SeminarController::checkAnswered() const
{
    return m_room ? m_room->checkTally(m_room->checkRound()).answered : 0;
}

int SeminarController::checkComplete() const
{
    return m_room ? m_room->checkTally(m_room->checkRound()).complete : 0;
}

QVariantMap SeminarController::checkResult() const
{
    if (!m_room || m_room->checkPhase() == SeminarRoom::CheckPhase::None)
        return {};
    const KnowledgeGain g =
        knowledgeGain(m_room->checkAnswers(), m_room->check() ? int(m_room->check()->questions.size()) : 0);
    return QVariantMap{{u"before"_s, int(std::lround(g.before * 100))},
                       {u"after"_s, int(std::lround(g.after * 100))},
                       {u"hasGain"_s, g.gain.has_value()},
                       {u"gain"_s, g.gain.value_or(0.0)},
                       {u"both"_s, g.answeredBoth},
                       {u"answeredBefore"_s, g.answeredBefore},
                       {u"answeredAfter"_s, g.answeredAfter},
                       {u"questions"_s, g.questions}};
}

QVariantMap SeminarController::takeaway() const
{
    const Catalog *catalog = appCatalog();
    if (!m_room || !catalog)
        return {};
    const std::optional<TakeawaySheet> sheet =
        takeawaySheet(*catalog, m_room->seminar().audience, language());
    if (!sheet)
        return {};
    return sheet->toJson().toVariantMap();
}

bool SeminarController::openCheck(const QString &round)
{
    clearError();
    const KnowledgeCheck *check = audienceCheck();
    if (!m_room || !check)
        return fail(tr("This seminar's audience has no knowledge check in the catalogue."));
    Round r = Round::Before;
    if (!roundFromId(round, &r))
        return fail(tr("Choose the check before or after the seminar."));
    if (const Result<void> opened = m_room->openCheck(*check, r); !opened)
        return fail(opened.error().message);
    return true;
}

bool SeminarController::closeCheck()
{
    clearError();
    if (!m_room)
        return fail(tr("Open a seminar first."));
    if (const Result<void> closed = m_room->closeCheck(); !closed)
        return fail(closed.error().message);
    return true;
}

bool SeminarController::showTakeaway()
{
    clearError();
    if (!m_room || !takeawayAvailable())
        return fail(tr("This seminar's audience has no take-away in the catalogue."));
    if (const Result<void> shown = m_room->showTakeaway(audienceCheck()); !shown)
        return fail(shown.error().message);
    return true;
}

QString SeminarController::saveTakeawayPdf(const QString &language)
{
    clearError();
    const Catalog *catalog = appCatalog();
    if (catalog && !catalog->languages.contains(language)) {
        fail(tr("The catalogue's texts are not in %1: choose one of %2 for the take-away.")
                 .arg(language, catalog->languages.join(u", "_s)));
        return {};
    }
    const std::optional<TakeawaySheet> sheet =
        m_room && catalog ? takeawaySheet(*catalog, m_room->seminar().audience, language) : std::nullopt;
    if (!sheet) {
        fail(tr("This seminar's audience has no take-away in the catalogue."));
        return {};
    }
    const QDir target(AppContext::exportFolder());
    const QString file = target.filePath(u"saskati-takeaway-%1-%2-%3.pdf"_s.arg(
        sheet->audience, sheet->language, QDate::currentDate().toString(Qt::ISODate)));
    const std::optional<int> pages = target.mkpath(u"."_s) ? writeTakeawayPdf(*sheet, file) : std::nullopt;
    if (!pages) {
        fail(tr("Cannot write %1.").arg(file));
        return {};
    }
    m_takeawayPdf = QVariantMap{{u"file"_s, file},
                                {u"url"_s, QUrl::fromLocalFile(file)},
                                {u"pages"_s, *pages},
                                {u"unchecked"_s, sheet->uncheckedNumbers()}};
    Q_EMIT changed();
    return file;
}

void SeminarController::leaveCheck()
{
    clearError();
    if (m_room)
        m_room->leaveCheck();
}

// PageDown: close the round; after it, the take-away (after the last round) or back to the room.
bool SeminarController::checkNext()
{
    switch (m_room->checkPhase()) {
    case SeminarRoom::CheckPhase::Open:
        return closeCheck();
    case SeminarRoom::CheckPhase::Closed:
        if (m_room->checkRound() == Round::After && takeawayAvailable())
            return showTakeaway();
        leaveCheck();
        return true;
    case SeminarRoom::CheckPhase::Takeaway:
    case SeminarRoom::CheckPhase::None:
        break;
    }
    return false; // the take-away is the seminar's last page
}

// PageUp: back to the closed round from the take-away, back to answering from a closed round.
bool SeminarController::checkBack()
{
    switch (m_room->checkPhase()) {
    case SeminarRoom::CheckPhase::Takeaway:
        if (!m_room->check()) {
            leaveCheck();
            return true;
        }
        return closeCheck();
    case SeminarRoom::CheckPhase::Closed:
        return openCheck(roundId(m_room->checkRound()));
    case SeminarRoom::CheckPhase::Open:
    case SeminarRoom::CheckPhase::None:
        break;
    }
    return false;
}

} // namespace saskati
