// The data set's items as the Node peers read them (npm_summarize.js, npm_speed.js): one place,
// so that every peer gets the same text. Sorted by id like bench/quality.cpp; an item is
// article.txt, or doc1.txt..docN.txt in order with a blank line between them.
'use strict';
const fs = require('fs');
const path = require('path');

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

module.exports = { loadItems };
