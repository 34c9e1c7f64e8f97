# Debian packages (`make package`, i.e. cpack -G DEB in the build folder), one per install component:
#   spectrum         the CLI, the helper, the built-in plugins, the questionnaires, schemas, templates
#   spectrum-studio  the desktop app, its desktop entry and icon
#   spectrum-dev     the SDK headers, the CMake package (find_package(Spectrum)), the template plugin
# Versions come from project(VERSION); dependencies on other packages from the shared libraries the
# binaries use (dpkg-shlibdeps), plus the packages' dependencies on each other.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME spectrum)
set(CPACK_PACKAGE_VENDOR "Spectrum")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL spectrum dev)
if(SPECTRUM_BUILD_STUDIO)
  list(APPEND CPACK_COMPONENTS_ALL studio)
endif()

set(SPECTRUM_PACKAGE_MAINTAINER "Spectrum maintainers <spectrum@example.org>"
    CACHE STRING "The Maintainer field of the Debian packages")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SPECTRUM_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(exact_version "${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")

set(CPACK_DEBIAN_SPECTRUM_PACKAGE_NAME spectrum)
set(CPACK_DEBIAN_SPECTRUM_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_SPECTRUM_PACKAGE_RECOMMENDS fonts-dejavu-core)  # a font to embed in PDF reports
# Descriptions: the summary, then lines of at most 80 characters.
set(CPACK_COMPONENT_SPECTRUM_DESCRIPTION
    "Scores health and care integration questionnaires into maturity profiles\n"
    "The spectrum command validates and scores a Health and Wellbeing Board's\n"
    "self-assessment with the built-in plugins, writes its integration profile\n"
    "and reports (HTML, PDF, Markdown, CSV), builds respondent forms and\n"
    "compares areas for regulators.")

set(CPACK_DEBIAN_STUDIO_PACKAGE_NAME spectrum-studio)
set(CPACK_DEBIAN_STUDIO_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_STUDIO_PACKAGE_DEPENDS "spectrum (= ${exact_version})")
set(CPACK_DEBIAN_STUDIO_PACKAGE_SECTION science)
set(CPACK_COMPONENT_STUDIO_DESCRIPTION
    "Desktop app for Spectrum integration self-assessments\n"
    "Spectrum Studio lets a Health and Wellbeing Board enter its self-assessment,\n"
    "see its integration profile as it goes, save it and export reports. It\n"
    "works offline.")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME spectrum-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "spectrum (= ${exact_version}), cmake (>= 3.25), g++ (>= 4:12)")
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_ARCHITECTURE all)
set(CPACK_COMPONENT_DEV_DESCRIPTION
    "SDK to write Spectrum scoring plugins\n"
    "The header-only plugin SDK, the CMake package for find_package(Spectrum)\n"
    "with spectrum_add_plugin(), which checks each plugin against its\n"
    "questionnaire as it is built, and a template plugin to start from\n"
    "(/usr/share/spectrum/template).")

# Every package carries its copyright file and changelog, as Debian policy asks. The date honours
# SOURCE_DATE_EPOCH, for reproducible packages.
string(TIMESTAMP package_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
foreach(component IN LISTS CPACK_COMPONENTS_ALL)
  set(package spectrum)
  if(component STREQUAL "studio")
    set(package spectrum-studio)
  elseif(component STREQUAL "dev")
    set(package spectrum-dev)
  endif()
  set(changelog ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian.gz)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.Debian.in
                 ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian @ONLY)
  execute_process(COMMAND gzip -9nf ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright ${changelog}
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} COMPONENT ${component})
endforeach()

# Manual pages, compressed as Debian policy asks.
foreach(page IN ITEMS spectrum spectrum-studio)
  set(component spectrum)
  if(page STREQUAL "spectrum-studio")
    set(component studio)
    if(NOT SPECTRUM_BUILD_STUDIO)
      continue()
    endif()
  endif()
  set(man ${PROJECT_BINARY_DIR}/packaging/man/${page}.1)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/man/${page}.1 ${man} COPYONLY)
  execute_process(COMMAND gzip -9nf ${man})
  install(FILES ${man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
endforeach()

include(CPack)
