#pragma once

#include "catalog.h"
#include "playthrough.h"
#include "scoring.h"

#include <QCoreApplication>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>
#include <functional>
#include <memory>

namespace saskati {

/// The debrief of a finished attempt as DebriefScreen shows it: the score and its parts, each piece of
/// feedback with the name of its kind, the referral the key recommends with current contacts, and the
/// transcript with every cue marked. The view gets words, not engine ids: a kind of feedback the engine adds
/// is named here (a switch over every kind, so the build fails until it is), never guessed by QML.
class DebriefPage {
    Q_DECLARE_TR_FUNCTIONS(DebriefPage)

public:
    /// `text` puts scenario text into the interface language.
    using TextOf = std::function<QString(const LocalizedText &)>;
    DebriefPage(const Scenario &scenario, const PlaythroughState &state, TextOf text);

    /// `directory`: the catalogue with the coordinator's corrected contacts (null: no contacts shown);
    /// `earlier`: the participant's earlier completed attempts of this scenario, [{percent, started}].
    QVariantMap toMap(const Catalog *directory, const QVariantList &earlier) const;

    /// `approached`: the words for the person approached (format 3): a missed trap, not a missed sign.
    static QString feedbackKindName(FeedbackItem::Kind kind, bool approached = false);
    /// movefeedback.h's questionFeedbackSetting in words.
    static QString feedbackSettingName(const QString &setting);
    /// "phone · email (verified 2026-11-29)", or empty when the directory has no contacts for it.
    static QString contactLine(const Institution &institution, const TextOf &text);

private:
    QVariantList parts() const;
    bool approached() const { return m_scenario.perspective == Scenario::Perspective::Approached; }
    QVariantList feedback() const;
    QVariantList recommendedReferral(const Catalog *directory) const;
    /// What the trainee did resting on a planted detail (FeedbackItem::restingOnIt), in words.
    QString restingOn(const QStringList &refs) const;
    QVariantList transcript() const;
    /// {asked, recommended, setting, moves: [{text, type, recommended}]}: the questions asked in
    /// conversations, each with its type (what an assessment showed at the end only), and how they were
    /// asked.
    QVariantMap questions() const;
    /// "hit", "miss", "false" (a flag on a sentence that is not a sign) or empty, for a segment or hotspot.
    QString mark(const QString &target) const;

    const Scenario &m_scenario;
    const PlaythroughState &m_state;
    TextOf m_text;
    Score m_score;
    QSet<QString> m_hits, m_misses, m_falseFlags; // targets, for mark()
};

} // namespace saskati
