#!/usr/bin/env python3
"""The package manifests are well formed and agree with the repository: each parses, has the keys
its ecosystem requires, carries the version of include/precis/precis.h (the one place it is
written), and every path it names exists. The SDKs themselves (Zephyr, ESP-IDF, PlatformIO,
Arduino) are not installable here, so this is what can be checked without them.

  check_manifests.py PROJECT_DIR
"""
import json
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
problems = []


def fail(what):
    problems.append(what)


def read(rel):
    path = os.path.join(root, rel)
    if not os.path.isfile(path):
        fail("%s is missing" % rel)
        return ""
    with open(path, encoding="utf-8") as f:
        return f.read()


def need_path(manifest, rel, kind="file or directory"):
    if not os.path.exists(os.path.join(root, rel)):
        fail("%s names %s, which does not exist (%s)" % (manifest, rel, kind))


def simple_yaml(text):
    """The YAML subset the manifests use: nested maps by indentation, '- item' lists, scalars
    (quoted or not), comments. Enough to read them without PyYAML (not installed everywhere)."""
    lines = []
    for raw in text.splitlines():
        stripped = raw.split(" #")[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if stripped.strip():
            lines.append((len(stripped) - len(stripped.lstrip()), stripped.strip()))

    def scalar(v):
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
            return v[1:-1]
        return v

    def block(i, indent):
        if i < len(lines) and lines[i][1].startswith("- "):
            out = []
            while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("- "):
                out.append(scalar(lines[i][1][2:]))
                i += 1
            return out, i
        out = {}
        while i < len(lines) and lines[i][0] == indent:
            key, _, value = lines[i][1].partition(":")
            if not _:
                raise ValueError("line %r is not 'key: value'" % lines[i][1])
            i += 1
            if value.strip():
                out[key.strip()] = scalar(value)
            elif i < len(lines) and lines[i][0] > indent:
                out[key.strip()], i = block(i, lines[i][0])
            else:
                out[key.strip()] = None
        return out, i

    value, end = block(0, lines[0][0] if lines else 0)
    if end != len(lines):
        raise ValueError("unexpected indentation at %r" % lines[end][1])
    return value


header = read("include/precis/precis.h")
parts = [re.search(r"#define PRECIS_VERSION_%s (\d+)" % p, header) for p in ("MAJOR", "MINOR", "PATCH")]
if not all(parts):
    fail("include/precis/precis.h lacks PRECIS_VERSION_MAJOR/MINOR/PATCH")
    version = None
else:
    version = ".".join(m.group(1) for m in parts)
    string = re.search(r'#define PRECIS_VERSION_STRING "([^"]+)"', header)
    if not string or string.group(1) != version:
        fail("PRECIS_VERSION_STRING is not %s" % version)


def same_version(manifest, found):
    if version and found != version:
        fail("%s has version %r, precis.h %s (scripts/set-version writes them all)" % (manifest, found, version))


# ---- Zephyr module ----
try:
    module = simple_yaml(read("zephyr/module.yml"))
    if not module.get("name"):
        fail("zephyr/module.yml: no name")
    build = module.get("build") or {}
    if "cmake" not in build or "kconfig" not in build:
        fail("zephyr/module.yml: build needs cmake and kconfig")
    else:
        need_path("zephyr/module.yml", os.path.join(build["cmake"], "CMakeLists.txt"), "build.cmake")
        need_path("zephyr/module.yml", build["kconfig"], "build.kconfig")
    kconfig = read("zephyr/Kconfig")
    for symbol in ("PRECIS", "PRECIS_CLASSIC_ALGORITHMS"):
        if not re.search(r"^config %s$" % symbol, kconfig, re.M):
            fail("zephyr/Kconfig: no config %s" % symbol)
    zcmake = read("zephyr/CMakeLists.txt")
    for needed in ("CONFIG_PRECIS", "cmake/sources.cmake", "zephyr_library"):
        if needed not in zcmake:
            fail("zephyr/CMakeLists.txt does not use %s" % needed)
except ValueError as e:
    fail("zephyr/module.yml does not parse: %s" % e)

# ---- ESP-IDF component ----
try:
    idf = simple_yaml(read("idf_component.yml"))
    for key in ("version", "description"):
        if not idf.get(key):
            fail("idf_component.yml: no %s" % key)
    same_version("idf_component.yml", idf.get("version"))
    if not re.search(r"^config PRECIS_CLASSIC_ALGORITHMS$", read("Kconfig"), re.M):
        fail("Kconfig (ESP-IDF menuconfig): no config PRECIS_CLASSIC_ALGORITHMS")
    top = read("CMakeLists.txt")
    branch = re.search(r"if\(ESP_PLATFORM\)(.*?)endif\(\)", top, re.S)
    if not branch or "idf_component_register" not in branch.group(1):
        fail("CMakeLists.txt has no ESP_PLATFORM branch calling idf_component_register")
    elif top.index("if(ESP_PLATFORM)") > top.index("project("):
        fail("CMakeLists.txt: the ESP_PLATFORM branch must come before project()")
    else:
        for rel in re.findall(r"INCLUDE_DIRS ([^\s)]+)", branch.group(1)):
            need_path("CMakeLists.txt (ESP-IDF)", rel, "INCLUDE_DIRS")
except ValueError as e:
    fail("idf_component.yml does not parse: %s" % e)

# ---- PlatformIO ----
try:
    pio = json.loads(read("library.json") or "{}")
    for key in ("name", "version", "description", "frameworks", "platforms", "build"):
        if key not in pio:
            fail("library.json: no %s" % key)
    same_version("library.json", pio.get("version"))
    build = pio.get("build", {})
    for key in ("srcDir", "includeDir"):
        if key in build:
            need_path("library.json", build[key], "build." + key)
    for rel in pio.get("export", {}).get("include", []):
        need_path("library.json", rel, "export.include")
    for example in pio.get("examples", []):
        for f in example.get("files", []):
            need_path("library.json", os.path.join(example["base"], f), "examples")
    for h in pio.get("headers", []):
        need_path("library.json", os.path.join(build.get("includeDir", "include"), h), "headers")
except json.JSONDecodeError as e:
    fail("library.json does not parse: %s" % e)

# ---- Arduino ----
props = {}
for n, line in enumerate(read("library.properties").splitlines(), 1):
    if not line.strip() or line.startswith("#"):
        continue
    if "=" not in line:
        fail("library.properties line %d is not key=value" % n)
        continue
    key, value = line.split("=", 1)
    props[key.strip()] = value.strip()
for key in ("name", "version", "author", "maintainer", "sentence", "paragraph", "category", "url", "architectures"):
    if key not in props:
        fail("library.properties: no %s" % key)
same_version("library.properties", props.get("version"))
categories = {"Display", "Communication", "Signal Input/Output", "Sensors", "Device Control", "Timing",
              "Data Storage", "Data Processing", "Other"}
if props.get("category") not in categories:
    fail("library.properties: category %r is not one of Arduino's" % props.get("category"))
for h in [h.strip() for h in props.get("includes", "").split(",") if h.strip()]:
    need_path("library.properties", os.path.join("src", h), "includes")
examples = os.path.join(root, "examples")
sketches = [d for d in sorted(os.listdir(examples)) if os.path.isfile(os.path.join(examples, d, d + ".ino"))]
if not sketches:
    fail("no Arduino example: examples/<Name>/<Name>.ino")
if not os.path.isdir(os.path.join(root, "src")):
    fail("Arduino needs the sources under src/")

# ---- The one source list: every manifest builds what Filelists.mk names ----
filelists = read("Filelists.mk")
for rel in re.findall(r"\$\(PRECIS_DIR\)/(src/\S+\.cpp)", filelists):
    need_path("Filelists.mk", rel, "source")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("manifests: Zephyr, ESP-IDF, PlatformIO, Arduino well formed, version %s, paths present (%s)"
      % (version, ", ".join("examples/%s/%s.ino" % (s, s) for s in sketches)))
