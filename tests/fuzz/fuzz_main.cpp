// libFuzzer's entry point for one target, chosen at compile time (tests/fuzz/CMakeLists.txt).
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return saskati::fuzz::SASKATI_FUZZ_TARGET(data, size);
}
