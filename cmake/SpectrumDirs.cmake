# Where everything goes, from GNUInstallDirs, and the same layout in the build tree: the executables
# find the plugins, the questionnaires and the helper relative to themselves, so a build tree, an
# install under any prefix and a package unpacked anywhere all work unmoved.
include(GNUInstallDirs)

set(SPECTRUM_PLUGIN_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/spectrum/plugins)
set(SPECTRUM_HELPER_INSTALL_DIR ${CMAKE_INSTALL_LIBEXECDIR}/spectrum)
set(SPECTRUM_QUESTIONNAIRE_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/spectrum/questionnaires)
set(SPECTRUM_SCHEMA_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/spectrum/schema)
set(SPECTRUM_REPORTS_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/spectrum/reports)
set(SPECTRUM_CMAKE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Spectrum)
foreach(dir IN ITEMS CMAKE_INSTALL_BINDIR SPECTRUM_PLUGIN_INSTALL_DIR SPECTRUM_HELPER_INSTALL_DIR
                     SPECTRUM_QUESTIONNAIRE_INSTALL_DIR)
  if(IS_ABSOLUTE "${${dir}}")
    message(FATAL_ERROR "${dir} is ${${dir}}: Spectrum finds its files relative to its executables, "
                        "expected a folder relative to CMAKE_INSTALL_PREFIX")
  endif()
endforeach()

# The build tree is laid out like an install.
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/${CMAKE_INSTALL_BINDIR})
set(CMAKE_LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/${CMAKE_INSTALL_LIBDIR})
set(CMAKE_ARCHIVE_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/${CMAKE_INSTALL_LIBDIR})
set(SPECTRUM_PLUGIN_OUTPUT_DIR ${PROJECT_BINARY_DIR}/${SPECTRUM_PLUGIN_INSTALL_DIR})
set(SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR ${PROJECT_BINARY_DIR}/${SPECTRUM_QUESTIONNAIRE_INSTALL_DIR})

# spectrum_relative_dir(<var> <from> <to>): the path from one install folder to another ("../lib/...").
function(spectrum_relative_dir var from to)
  cmake_path(RELATIVE_PATH to BASE_DIRECTORY ${from} OUTPUT_VARIABLE relative)
  set(${var} ${relative} PARENT_SCOPE)
endfunction()
# What the host compiles in (core/src/search_dirs.cpp, helper_process.cpp).
spectrum_relative_dir(SPECTRUM_BIN_TO_PLUGINS ${CMAKE_INSTALL_BINDIR} ${SPECTRUM_PLUGIN_INSTALL_DIR})
spectrum_relative_dir(SPECTRUM_BIN_TO_QUESTIONNAIRES ${CMAKE_INSTALL_BINDIR} ${SPECTRUM_QUESTIONNAIRE_INSTALL_DIR})
spectrum_relative_dir(SPECTRUM_BIN_TO_HELPER ${CMAKE_INSTALL_BINDIR} ${SPECTRUM_HELPER_INSTALL_DIR})
spectrum_relative_dir(SPECTRUM_PLUGINS_TO_QUESTIONNAIRES ${SPECTRUM_PLUGIN_INSTALL_DIR}
                      ${SPECTRUM_QUESTIONNAIRE_INSTALL_DIR})
