# spectrum_add_plugin(<name> SOURCES <file>... [QUESTIONNAIRE <file>])
#
# Builds a Spectrum scoring plugin: a MODULE library called <name>.so, compiled against the header-only
# SDK with hidden visibility (only spectrum_plugin_descriptor is exported) and linked with
# --no-undefined (a missing symbol fails the build, not the load). The library goes to
# ${SPECTRUM_PLUGIN_OUTPUT_DIR} (default <build>/lib/spectrum/plugins) and the questionnaire is copied
# to ${SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR} (default <build>/share/spectrum/questionnaires), so a build
# tree is laid out like an install. Both are installed under the prefix: lib/spectrum/plugins and
# share/spectrum/questionnaires, where the host looks for them.
include_guard(GLOBAL)

if(NOT DEFINED SPECTRUM_PLUGIN_INSTALL_DIR)
  set(SPECTRUM_PLUGIN_INSTALL_DIR lib/spectrum/plugins)
endif()
if(NOT DEFINED SPECTRUM_QUESTIONNAIRE_INSTALL_DIR)
  set(SPECTRUM_QUESTIONNAIRE_INSTALL_DIR share/spectrum/questionnaires)
endif()
if(NOT DEFINED SPECTRUM_PLUGIN_OUTPUT_DIR)
  set(SPECTRUM_PLUGIN_OUTPUT_DIR ${CMAKE_BINARY_DIR}/${SPECTRUM_PLUGIN_INSTALL_DIR})
endif()
if(NOT DEFINED SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR)
  set(SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR ${CMAKE_BINARY_DIR}/${SPECTRUM_QUESTIONNAIRE_INSTALL_DIR})
endif()

function(spectrum_add_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "QUESTIONNAIRE" "SOURCES")
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "spectrum_add_plugin(${name}): SOURCES is required")
  endif()
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "spectrum_add_plugin(${name}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  add_library(${name} MODULE ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Spectrum::sdk)
  target_compile_features(${name} PRIVATE cxx_std_20)
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    CXX_VISIBILITY_PRESET hidden
    C_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY ${SPECTRUM_PLUGIN_OUTPUT_DIR})
  target_link_options(${name} PRIVATE LINKER:--no-undefined)
  install(TARGETS ${name} LIBRARY DESTINATION ${SPECTRUM_PLUGIN_INSTALL_DIR})

  if(ARG_QUESTIONNAIRE)
    get_filename_component(source ${ARG_QUESTIONNAIRE} ABSOLUTE)
    get_filename_component(file_name ${source} NAME)
    set(copy ${SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR}/${file_name})
    add_custom_command(OUTPUT ${copy}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR}
      COMMAND ${CMAKE_COMMAND} -E copy_if_different ${source} ${copy}
      DEPENDS ${source}
      COMMENT "Copying questionnaire ${file_name}")
    add_custom_target(${name}_questionnaire ALL DEPENDS ${copy})
    add_dependencies(${name} ${name}_questionnaire)
    install(FILES ${source} DESTINATION ${SPECTRUM_QUESTIONNAIRE_INSTALL_DIR})
  endif()
endfunction()
