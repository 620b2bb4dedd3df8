# Embedded Linux on 64-bit RISC-V (little-endian). Packages: g++-riscv64-linux-gnu qemu-user.
set(PRECIS_TRIPLE riscv64-linux-gnu)
set(PRECIS_PROCESSOR riscv64)
set(PRECIS_QEMU_USER qemu-riscv64)
include(${CMAKE_CURRENT_LIST_DIR}/linux-gnu.cmake)
