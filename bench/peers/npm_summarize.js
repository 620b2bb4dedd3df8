#!/usr/bin/env node
// Runs the npm summarizers `ts-textrank` (1.0.3) and `lexrank` (1.0.5) over every item of a data
// set in ONE Node process, so that the per-item cost is measured without Node's start-up, and
// writes one selected sentence per line:
//   OUT/ts-textrank/<id>.txt and OUT/lexrank/<id>.txt
//
// usage: node npm_summarize.js [-n N] [--only ts-textrank|lexrank] SET_DIR OUT_DIR
//
// The packages are installed from the npm registry by `npm ci` in this folder (package.json and
// package-lock.json pin the versions); none of their code is part of precis.
//
// Items (layout of ../shared/README.md): SET_DIR/<id>/article.txt, or doc1.txt..docN.txt (oldest
// first), which are joined in order with a blank line between them, as for OTS.
//
// Per-item timing goes to stderr: one line per item and package, then a summary line per package.
//
// What each package gives and how it becomes lines (see README.md for the quirks):
// - ts-textrank: AbsoluteSummarizerConfig(N, SorensenDiceSimilarity, DefaultTextParser, 0.85,
//   Summarizer.SORT_OCCURENCE) returns the N best sentences as strings in document order (the
//   package can also return them in score order, SORT_SCORE; we ask for document order, which is
//   what precis outputs). Its parser splits the text with /\.[^\w]|[\n¡!\?¿]/ and trims the parts,
//   so every returned sentence has lost its final ". " (or `."`, `.”`) or "!"/"?". We restore
//   the punctuation the split consumed (found by running the same split) so that the line reads as
//   in the document; the selection is unchanged. Duplicate sentences (same words) are merged by
//   the package; the later occurrence wins, as it does in the package.
// - lexrank: summarize(text, N, cb) calls back synchronously with topLines = [{weight, text,
//   index}], already sorted by index (document order). `text` is the package's own sentence
//   (sentence-tokenizer: whitespace collapsed, split after any word ending in . ! ?). Written as is.
'use strict';

const fs = require('fs');
const path = require('path');

function usage() {
  process.stderr.write('usage: node npm_summarize.js [-n N] [--only ts-textrank|lexrank] SET_DIR OUT_DIR\n');
  process.exit(2);
}

let n = 3;
let only = null;
const positional = [];
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '-n') n = parseInt(process.argv[++i], 10);
  else if (a === '--only') only = process.argv[++i];
  else if (a.startsWith('-')) usage();
  else positional.push(a);
}
if (positional.length !== 2 || !(n > 0) || (only && only !== 'ts-textrank' && only !== 'lexrank')) usage();
const [setDir, outDir] = positional;

const { loadItems, tsTextrankSummarizer, lexrankSummarizer } = require('./peers');

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

function writeSummary(dir, id, lines) {
  const body = lines.map(collapse).filter((l) => l !== '');
  fs.writeFileSync(path.join(dir, `${id}.txt`), body.length ? body.join('\n') + '\n' : '');
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
}

// Runs summarize(text) (the package call, timed) and toLines(text, result) (not timed) over all
// items, writes OUT/name/<id>.txt, reports timing.
function runPackage(name, loadMs, items, summarize, toLines) {
  const dir = path.join(outDir, name);
  fs.mkdirSync(dir, { recursive: true });
  const times = [];
  let sentences = 0;
  for (const item of items) {
    const t0 = process.hrtime.bigint();
    const result = summarize(item.text);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const lines = toLines(item.text, result);
    times.push(ms);
    sentences += lines.length;
    writeSummary(dir, item.id, lines);
    process.stderr.write(`${name} ${item.id} ${Buffer.byteLength(item.text)} B ${lines.length} sentences ${ms.toFixed(2)} ms\n`);
  }
  const total = times.reduce((a, b) => a + b, 0);
  process.stderr.write(
    `${name}: ${items.length} items, ${sentences} sentences, require ${loadMs.toFixed(0)} ms, ` +
      `summarize total ${(total / 1000).toFixed(2)} s, per item mean ${(total / items.length).toFixed(2)} ms, ` +
      `median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms\n`,
  );
}

const items = loadItems(setDir);
if (items.length === 0) {
  process.stderr.write(`npm_summarize: no items in ${setDir}\n`);
  process.exit(1);
}

// ts-textrank runs first: lexrank's dependency sugar 1.3.9 extends the built-in String and Array
// prototypes when it is loaded, so it is required only after ts-textrank has finished (checked:
// ts-textrank's output on 300 cnndm_val items is the same either way, but nothing depends on it).
if (only !== 'lexrank') {
  const t0 = process.hrtime.bigint();
  const tr = require('ts-textrank');
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const summarize = tsTextrankSummarizer(tr, n);
  // The same split as DefaultTextParser.parse; for every trimmed part, the punctuation that the
  // split consumed after it (". " -> ".", `."` -> `."`, "!" -> "!", "\n" -> "", "¿" -> "").
  // (Checked: on cnndm_val and duc2003_task2 every line written is then verbatim in the text.)
  const separators = (text) => {
    const map = new Map();
    const rx = /\.[^\w]|[\n¡!\?¿]/g;
    let start = 0;
    const add = (part, sep) => {
      const raw = part.trim();
      const punct = sep.replace(/[\s¡¿]/g, '');
      // with the space the part ended on, if any (CNN's "Twitter . Follow" stays verbatim)
      const tail = punct ? part.slice(part.trimEnd().length) + punct : '';
      if (raw !== '') map.set(raw, tail); // the later occurrence wins, as in the package
    };
    for (let m; (m = rx.exec(text)) !== null; ) {
      add(text.slice(start, m.index), m[0]);
      start = m.index + m[0].length;
    }
    add(text.slice(start), '');
    return map;
  };
  runPackage(
    'ts-textrank', loadMs, items,
    summarize,
    (text, summary) => {
      const seps = separators(text);
      return summary.map((raw) => raw + (seps.get(raw) || ''));
    });
}

if (only !== 'ts-textrank') {
  const t0 = process.hrtime.bigint();
  const lexrank = require('lexrank');
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  runPackage(
    'lexrank', loadMs, items,
    lexrankSummarizer(lexrank, n),
    (text, top) => top.map((t) => t.text));
}
