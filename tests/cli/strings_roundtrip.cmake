# strings export and import (issue 21): every shipped scenario's texts as a gettext PO file that msgfmt --check
# accepts; the English exported and imported back leaves the file byte for byte as it was; an untranslated
# Russian file is refused and changes nothing; filled in (msgen: each text copied as its translation), it is
# written, Russian is declared and the scenario loads.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
find_program(MSGFMT msgfmt REQUIRED)
find_program(MSGEN msgen REQUIRED)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/scenarios)
# The scenarios' media stay where they are: "../media/..." from the copies leads to them.
file(CREATE_LINK ${SOURCE}/media ${WORK}/media SYMBOLIC)
file(GLOB shipped ${SOURCE}/scenarios/*.json)
foreach(scenario IN LISTS shipped)
    get_filename_component(name ${scenario} NAME_WE)
    set(copy ${WORK}/scenarios/${name}.json)
    file(COPY_FILE ${scenario} ${copy})
    file(SHA256 ${copy} before)

    run_cli(0 strings export ${copy} --language en --output ${WORK}/${name}.en.po)
    execute_process(COMMAND ${MSGFMT} --check -o /dev/null ${WORK}/${name}.en.po RESULT_VARIABLE rc
                    ERROR_VARIABLE problems)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "msgfmt --check refuses ${name}.en.po:\n${problems}")
    endif()
    run_cli(0 strings import ${copy} ${WORK}/${name}.en.po --catalog ${SOURCE}/scenarios/catalog)
    file(SHA256 ${copy} after)
    if(NOT out MATCHES "unchanged" OR NOT before STREQUAL after)
        message(FATAL_ERROR "${name}: the English brought back changed the file: ${out}")
    endif()

    run_cli(0 strings export ${copy} --language ru --output ${WORK}/${name}.ru.po)
    run_cli(1 strings import ${copy} ${WORK}/${name}.ru.po --catalog ${SOURCE}/scenarios/catalog)
    file(SHA256 ${copy} after)
    if(NOT err MATCHES "has no ru translation" OR NOT err MATCHES "left as it was" OR NOT before STREQUAL after)
        message(FATAL_ERROR "${name}: an untranslated file was not refused, or the file changed: ${err}")
    endif()

    execute_process(COMMAND ${MSGEN} ${WORK}/${name}.ru.po -o ${WORK}/${name}.ru-filled.po RESULT_VARIABLE rc)
    run_cli(0 strings import ${copy} ${WORK}/${name}.ru-filled.po --catalog ${SOURCE}/scenarios/catalog)
    file(READ ${copy} written)
    string(JSON languages GET "${written}" languages)
    string(JSON title GET "${written}" title ru)
    string(JSON source GET "${written}" title lv)
    if(NOT languages MATCHES "\"ru\"" OR NOT title STREQUAL source)
        message(FATAL_ERROR "${name}: Russian not declared or not written: ${languages}, '${title}'")
    endif()
    run_cli(0 validate --catalog ${SOURCE}/scenarios/catalog ${copy})
endforeach()
