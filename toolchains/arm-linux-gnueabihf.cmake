# Embedded Linux on 32-bit Arm, hard float (little-endian, 32-bit size_t). Packages:
# g++-arm-linux-gnueabihf qemu-user.
set(PRECIS_TRIPLE arm-linux-gnueabihf)
set(PRECIS_PROCESSOR arm)
set(PRECIS_QEMU_USER qemu-arm)
include(${CMAKE_CURRENT_LIST_DIR}/linux-gnu.cmake)
