# The library's sources, read from Filelists.mk (the one list, shared with Makefile and IDE
# projects), so that CMake and make cannot drift apart. Sets PRECIS_SOURCES (absolute paths).
# Used by the top-level CMakeLists.txt, the ESP-IDF branch and the Zephyr module.
get_filename_component(_precis_root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
# (read whole: the list's lines end in a backslash, which would escape a CMake list separator)
file(READ "${_precis_root}/Filelists.mk" _precis_text)
string(REGEX MATCHALL "\\$\\(PRECIS_DIR\\)/src/[^ \t\n\\]+\\.cpp" _precis_files "${_precis_text}")
set(PRECIS_SOURCES "")
foreach(_precis_file IN LISTS _precis_files)
  string(REPLACE "$(PRECIS_DIR)" "${_precis_root}" _precis_file "${_precis_file}")
  list(APPEND PRECIS_SOURCES "${_precis_file}")
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_precis_root}/Filelists.mk")
unset(_precis_text)
unset(_precis_files)
unset(_precis_file)
