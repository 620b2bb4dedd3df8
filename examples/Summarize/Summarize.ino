// Summarize: precis in an Arduino sketch. A short news report held in flash is summarized once,
// at start-up, with a static workspace (no heap), and the summary is printed on the serial port.
//
// precis is C++17: it needs a board core whose compiler supports it (ESP32, RP2040, the Arm
// mbed cores and other GCC >= 8 cores); the classic AVR core (gcc 7, C++11) cannot build it.
#include <precis.h>

// The story: tests/target/texts/short.txt of the precis repository (written for the project).
static const char story[] =
    "Cold snap closes mountain pass\n"
    "\n"
    "ARDEN (Coastal Wire) - The Arden pass was closed to traffic on Wednesday after overnight temperatures fell to minus 19 C and drifting snow blocked the road near the summit.\n"
    "\n"
    "About 300 lorries were held at a parking area at the foot of the pass, and drivers were told to expect a wait of at least a day, the roads agency said.\n"
    "\n"
    "Snowploughs worked through the night, but strong winds filled the road again within hours. The agency said it would not reopen the pass until the wind dropped.\n"
    "\n"
    "Forecasters said the cold would ease at the weekend, when milder air from the west is expected to bring rain to the valleys.\n"
    "\n"
    "The pass, at 1,840 metres, is the main route between the two halves of the province and is used by about 4,000 vehicles a day.\n";

// Limits for stories up to 1 KiB; setup() checks that the workspace is large enough for them.
static const precis_limits limits = {1024, 16, 128, 192, 1};
static unsigned char workspace[6144];
static char summary[320];

void setup() {
    Serial.begin(115200);
    while (!Serial) {
    }
    precis_doc doc = {story, sizeof story - 1};
    precis_config config = {};
    precis_span spans[8];
    precis_result result;

    if (precis_workspace_size(&limits) > sizeof workspace) {
        Serial.println("precis: the workspace is too small for the limits");
        return;
    }
    config.limits = limits;
    config.budget_kind = PRECIS_BUDGET_BYTES;  // the summary, one sentence per line, fits the buffer
    config.budget = sizeof summary;
    int n = precis_summarize(&doc, 1, &config, workspace, sizeof workspace, spans, 8, &result);
    if (n < 0 || precis_join(&doc, 1, spans, (size_t)n, "\n", summary, sizeof summary) < 0) {
        Serial.print("precis: ");
        Serial.println(precis_status_name(n < 0 ? n : PRECIS_ERR_OUTPUT));
        return;
    }
    Serial.println(summary);
}

void loop() {}
