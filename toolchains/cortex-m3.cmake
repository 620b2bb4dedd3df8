# Bare-metal Cortex-M3 (ARMv7-M, soft float). Tests run on QEMU mps2-an385; the firmware example
# on lm3s6965evb (a real Cortex-M3 part: 256 KiB flash, 64 KiB RAM).
set(PRECIS_CPU_FLAGS "-mcpu=cortex-m3 -mthumb -mfloat-abi=soft")
set(PRECIS_QEMU_MACHINE mps2-an385)
set(PRECIS_FIRMWARE_BOARD lm3s6965evb)
include(${CMAKE_CURRENT_LIST_DIR}/arm-none-eabi.cmake)
