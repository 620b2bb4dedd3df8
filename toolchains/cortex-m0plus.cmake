# Bare-metal Cortex-M0+ (ARMv6-M, soft float). QEMU has no M0+ model: tests run on mps2-an385
# (a Cortex-M3 executing this ARMv6-M code, same instructions; 4 MiB RAM for the golden suite),
# and the firmware example runs on microbit (a Cortex-M0: ARMv6-M, 16 KiB RAM).
set(PRECIS_CPU_FLAGS "-mcpu=cortex-m0plus -mthumb -mfloat-abi=soft")
set(PRECIS_QEMU_MACHINE mps2-an385)
set(PRECIS_FIRMWARE_BOARD microbit)
include(${CMAKE_CURRENT_LIST_DIR}/arm-none-eabi.cmake)
