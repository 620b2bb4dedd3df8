# Embedded Linux, shared part: Debian's cross g++ for PRECIS_TRIPLE, with ctest running the
# programs under qemu-user (PRECIS_QEMU_USER) against the cross sysroot /usr/${PRECIS_TRIPLE}.
# Not used directly: each <triple>.cmake sets those two, then includes this file.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${PRECIS_PROCESSOR})
set(CMAKE_C_COMPILER ${PRECIS_TRIPLE}-gcc)
set(CMAKE_CXX_COMPILER ${PRECIS_TRIPLE}-g++)
set(CMAKE_FIND_ROOT_PATH /usr/${PRECIS_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# binfmt_misc is not relied on: every target program runs through the emulator.
set(CMAKE_CROSSCOMPILING_EMULATOR "${PRECIS_QEMU_USER};-L;/usr/${PRECIS_TRIPLE}")
