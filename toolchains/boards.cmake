# The QEMU boards the bare-metal programs run on (qemu-system-arm 7.2), and how to link for them.
# picolibc's linker script places code at __flash and data, heap and stack in __ram..+__ram_size
# (the stack at the top); a later --defsym wins, so a program may move to another board.
#
#   board          core                        flash            RAM
#   mps2-an385     Cortex-M3                   4 MiB @0x0       4 MiB @0x20000000
#   mps2-an386     Cortex-M4F                  4 MiB @0x0       4 MiB @0x20000000
#   mps2-an500     Cortex-M7 (fpv5-d16)        4 MiB @0x0       4 MiB @0x20000000
#   lm3s6965evb    Cortex-M3                   256 KiB @0x0     64 KiB @0x20000000
#   microbit       Cortex-M0 (nRF51; ARMv6-M)  256 KiB @0x0     16 KiB @0x20000000
include_guard(GLOBAL)

function(precis_board_memory board out)
  if(board MATCHES "^mps2-an(385|386|500)$")
    set(flash 0x400000)
    set(ram 0x400000)
  elseif(board STREQUAL "lm3s6965evb")
    set(flash 0x40000)
    set(ram 0x10000)
  elseif(board STREQUAL "microbit")
    set(flash 0x40000)
    set(ram 0x4000)
  else()
    message(FATAL_ERROR "precis: unknown board '${board}' (see toolchains/boards.cmake)")
  endif()
  set(${out} "-Wl,--defsym=__flash=0x0 -Wl,--defsym=__flash_size=${flash} -Wl,--defsym=__ram=0x20000000 -Wl,--defsym=__ram_size=${ram}" PARENT_SCOPE)
endfunction()

# Links `target` for `board` and makes ctest run it there (instead of PRECIS_QEMU_MACHINE).
function(precis_board target board)
  precis_board_memory(${board} memory)
  separate_arguments(memory UNIX_COMMAND "${memory}")
  target_link_options(${target} PRIVATE ${memory})
  set_target_properties(${target} PROPERTIES
    CROSSCOMPILING_EMULATOR "${PRECIS_TOOLCHAINS_DIR}/qemu-cortex-m;${board}")
endfunction()
set(PRECIS_TOOLCHAINS_DIR ${CMAKE_CURRENT_LIST_DIR})
