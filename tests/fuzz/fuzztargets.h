#pragma once

#include <cstddef>
#include <cstdint>

// The parsers that read what people and phones send: each takes any bytes and must neither crash nor hang nor
// leak (docs/fuzzing.md). The same functions are libFuzzer's entry points (fuzz_main.cpp, clang build) and
// replay the saved inputs in every test build (tst_fuzzregressions.cpp).
namespace saskati::fuzz {

/// A scenario file, loaded and validated against the test catalogue; if it loads, played along its first
/// choices.
int scenario(const uint8_t *data, size_t size);
/// The bytes as each of the five catalogue files.
int catalog(const uint8_t *data, size_t size);
/// A results bundle, imported into a database and rolled back.
int bundle(const uint8_t *data, size_t size);
/// What bundle() did with an input: whether it reached the importer, and what the importer said.
struct BundleOutcome {
    bool reachedImporter = false;
    bool imported = false;
    int added = 0;
};
BundleOutcome importBundleAndRollBack(const uint8_t *data, size_t size);
/// Attempts in the fuzzers' database: the same before and after every bundle input.
int storedAttempts();
/// One WebSocket text frame from a participant's phone.
int participantMessage(const uint8_t *data, size_t size);
/// A play script, read and run against the minimal test scenario.
int playScript(const uint8_t *data, size_t size);

} // namespace saskati::fuzz
