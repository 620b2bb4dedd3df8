// Force-included (-include) when cli/main.cpp is compiled into the CLI fuzzer, so that the real
// command-line code runs in-process, unmodified: main becomes precis_cli_main, std::exit throws
// (the harness catches it and reads the status), and stdin/stdout/stderr are the harness's
// in-memory streams. Everything main.cpp includes is included first, so no system header sees
// these macros.
#pragma once

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace precis_fuzz {
struct Exit {
    int status;
};
extern std::FILE *in_stream, *out_stream, *err_stream;
}  // namespace precis_fuzz

namespace std {
[[noreturn]] void precis_fuzz_exit(int status);
}

int precis_cli_main(int argc, char **argv);

#define exit precis_fuzz_exit
#define main precis_cli_main
#undef stdin
#undef stdout
#undef stderr
#define stdin (::precis_fuzz::in_stream)
#define stdout (::precis_fuzz::out_stream)
#define stderr (::precis_fuzz::err_stream)
#define printf(...) fprintf(::precis_fuzz::out_stream, __VA_ARGS__)
