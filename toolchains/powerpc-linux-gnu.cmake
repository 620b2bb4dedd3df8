# Embedded Linux on 32-bit PowerPC: BIG-endian with a 32-bit size_t, the target that proves the
# core has no byte-order or word-size assumptions. Packages: g++-powerpc-linux-gnu qemu-user.
set(PRECIS_TRIPLE powerpc-linux-gnu)
set(PRECIS_PROCESSOR powerpc)
set(PRECIS_QEMU_USER qemu-ppc)
include(${CMAKE_CURRENT_LIST_DIR}/linux-gnu.cmake)
