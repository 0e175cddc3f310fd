#include "reviewcontroller.h"

#include "appcontext.h"
#include "coordinatorlock.h"

using namespace Qt::StringLiterals;

namespace saskati {

ReviewController::ReviewController(QObject *parent)
    : QObject(parent)
{}

bool ReviewController::fail(const QString &error)
{
    m_error = error;
    Q_EMIT errorChanged();
    return false;
}

bool ReviewController::passwordSet() const
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    return store && CoordinatorLock(*store).isSet();
}

bool ReviewController::unlock(const QString &password, const QString &repeated)
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!store || !store->isOpen())
        return fail(tr("The results database is not open."));
    CoordinatorLock lock(*store);
    if (!lock.isSet()) {
        if (password != repeated)
            return fail(tr("The two passwords differ."));
        if (password.size() < CoordinatorLock::minimumLength)
            return fail(
                tr("Choose a password of at least %1 characters.").arg(CoordinatorLock::minimumLength));
        if (const QString error = lock.setPassword(password); !error.isEmpty())
            return fail(error);
    } else if (!lock.verify(password)) {
        return fail(tr("That is not the coordinator's password."));
    }
    m_unlocked = true;
    m_error.clear();
    Q_EMIT errorChanged();
    Q_EMIT lockChanged();
    refresh();
    return true;
}

void ReviewController::lock()
{
    m_unlocked = false;
    m_overview.clear();
    m_indicators.clear();
    m_items.clear();
    m_gain.clear();
    Q_EMIT lockChanged();
    Q_EMIT dataChanged();
}

QString ReviewController::itemLabel(const QString &item) const
{
    const AppContext *context = AppContext::instance();
    const auto scenario = context ? context->scenario(m_scenario) : nullptr;
    if (item == u"referral")
        return tr("Referral plan");
    if (scenario && item.startsWith(u"choice:"))
        if (const Scene *scene = scenario->scene(item.mid(7)))
            return context->localized(scene->title);
    if (scenario && item.startsWith(u"question:"))
        if (const Question *q = scenario->question(item.mid(9)))
            return context->localized(q->prompt);
    return item;
}

QString ReviewController::answerLabel(const QString &item, const QString &answer) const
{
    const AppContext *context = AppContext::instance();
    const auto scenario = context ? context->scenario(m_scenario) : nullptr;
    if (answer.isEmpty() || !scenario)
        return answer.isEmpty() ? u"—"_s : answer;
    if (item.startsWith(u"choice:"))
        if (const Choice *c = scenario->choice(answer))
            return u"“%1”"_s.arg(context->localized(c->text));
    if (const Question *q = item.startsWith(u"question:") ? scenario->question(item.mid(9)) : nullptr) {
        QStringList texts;
        for (const QString &option : answer.split(u'+'))
            for (const AnswerOption &o : q->options)
                if (o.id == option)
                    texts.append(context->localized(o.text));
        return u"“%1”"_s.arg(texts.join(u" + "_s));
    }
    return answer;
}

void ReviewController::refresh()
{
    ResultsStore *store = AppContext::instance() ? AppContext::instance()->store() : nullptr;
    if (!m_unlocked || !store)
        return;
    ReviewFilter filter;
    filter.scenario = m_scenario;
    filter.role = m_role;
    filter.from = QDate::fromString(m_from, Qt::ISODate);
    filter.to = QDate::fromString(m_to, Qt::ISODate);
    if ((!m_from.isEmpty() && !filter.from.isValid()) || (!m_to.isEmpty() && !filter.to.isValid())) {
        fail(tr("Write dates as YYYY-MM-DD."));
        return;
    }
    ReviewQueries queries(*store);

    const Overview o = queries.overview(filter);
    QVariantList months, histogram;
    for (const OverviewMonth &m : o.months)
        months.append(QVariantMap{{u"month"_s, m.month},
                                  {u"seminars"_s, m.seminars},
                                  {u"participants"_s, m.participants},
                                  {u"attempts"_s, m.attempts},
                                  {u"meanPercent"_s, qRound(m.meanPercent)}});
    int largest = 1;
    for (int n : o.histogram)
        largest = std::max(largest, n);
    for (int i = 0; i < o.histogram.size(); ++i)
        histogram.append(QVariantMap{{u"label"_s, u"%1–%2"_s.arg(i * 10).arg(i == 9 ? 100 : i * 10 + 9)},
                                     {u"count"_s, o.histogram[i]},
                                     {u"share"_s, double(o.histogram[i]) / largest}});
    m_overview = QVariantMap{{u"attempts"_s, o.attempts},
                             {u"participants"_s, o.participants},
                             {u"seminars"_s, o.seminars},
                             {u"months"_s, months},
                             {u"histogram"_s, histogram}};

    const Catalog *catalog = AppContext::instance()->catalog().get();
    m_indicators.clear();
    for (const IndicatorRow &r : queries.indicators(filter))
        m_indicators.append(QVariantMap{
            {u"id"_s, r.indicator},
            {u"name"_s, catalog && catalog->indicators.contains(r.indicator)
                            ? AppContext::instance()->localized(catalog->indicators.value(r.indicator).name)
                            : r.indicator},
            {u"exposures"_s, r.exposures},
            {u"found"_s, r.found},
            {u"detection"_s, qRound(100 * r.detectionRate())},
            {u"falseNamed"_s, r.falseNamed},
            {u"falseFlagRate"_s, qRound(100 * r.falseFlagRate())},
            {u"enough"_s, r.enough()}});

    m_items.clear();
    if (!m_scenario.isEmpty()) {
        const AttemptChoice choice = m_attemptChoice == u"best"     ? AttemptChoice::Best
                                     : m_attemptChoice == u"latest" ? AttemptChoice::Latest
                                                                    : AttemptChoice::First;
        for (const ItemRow &r : queries.items(filter, choice)) {
            QStringList answers;
            for (auto it = r.answers.cbegin(); it != r.answers.cend(); ++it)
                answers.append(u"%1 × %2"_s.arg(it.value()).arg(answerLabel(r.item, it.key())));
            const ItemStatistics &s = r.statistics;
            m_items.append(QVariantMap{
                {u"item"_s, r.item},
                {u"label"_s, itemLabel(r.item)},
                {u"attempts"_s, s.attempts},
                {u"facility"_s, qRound(100 * s.facility)},
                {u"discrimination"_s, s.discrimination ? QVariant(qRound(*s.discrimination)) : QVariant()},
                {u"efficiency"_s, s.efficiency ? QVariant(qRound(*s.efficiency)) : QVariant()},
                {u"dubious"_s, s.dubious()},
                {u"answers"_s, answers.join(u",  "_s)}});
        }
    }

    const GainStatistics g = queries.improvement(filter);
    auto level = [this](const std::optional<double> &gain) {
        if (!gain)
            return QString();
        switch (gainLevel(*gain)) {
        case GainLevel::Low:
            return tr("low");
        case GainLevel::Medium:
            return tr("medium");
        case GainLevel::High:
            return tr("high");
        }
        return QString();
    };
    m_gain = QVariantMap{
        {u"pairs"_s, g.pairs},
        {u"meanPre"_s, qRound(g.meanPre)},
        {u"meanPost"_s, qRound(g.meanPost)},
        {u"classGain"_s, g.classGain ? QVariant(QString::number(*g.classGain, 'f', 2)) : QVariant(u"—"_s)},
        {u"classLevel"_s, level(g.classGain)},
        {u"meanGain"_s,
         g.meanIndividualGain ? QVariant(QString::number(*g.meanIndividualGain, 'f', 2)) : QVariant(u"—"_s)},
        {u"meanLevel"_s, level(g.meanIndividualGain)}};

    if (!queries.lastError().isEmpty())
        fail(queries.lastError());
    else if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT errorChanged();
    }
    Q_EMIT dataChanged();
}

} // namespace saskati
