#pragma once

namespace saskati {

/// Points in the four parts of a score. Used for results and for the maxima they are measured against.
struct ScoreParts {
    int recognition = 0;
    int conduct = 0;
    int referral = 0;
    int assessment = 0;
    int total() const { return recognition + conduct + referral + assessment; }
    ScoreParts &operator+=(const ScoreParts &o)
    {
        recognition += o.recognition;
        conduct += o.conduct;
        referral += o.referral;
        assessment += o.assessment;
        return *this;
    }
    bool operator==(const ScoreParts &) const = default;
};

} // namespace saskati
