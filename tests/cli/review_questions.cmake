# review questions: the share of recommended questions in conversations by attempt number. One person plays the
# EURES conversation twice (tests of the shipped scenario): first with a leading and a pressing question among
# six (4 of 6 recommended), then respectfully (6 of 6).
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(database ${WORK}/results.sqlite)
foreach(script eures-job-offer-conv-leading eures-job-offer-conv-respectful)
    run_cli(0 play ${SOURCE}/scenarios/eures-job-offer.json --script ${SOURCE}/scenarios/tests/${script}.test.json
            --database ${database} --participant "Anna Bērziņa")
endforeach()
run_cli(0 review questions --csv --database ${database})
set(expected "attempt,attempts,questions,recommended,recommended %\n1,1,6,4,66.7\n2,1,6,6,100.0")
string(STRIP "${out}" out)
if(NOT out STREQUAL expected)
    message(FATAL_ERROR "review questions --csv printed:\n${out}\nexpected:\n${expected}")
endif()
run_cli(0 review questions --database ${database})
foreach(type "leading +1 +8.3 +not recommended" "open-invitation +4 +33.3 +recommended")
    string(REGEX MATCH "${type}" found "${out}")
    if(NOT found)
        message(FATAL_ERROR "the type table lacks '${type}':\n${out}")
    endif()
endforeach()
