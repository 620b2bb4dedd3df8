// A stand-in for the parts of Arduino's core that examples/Summarize/Summarize.ino uses, so that
// the sketch compiles and runs on the host (the Arduino SDK is not installable here). Serial
// writes to stdout; main() runs setup() and one loop(), as a board would after reset.
#pragma once
#include <cstdio>

struct HostSerial {
    void begin(unsigned long) {}
    explicit operator bool() const { return true; }
    void print(const char *s) { std::fputs(s, stdout); }
    void println(const char *s) { std::printf("%s\n", s); }
};
inline HostSerial Serial;

void setup();
void loop();
int main() {
    setup();
    loop();
    return 0;
}
