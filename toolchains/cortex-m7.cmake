# Bare-metal Cortex-M7 (ARMv7E-M, FPv5 double precision, hard-float ABI). Tests run on QEMU
# mps2-an500.
set(PRECIS_CPU_FLAGS "-mcpu=cortex-m7 -mthumb -mfpu=fpv5-d16 -mfloat-abi=hard")
set(PRECIS_QEMU_MACHINE mps2-an500)
set(PRECIS_FIRMWARE_BOARD mps2-an500)
include(${CMAKE_CURRENT_LIST_DIR}/arm-none-eabi.cmake)
