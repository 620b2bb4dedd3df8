// What the Node peers share (npm_summarize.js for quality, npm_speed.js for speed), so that both
// benchmarks give each package the same text and call it the same way.
'use strict';
const fs = require('fs');
const path = require('path');

// The data set's items, sorted by id like bench/quality.cpp: article.txt, or doc1.txt..docN.txt
// in order with a blank line between them.
function loadItems(dir) {
  const items = [];
  if (!fs.existsSync(dir)) return items;
  for (const id of fs.readdirSync(dir).filter((e) => !e.startsWith('.')).sort()) {
    const itemDir = path.join(dir, id);
    if (!fs.statSync(itemDir).isDirectory()) continue;
    const docs = [];
    const article = path.join(itemDir, 'article.txt');
    if (fs.existsSync(article)) docs.push(fs.readFileSync(article, 'utf8'));
    for (let k = 1; fs.existsSync(path.join(itemDir, `doc${k}.txt`)); k++) {
      docs.push(fs.readFileSync(path.join(itemDir, `doc${k}.txt`), 'utf8'));
    }
    if (docs.length === 0) continue;
    items.push({ id, text: docs.map((d) => d.replace(/\s+$/, '')).join('\n\n') + '\n' });
  }
  return items;
}

// ts-textrank as the peers call it (its module passed in, so that a caller can time the require):
// N sentences, Sorensen-Dice similarity, its default parser, d = 0.85, document order.
function tsTextrankSummarizer(tr, n) {
  const config = new tr.AbsoluteSummarizerConfig(
    n, new tr.SorensenDiceSimilarity(), new tr.DefaultTextParser(), 0.85, tr.Summarizer.SORT_OCCURENCE);
  const logger = new tr.NullLogger();
  return (text) => new tr.Summarizer(config, logger).summarize(text, 'en');
}

// lexrank's top N lines: the package calls back synchronously, which is checked.
function lexrankSummarizer(lexrank, n) {
  return (text) => {
    let top = null;
    lexrank.summarize(text, n, (err, topLines) => {
      if (err) throw err;
      top = topLines;
    });
    if (top === null) throw new Error('lexrank did not call back synchronously');
    return top;
  };
}

module.exports = { loadItems, tsTextrankSummarizer, lexrankSummarizer };
