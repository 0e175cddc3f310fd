#pragma once

#include "resultsstore.h"

namespace saskati {

/// The coordinator's password for the review area: set deliberately by the team's coordinator (the start
/// screen offers it once; the review asks for it first, it never makes whoever opens it first the owner),
/// kept as a salted PBKDF2-SHA-256 hash (QPasswordDigestor) in the results database's settings, never the
/// password itself. Trainees at the same laptop cannot open the review without it. It guards the app's door,
/// not the file: the database is protected by the operating system account (owner-only permissions,
/// docs/results-store.md).
class CoordinatorLock {
public:
    explicit CoordinatorLock(ResultsStore &store);

    /// Slow on purpose: about 0.7 s per try on this 2-core laptop (Qt's PBKDF2), so guessing is slow too.
    static constexpr int iterations = 310000; // OWASP's 2023 advice for PBKDF2-HMAC-SHA256
    static constexpr qsizetype minimumLength = 8;

    bool isSet();
    /// Sets the first password, or replaces it when `current` is right; else says why not, for a person.
    Result<void> setPassword(const QString &password, const QString &current = {});
    bool verify(const QString &password);

    /// The start screen offers, once, to set the password now: true once it has been set, or the offer
    /// skipped on this database.
    bool offerDone();
    Result<void> skipOffer();

private:
    ResultsStore &m_store;
};

} // namespace saskati
