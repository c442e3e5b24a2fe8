# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Rapport contributors
#
# Runs lupdate over the sources into a copy of the .ts file and fails if any message is new or
# lacks its translation: the catalogue in the repository must always be complete.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(ts_name ${TS_FILE} NAME)
file(COPY ${TS_FILE} DESTINATION ${WORK_DIR})
execute_process(
  COMMAND ${LUPDATE} -no-obsolete -locations none -extensions cpp,h -recursive
          ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app ${SOURCE_DIR}/translations -ts ${WORK_DIR}/${ts_name}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ ${WORK_DIR}/${ts_name} content)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
  string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\">" missing "${content}")
  message(FATAL_ERROR "${count} message(s) lack a translation in ${ts_name}; run the update_translations target "
                      "and translate them in ${TS_FILE}:\n${missing}")
endif()
message(STATUS "All messages are translated. ${out}")
