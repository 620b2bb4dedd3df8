# The version is written in one place, include/precis/precis.h (PRECIS_VERSION_MAJOR/MINOR/
# PATCH); this reads it into PRECIS_VERSION_FROM_HEADER for project(), the package files and the
# manifest test.
get_filename_component(_precis_root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
file(STRINGS "${_precis_root}/include/precis/precis.h" _precis_version_lines
     REGEX "^#define PRECIS_VERSION_(MAJOR|MINOR|PATCH) [0-9]+$")
foreach(_precis_part MAJOR MINOR PATCH)
  string(REGEX MATCH "PRECIS_VERSION_${_precis_part} ([0-9]+)" _precis_match "${_precis_version_lines}")
  set(_precis_${_precis_part} "${CMAKE_MATCH_1}")
endforeach()
set(PRECIS_VERSION_FROM_HEADER "${_precis_MAJOR}.${_precis_MINOR}.${_precis_PATCH}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_precis_root}/include/precis/precis.h")
