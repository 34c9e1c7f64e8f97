# The installable SDK (the spectrum-dev package): the headers of Spectrum::sdk (its FILE_SET HEADERS,
# spectrum/plugin.h and what it includes; the host's own headers stay private), the CMake package
# that find_package(Spectrum) reads, spectrum_add_plugin(), and the template plugin to start from.
# Spectrum::plugin_host, which checks a plugin as it is built, is exported too; it is installed with the
# host (the spectrum package), which spectrum-dev depends on.
include(CMakePackageConfigHelpers)
install(TARGETS spectrum_sdk EXPORT SpectrumTargets FILE_SET HEADERS COMPONENT dev)
install(EXPORT SpectrumTargets NAMESPACE Spectrum:: DESTINATION ${SPECTRUM_CMAKE_INSTALL_DIR} COMPONENT dev)
configure_package_config_file(cmake/SpectrumConfig.cmake.in ${PROJECT_BINARY_DIR}/SpectrumConfig.cmake
  INSTALL_DESTINATION ${SPECTRUM_CMAKE_INSTALL_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/SpectrumConfigVersion.cmake
  COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES ${PROJECT_BINARY_DIR}/SpectrumConfig.cmake ${PROJECT_BINARY_DIR}/SpectrumConfigVersion.cmake
  cmake/SpectrumPlugin.cmake DESTINATION ${SPECTRUM_CMAKE_INSTALL_DIR} COMPONENT dev)
install(DIRECTORY plugins/template/ DESTINATION ${CMAKE_INSTALL_DATADIR}/spectrum/template COMPONENT dev)
