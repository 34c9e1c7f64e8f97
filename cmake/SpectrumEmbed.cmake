# spectrum_embed_files(<target> NAMESPACE <ns> FILES <file>...): compiles the bytes of the files into
# <target>. Its sources include "embedded_files.h", which declares <ns>::embedded_files() (every file)
# and <ns>::embedded_file(name) (one file's bytes). The files are embedded again when they change.
function(spectrum_embed_files target)
  cmake_parse_arguments(arg "" "NAMESPACE" "FILES" ${ARGN})
  set(dir ${CMAKE_CURRENT_BINARY_DIR}/generated)
  set(source ${dir}/embedded_files.cpp)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/embedded_files.h.in ${dir}/embedded_files.h @ONLY)
  string(REPLACE ";" "|" files_arg "${arg_FILES}")
  add_custom_command(OUTPUT ${source}
    COMMAND ${CMAKE_COMMAND} "-DOUTPUT=${source}" "-DFILES=${files_arg}" "-DNAMESPACE=${arg_NAMESPACE}"
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    DEPENDS ${arg_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Embedding the files of ${target}"
    VERBATIM)
  target_sources(${target} PRIVATE ${source})
  target_include_directories(${target} PRIVATE ${dir})
endfunction()
