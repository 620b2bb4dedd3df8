#!/usr/bin/env python3
"""The deepest static call chain from an entry point, from GCC's call-graph files.

Compile with -fcallgraph-info=su (GCC 10 or later): each object gets a .ci file (VCG) with its
functions, their frame sizes and the calls they make. This joins the .ci files below DIR and
prints, for ENTRY, the chain of calls whose frames sum highest, one function a line: "frame
name". Calls through a function pointer and recursion are not followed; a function the
compiler did not see (libgcc, the C library) counts 0. The sum is an upper bound on what stack
painting measures (scripts/footprint), reached only on the inputs that take every call of the
chain: it says where the stack goes, not how deep a run goes.

    tools/footprint/deepest.py DIR [ENTRY [CALLER>CALLEE ...]]

ENTRY: an unmangled name (precis_summarize). Each CALLER>CALLEE adds the calls a function pointer
makes, which the compiler cannot see: from every function whose unmangled name contains CALLER to
every one whose name contains CALLEE ("walk_sentences(>Builder::emit(": build_model's callback).
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
entry = sys.argv[2] if len(sys.argv) > 2 else "precis_summarize"
frames, names, calls = {}, {}, {}
for dirpath, _, files in os.walk(root):
    for f in files:
        if not f.endswith(".ci"):
            continue
        for line in open(os.path.join(dirpath, f), encoding="utf-8", errors="replace"):
            title = re.search(r'title: "([^"]+)"', line)
            if line.startswith("node:") and title:
                key = title.group(1).split(":")[-1]  # the mangled name, without the file
                label = re.search(r'label: "([^"]*)"', line).group(1).split("\\n")
                size = re.search(r"(\d+) bytes", " ".join(label[1:]))
                names[key] = label[0]
                if size:
                    frames[key] = int(size.group(1))
            elif line.startswith("edge:"):
                src = re.search(r'sourcename: "([^"]+)"', line).group(1).split(":")[-1]
                dst = re.search(r'targetname: "([^"]+)"', line).group(1).split(":")[-1]
                calls.setdefault(src, set()).add(dst)

for pair in sys.argv[3:]:
    caller, _, callee = pair.partition(">")
    sources = [k for k in names if caller in names[k]]
    targets = [k for k in names if callee in names[k]]
    if not callee or not sources or not targets:
        sys.exit(f"deepest.py: {pair!r} names no caller or no callee in the .ci files below {root}")
    for src in sources:
        calls.setdefault(src, set()).update(targets)

sys.setrecursionlimit(100000)
memo = {}


def deepest(node, path):
    if node in memo:
        return memo[node]
    best = (0, [])
    for callee in sorted(calls.get(node, ())):
        if callee in path:
            continue  # recursion: not followed
        depth = deepest(callee, path | {node})
        if depth[0] > best[0]:
            best = depth
    memo[node] = (frames.get(node, 0) + best[0], [node] + best[1])
    return memo[node]


starts = sorted(k for k in names if names[k].split("(")[0].split(" ")[-1] == entry)
if not starts:
    sys.exit(f"deepest.py: no function {entry} in the .ci files below {root}")
total, chain = deepest(starts[0], frozenset())
print(f"{total} {entry}")
for node in chain:
    print(f"{frames.get(node, 0)} {names.get(node, node)}")
