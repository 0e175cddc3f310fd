# strings export and import (issue 21): every shipped scenario's texts (and, at the end, every catalogue file's)
# as a gettext PO file that msgfmt --check accepts; each language it has besides Latvian (English, and Russian
# where there is one) exported and imported back leaves the file byte for byte as it was; an untranslated
# Ukrainian file is refused and changes nothing; filled in (msgen: each text copied as its translation), it is
# written, Ukrainian is declared and the scenario loads.
# The same as XLIFF 1.2: every exported file valid against the OASIS schema (Symfony's copy, Debian's
# php-symfony-translation; xmllint with a catalogue so that nothing is fetched), and brought back byte for byte.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
find_program(MSGFMT msgfmt REQUIRED)
find_program(MSGEN msgen REQUIRED)
find_program(XMLLINT xmllint REQUIRED)
set(schemas /usr/share/php/Symfony/Component/Translation/Resources/schemas)
if(NOT EXISTS ${schemas}/xliff-core-1.2-strict.xsd)
    message(FATAL_ERROR "no XLIFF 1.2 schema in ${schemas}: install php-symfony-translation (tools/setup.sh does)")
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/scenarios)
# The schema imports xml.xsd by its web address: the catalogue points it at the local copy.
file(WRITE ${WORK}/xml-catalog.xml "<?xml version=\"1.0\"?>
<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">
  <system systemId=\"http://www.w3.org/2001/xml.xsd\" uri=\"file://${schemas}/xml.xsd\"/>
  <uri name=\"http://www.w3.org/2001/xml.xsd\" uri=\"file://${schemas}/xml.xsd\"/>
</catalog>
")
# check_xliff(FILE): xmllint finds FILE valid XLIFF 1.2 (strict), without the network.
function(check_xliff file)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env XML_CATALOG_FILES=${WORK}/xml-catalog.xml
                            ${XMLLINT} --nonet --noout --schema ${schemas}/xliff-core-1.2-strict.xsd ${file}
                    RESULT_VARIABLE rc ERROR_VARIABLE problems)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${file} is not valid XLIFF 1.2:\n${problems}")
    endif()
endfunction()
# The scenarios' media stay where they are: "../media/..." from the copies leads to them.
file(CREATE_LINK ${SOURCE}/media ${WORK}/media SYMBOLIC)
file(GLOB shipped ${SOURCE}/scenarios/*.json)
foreach(scenario IN LISTS shipped)
    get_filename_component(name ${scenario} NAME_WE)
    set(copy ${WORK}/scenarios/${name}.json)
    file(COPY_FILE ${scenario} ${copy})
    file(SHA256 ${copy} before)

    file(READ ${copy} original)
    string(JSON declared GET "${original}" languages)
    foreach(language en ru)
        if(NOT declared MATCHES "\"${language}\"")
            continue()
        endif()
        run_cli(0 strings export ${copy} --language ${language} --output ${WORK}/${name}.${language}.po)
        execute_process(COMMAND ${MSGFMT} --check -o /dev/null ${WORK}/${name}.${language}.po RESULT_VARIABLE rc
                        ERROR_VARIABLE problems)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "msgfmt --check refuses ${name}.${language}.po:\n${problems}")
        endif()
        run_cli(0 strings import ${copy} ${WORK}/${name}.${language}.po --catalog ${SOURCE}/scenarios/catalog)
        file(SHA256 ${copy} after)
        if(NOT out MATCHES "unchanged" OR NOT before STREQUAL after)
            message(FATAL_ERROR "${name}: ${language} brought back changed the file: ${out}")
        endif()
        run_cli(0 strings export ${copy} --language ${language} --format xliff --output ${WORK}/${name}.${language}.xlf)
        check_xliff(${WORK}/${name}.${language}.xlf)
        run_cli(0 strings import ${copy} ${WORK}/${name}.${language}.xlf --catalog ${SOURCE}/scenarios/catalog)
        file(SHA256 ${copy} after)
        if(NOT out MATCHES "unchanged" OR NOT before STREQUAL after)
            message(FATAL_ERROR "${name}: ${language} brought back from XLIFF changed the file: ${out}")
        endif()
    endforeach()
    # An XLIFF file with nothing translated is valid too (its targets empty, "needs-translation").
    run_cli(0 strings export ${copy} --language uk --format xliff --output ${WORK}/${name}.uk.xlf)
    check_xliff(${WORK}/${name}.uk.xlf)

    run_cli(0 strings export ${copy} --language uk --output ${WORK}/${name}.uk.po)
    execute_process(COMMAND ${MSGFMT} --check -o /dev/null ${WORK}/${name}.uk.po RESULT_VARIABLE rc
                    ERROR_VARIABLE problems)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "msgfmt --check refuses ${name}.uk.po:\n${problems}")
    endif()
    run_cli(1 strings import ${copy} ${WORK}/${name}.uk.po --catalog ${SOURCE}/scenarios/catalog)
    file(SHA256 ${copy} after)
    if(NOT err MATCHES "has no uk translation" OR NOT err MATCHES "left as it was" OR NOT before STREQUAL after)
        message(FATAL_ERROR "${name}: an untranslated file was not refused, or the file changed: ${err}")
    endif()

    execute_process(COMMAND ${MSGEN} ${WORK}/${name}.uk.po -o ${WORK}/${name}.uk-filled.po RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "msgen failed on ${name}.uk.po")
    endif()
    run_cli(0 strings import ${copy} ${WORK}/${name}.uk-filled.po --catalog ${SOURCE}/scenarios/catalog)
    file(READ ${copy} written)
    string(JSON languages GET "${written}" languages)
    string(JSON title GET "${written}" title uk)
    string(JSON source GET "${written}" title lv)
    if(NOT languages MATCHES "\"uk\"" OR NOT title STREQUAL source)
        message(FATAL_ERROR "${name}: Ukrainian not declared or not written: ${languages}, '${title}'")
    endif()
    run_cli(0 validate --catalog ${SOURCE}/scenarios/catalog ${copy})
endforeach()

# The catalogue's files the same way: its Russian exported (as PO and as XLIFF) and brought back changes no byte.
file(COPY ${SOURCE}/scenarios/catalog DESTINATION ${WORK})
file(GLOB catalogue ${WORK}/catalog/*.json)
foreach(part IN LISTS catalogue)
    get_filename_component(name ${part} NAME_WE)
    file(SHA256 ${part} before)
    run_cli(0 strings export ${part} --language ru --output ${WORK}/catalog-${name}.ru.po)
    execute_process(COMMAND ${MSGFMT} --check -o /dev/null ${WORK}/catalog-${name}.ru.po RESULT_VARIABLE rc
                    ERROR_VARIABLE problems)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "msgfmt --check refuses catalog-${name}.ru.po:\n${problems}")
    endif()
    run_cli(0 strings import ${part} ${WORK}/catalog-${name}.ru.po)
    file(SHA256 ${part} after)
    if(NOT out MATCHES "unchanged" OR NOT before STREQUAL after)
        message(FATAL_ERROR "catalogue ${name}: Russian brought back changed the file: ${out}")
    endif()
    run_cli(0 strings export ${part} --language ru --format xliff --output ${WORK}/catalog-${name}.ru.xlf)
    check_xliff(${WORK}/catalog-${name}.ru.xlf)
    run_cli(0 strings import ${part} ${WORK}/catalog-${name}.ru.xlf)
    file(SHA256 ${part} after)
    if(NOT out MATCHES "unchanged" OR NOT before STREQUAL after)
        message(FATAL_ERROR "catalogue ${name}: Russian brought back from XLIFF changed the file: ${out}")
    endif()
endforeach()
