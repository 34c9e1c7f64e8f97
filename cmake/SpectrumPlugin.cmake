# spectrum_add_plugin(<name> SOURCES <file>... [QUESTIONNAIRE <file>])
#
# Builds a Spectrum scoring plugin: a MODULE library called <name>.so, compiled against the header-only
# SDK with hidden visibility (only spectrum_plugin_descriptor is exported) and linked with
# --no-undefined (a missing symbol fails the build, not the load). The library goes to
# ${SPECTRUM_PLUGIN_OUTPUT_DIR} (default <build>/<libdir>/spectrum/plugins) and the questionnaire is
# copied to ${SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR} (default <build>/<datadir>/spectrum/questionnaires), so
# a build tree is laid out like an install. Both are installed under the prefix, in the folders where
# the host looks for them (SPECTRUM_PLUGIN_INSTALL_DIR, SPECTRUM_QUESTIONNAIRE_INSTALL_DIR).
#
# With QUESTIONNAIRE, the build then checks the plugin as the host will load it: spectrum-plugin-host --check probes the
# freshly built library (out of process, like the host) and checks its descriptor and the
# questionnaire with the host's own code: the questionnaire is valid (what `spectrum validate` checks),
# and the descriptor's questionnaire id, domain and accepted version range match it. A mistake fails
# the build with the one-line message the host would give. The check runs again until it passes.
# Set SPECTRUM_CHECK_PLUGINS to OFF to skip it (it is skipped when cross-compiling).
include_guard(GLOBAL)

if(NOT DEFINED SPECTRUM_PLUGIN_INSTALL_DIR)
  include(GNUInstallDirs)
  set(SPECTRUM_PLUGIN_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/spectrum/plugins)
endif()
if(NOT DEFINED SPECTRUM_QUESTIONNAIRE_INSTALL_DIR)
  include(GNUInstallDirs)
  set(SPECTRUM_QUESTIONNAIRE_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/spectrum/questionnaires)
endif()
if(NOT DEFINED SPECTRUM_PLUGIN_OUTPUT_DIR)
  set(SPECTRUM_PLUGIN_OUTPUT_DIR ${CMAKE_BINARY_DIR}/${SPECTRUM_PLUGIN_INSTALL_DIR})
endif()
if(NOT DEFINED SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR)
  set(SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR ${CMAKE_BINARY_DIR}/${SPECTRUM_QUESTIONNAIRE_INSTALL_DIR})
endif()
option(SPECTRUM_CHECK_PLUGINS "Check each plugin against its questionnaire when it is built" ON)

# Runs spectrum-plugin-host --check on the built plugin (and its questionnaire) whenever either changes.
# A stamp records a passed check, so that a failed one fails every build until it is fixed.
function(_spectrum_check_plugin name questionnaire)
  if(NOT SPECTRUM_CHECK_PLUGINS OR CMAKE_CROSSCOMPILING OR NOT questionnaire)
    return()
  endif()
  if(TARGET spectrum_plugin_host)  # building Spectrum itself
    set(host spectrum_plugin_host)
  elseif(TARGET Spectrum::plugin_host)  # find_package(Spectrum)
    set(host Spectrum::plugin_host)
  else()
    message(FATAL_ERROR "spectrum_add_plugin(${name}): no Spectrum::plugin_host to check the plugin with")
  endif()
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${name}.checked)
  add_custom_command(OUTPUT ${stamp}
    # (A sanitized build's leak report at exit is not the plugin's mistake.)
    COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
            $<TARGET_FILE:${host}> --check $<TARGET_FILE:${name}> ${questionnaire}
    COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
    DEPENDS ${name} ${host} ${questionnaire}
    COMMENT "Checking ${name} against its questionnaire"
    VERBATIM)
  add_custom_target(${name}_check ALL DEPENDS ${stamp})
endfunction()

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
  # Spectrum's own build puts its plugins in the "spectrum" install component (its Debian package).
  if(DEFINED SPECTRUM_PLUGIN_COMPONENT)
    set(component COMPONENT ${SPECTRUM_PLUGIN_COMPONENT})
  endif()
  install(TARGETS ${name} LIBRARY DESTINATION ${SPECTRUM_PLUGIN_INSTALL_DIR} ${component})

  set(source "")
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
    install(FILES ${source} DESTINATION ${SPECTRUM_QUESTIONNAIRE_INSTALL_DIR} ${component})
  endif()
  _spectrum_check_plugin(${name} "${source}")
endfunction()
