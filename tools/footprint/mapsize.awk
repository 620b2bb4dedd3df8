# Sums the input sections of a GNU ld link map (-Wl,-Map) by origin and kind:
#   awk -f mapsize.awk prog.map  ->  lines "ORIGIN KIND BYTES", then "member OBJECT KIND BYTES"
#                                     for each object of libprecis.a
# ORIGIN: precis (libprecis.a), libgcc, libc (the C library archives), other (startup code and
# the program's own objects). KIND: code (.text*), rodata (.rodata*, .init_array ...), data
# (.data*, .tdata*), bss (.bss*, .tbss*, COMMON). Only the memory map is read (sections that
# --gc-sections discarded are listed before it and do not count); debug sections are skipped.
function kind_of(name) {
  if (name ~ /^\.text/) return "code"
  if (name ~ /^\.(rodata|init_array|fini_array|preinit_array|ARM\.exidx|ARM\.extab)/) return "rodata"
  if (name ~ /^\.(data|tdata|sdata)/) return "data"
  if (name ~ /^\.(bss|tbss|sbss)/ || name == "COMMON") return "bss"
  return ""
}
function origin_of(file) {
  if (file ~ /libprecis\.a\(/) return "precis"
  if (file ~ /libgcc\.a\(/) return "libgcc"
  if (file ~ /lib(c|m|g|semihost|nosys|rdimon|c_nano)\.a\(/) return "libc"
  return "other"
}
function add(name, size, file,   k, o, m) {
  k = kind_of(name)
  if (k == "") return
  o = origin_of(file)
  sum[o " " k] += strtonum_hex(size)
  if (o == "precis") {
    m = file
    sub(/.*\(/, "", m)
    sub(/\)$/, "", m)
    sub(/\.(cpp|c)\.(obj|o)$/, "", m)
    member[m " " k] += strtonum_hex(size)
    members[m] = 1
  }
}
function strtonum_hex(s,   i, c, v) {
  v = 0
  s = tolower(s)
  sub(/^0x/, "", s)
  for (i = 1; i <= length(s); i++) {
    c = index("0123456789abcdef", substr(s, i, 1)) - 1
    v = v * 16 + c
  }
  return v
}
/^Linker script and memory map/ { inmap = 1; next }
!inmap { next }
# an input section name alone on its line; its address, size and file follow on the next
/^ [^ ]+$/ { pending = $1; next }
/^ [^ ]+[ ]+0x[0-9a-fA-F]+[ ]+0x[0-9a-fA-F]+[ ]+[^ ]/ {
  add($1, $3, $4); pending = ""; next
}
/^[ ]+0x[0-9a-fA-F]+[ ]+0x[0-9a-fA-F]+[ ]+[^ ]/ {
  if (pending != "") add(pending, $2, $3)
  pending = ""; next
}
{ pending = "" }
END {
  split("precis libgcc libc other", origins, " ")
  split("code rodata data bss", kinds, " ")
  for (o = 1; o <= 4; o++) for (k = 1; k <= 4; k++) print origins[o], kinds[k], sum[origins[o] " " kinds[k]] + 0
  for (m in members) for (k = 1; k <= 4; k++) print "member", m, kinds[k], member[m " " kinds[k]] + 0
}
