# Embedded Linux on 64-bit Arm (little-endian). Packages: g++-aarch64-linux-gnu qemu-user.
set(PRECIS_TRIPLE aarch64-linux-gnu)
set(PRECIS_PROCESSOR aarch64)
set(PRECIS_QEMU_USER qemu-aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/linux-gnu.cmake)
