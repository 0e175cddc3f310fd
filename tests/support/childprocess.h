#pragma once

// What the child processes of the store and seminar tests (store/testplayer.cpp, seminar/seminarhost.cpp)
// share: their "--name value" options, their random seed, and the scenario and results file they work on.
// Header-only: the children link the engine and nothing else.

#include "resultsstore.h"
#include "scenarioloader.h"

#include <QRandomGenerator>
#include <QStringList>
#include <cstdio>
#include <memory>

namespace saskati::childprocess {

/// The command line's "--name value" options.
class Options {
public:
    explicit Options(QStringList args)
        : m_args(std::move(args))
    {}
    /// The value after `name`, or `fallback` when the option is not given.
    QString value(const QString &name, const QString &fallback = {}) const
    {
        const auto i = m_args.indexOf(name);
        return i >= 0 && i + 1 < m_args.size() ? m_args.at(i + 1) : fallback;
    }

private:
    QStringList m_args;
};

/// What both children start from; `exitCode` is 0, else what the tests expect: 3 the scenario did not load, 4
/// the database did not open (its error on stderr).
struct Setup {
    Options options;
    QRandomGenerator random;                  // seeded by --seed (1 when not given)
    std::shared_ptr<const Scenario> scenario; // --scenario, with the catalogue of --catalog
    std::unique_ptr<ResultsStore> store;      // --database, open
    int exitCode = 0;
};

inline Setup setUp(const QStringList &args)
{
    const Options options(args);
    Setup child{options,
                QRandomGenerator(options.value(QStringLiteral("--seed"), QStringLiteral("1")).toUInt()),
                {},
                {},
                0};
    const LoadResult loaded = loadScenarioWithCatalog(child.options.value(QStringLiteral("--scenario")),
                                                      child.options.value(QStringLiteral("--catalog")));
    if (!loaded.ok()) {
        child.exitCode = 3;
        return child;
    }
    child.scenario = loaded.scenario;
    child.store = std::make_unique<ResultsStore>(child.options.value(QStringLiteral("--database")));
    if (const saskati::ResultsStore::OpenResult opened = child.store->open(); !opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error.message));
        child.exitCode = 4;
    }
    return child;
}

} // namespace saskati::childprocess
