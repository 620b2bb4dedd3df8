# Bare-metal Arm Cortex-M, shared part: arm-none-eabi-gcc with picolibc and semihosting.
# Not used directly: each cortex-*.cmake sets PRECIS_CPU_FLAGS and PRECIS_QEMU_MACHINE, then
# includes this file. Packages (Debian 12, --no-install-recommends): gcc-arm-none-eabi
# libstdc++-arm-none-eabi-dev picolibc-arm-none-eabi qemu-system-arm.
#
# Programs link with picolibc's own crt0 and linker script (no startup code of ours), for the
# memory of PRECIS_QEMU_MACHINE; precis_board() in toolchains/boards.cmake moves one program to
# another board. ctest runs them under qemu-system-arm through toolchains/qemu-cortex-m
# (semihosting: the program's stdout and exit status are QEMU's).
#
# Link C programs with the C driver: the library needs no C++ runtime, and Debian 12 ships no
# bare-metal libstdc++.a for picolibc (set LINKER_LANGUAGE C on executables that link precis).
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)
set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
set(CMAKE_ASM_COMPILER arm-none-eabi-gcc)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

# --specs=picolibc.specs must appear once per command line: CMake passes compile flags at link.
set(CMAKE_C_FLAGS_INIT "${PRECIS_CPU_FLAGS} --specs=picolibc.specs -ffunction-sections -fdata-sections")
set(CMAKE_CXX_FLAGS_INIT "${CMAKE_C_FLAGS_INIT} -fno-exceptions -fno-rtti -fno-threadsafe-statics")
set(CMAKE_ASM_FLAGS_INIT "${PRECIS_CPU_FLAGS}")

include(${CMAKE_CURRENT_LIST_DIR}/boards.cmake)
precis_board_memory(${PRECIS_QEMU_MACHINE} _precis_memory)
# --crt0=semihost: the default crt0 spins forever after main returns; this one exits with its status.
set(CMAKE_EXE_LINKER_FLAGS_INIT "--oslib=semihost --crt0=semihost -Wl,--gc-sections ${_precis_memory}")

set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/qemu-cortex-m;${PRECIS_QEMU_MACHINE}")
set(PRECIS_BARE_METAL ON)

# The command-line tool and the evaluation tools need a hosted C++ library: off by default here.
set(PRECIS_BUILD_CLI OFF CACHE BOOL "Build the precis command-line tool (needs a hosted C++ library)")
set(PRECIS_BUILD_TOOLS OFF CACHE BOOL "Build the evaluation tools (needs a hosted C++ library)")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
