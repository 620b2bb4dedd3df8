# Bare-metal Cortex-M4F (ARMv7E-M, FPv4-SP, hard-float ABI). Tests run on QEMU mps2-an386.
# (precis itself is integer-only; the float ABI matters for linking with the rest of a firmware.)
set(PRECIS_CPU_FLAGS "-mcpu=cortex-m4 -mthumb -mfpu=fpv4-sp-d16 -mfloat-abi=hard")
set(PRECIS_QEMU_MACHINE mps2-an386)
set(PRECIS_FIRMWARE_BOARD mps2-an386)
include(${CMAKE_CURRENT_LIST_DIR}/arm-none-eabi.cmake)
