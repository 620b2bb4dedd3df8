#!/usr/bin/env node
// Time per call of the npm summarizers `ts-textrank` (1.0.3) and `lexrank` (1.0.5) over the items
// of one or more data-set folders, in ONE warmed Node process: the figures bench/speed compares
// precis with (issue 11). The calls are those of npm_summarize.js (N sentences, document order),
// without writing any output.
//
// usage: node npm_speed.js [-n N] [--seconds S] [--min-rounds R] [--max-rounds R] [--cap-ms MS]
//                          NAME=DIR...
//
// Items as for npm_summarize.js: DIR/<id>/article.txt, or doc1.txt..docN.txt joined in order with
// a blank line between them. Timing as bench/speed.cpp: per package and case, one untimed pass
// over all items, then rounds of one timed pass until S seconds (default 0.5) and R rounds
// (default 5), at most --max-rounds (default 400); the figure is the median and quartiles over the
// rounds of microseconds per call. ts-textrank runs every case first, then lexrank is loaded (its
// dependency sugar extends the built-in prototypes; see npm_summarize.js). A case is skipped for a
// package when an earlier case of at most as many bytes per item took more than --cap-ms
// milliseconds per call (default 100). Output lines as precis-speed's (tab-separated):
//   figure ts-textrank summarize NAME ITEMS BYTES_PER_ITEM ROUNDS MEDIAN_US Q1_US Q3_US 0
//   skipped lexrank summarize NAME ITEMS BYTES_PER_ITEM REASON
'use strict';

const fs = require('fs');
const path = require('path');

let n = 3;
let seconds = 0.5;
let minRounds = 5;
let maxRounds = 400;
let capMs = 100;
const cases = [];
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '-n') n = parseInt(process.argv[++i], 10);
  else if (a === '--seconds') seconds = parseFloat(process.argv[++i]);
  else if (a === '--min-rounds') minRounds = Math.max(1, parseInt(process.argv[++i], 10));
  else if (a === '--max-rounds') maxRounds = Math.max(1, parseInt(process.argv[++i], 10));
  else if (a === '--cap-ms') capMs = parseFloat(process.argv[++i]);
  else if (!a.startsWith('-') && a.includes('=')) cases.push([a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);
  else {
    process.stderr.write('usage: node npm_speed.js [-n N] [--seconds S] [--min-rounds R] [--max-rounds R] [--cap-ms MS] NAME=DIR...\n');
    process.exit(2);
  }
}

const { loadItems, tsTextrankSummarizer, lexrankSummarizer } = require('./peers');

function quantile(xs, q) {
  const s = xs.slice().sort((a, b) => a - b);
  const pos = q * (s.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

const loaded = cases.map(([name, dir]) => {
  const items = loadItems(dir).map((item) => item.text);
  const bytes = items.reduce((a, t) => a + Buffer.byteLength(t), 0);
  return { name, items, perItem: items.length ? Math.floor(bytes / items.length) : 0 };
});

const nowUs = () => Number(process.hrtime.bigint()) / 1e3;

function run(pkg, summarize) {
  let cappedBytes = -1;
  let cappedMs = 0;
  for (const c of loaded) {
    if (c.items.length === 0) {
      process.stdout.write(`skipped\t${pkg}\tsummarize\t${c.name}\t0\t0\tno items\n`);
      continue;
    }
    if (cappedBytes >= 0 && c.perItem >= cappedBytes) {
      process.stdout.write(
        `skipped\t${pkg}\tsummarize\t${c.name}\t${c.items.length}\t${c.perItem}\tover the cap: ` +
          `${cappedMs.toFixed(0)} ms per call at ${cappedBytes} bytes per item (cap ${capMs} ms)\n`);
      continue;
    }
    for (const t of c.items) summarize(t); // warm
    const perCall = [];
    const begin = nowUs();
    while (perCall.length < maxRounds) {
      const t0 = nowUs();
      for (const t of c.items) summarize(t);
      const t1 = nowUs();
      perCall.push((t1 - t0) / c.items.length);
      if (perCall.length >= minRounds && t1 - begin >= seconds * 1e6) break;
    }
    const med = quantile(perCall, 0.5);
    process.stdout.write(
      `figure\t${pkg}\tsummarize\t${c.name}\t${c.items.length}\t${c.perItem}\t${perCall.length}\t` +
        `${med.toFixed(3)}\t${quantile(perCall, 0.25).toFixed(3)}\t${quantile(perCall, 0.75).toFixed(3)}\t0\n`);
    if (med / 1e3 > capMs && (cappedBytes < 0 || c.perItem < cappedBytes)) {
      cappedBytes = c.perItem;
      cappedMs = med / 1e3;
    }
  }
}

{
  run('ts-textrank', tsTextrankSummarizer(require('ts-textrank'), n));
}
{
  run('lexrank', lexrankSummarizer(require('lexrank'), n));
}
