// npm run bench:match — dictionary matching time per character with the built-in dictionaries and with
// 10x and 100x as many synthetic entries: the trie's cost per character must not grow with the entry count.
import { loadDictionaries } from '../src/resources/dictionaries.js';
import { FormTrie } from '../src/core/form-trie.js';
import { benchText } from './text.js';

const { text, source } = benchText(3000);
const dicts = loadDictionaries();
const forms = dicts.formList.map((f) => f.form);

/** Deterministic pseudo-random CJK forms (xorshift), so runs are comparable. */
function synthetic(n: number): string[] {
  let x = 2463534242;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = 2 + Math.floor(next() * 5);
    let s = '';
    // Common characters (the first 3,500 of the CJK block) so that synthetic forms share prefixes with real text.
    for (let k = 0; k < len; k++) s += String.fromCharCode(0x4e00 + Math.floor(next() * 3500));
    out.push(s);
  }
  return out;
}

function measure(label: string, all: string[]): void {
  const t0 = performance.now();
  const trie = new FormTrie();
  all.forEach((f, i) => {
    trie.add(f, i);
  });
  const build = performance.now() - t0;
  trie.matchAll(text); // warm-up
  const runs = 5;
  let matches = 0;
  const t1 = performance.now();
  for (let r = 0; r < runs; r++) matches = trie.matchAll(text).length;
  const ms = (performance.now() - t1) / runs;
  const nsPerChar = (ms * 1e6) / text.length;
  process.stdout.write(
    `${label.padEnd(28)} ${String(trie.size).padStart(9)} forms  build ${build.toFixed(0).padStart(6)} ms  match ${nsPerChar.toFixed(1).padStart(6)} ns/char  (${(((text.length / ms) * 1000) / 1e6).toFixed(1)} M chars/s, ${matches} matches)\n`,
  );
}

process.stdout.write(`text: ${text.length.toLocaleString()} characters from ${source}\n`);
measure('built-in dictionaries', forms);
measure('10x (synthetic entries)', [...forms, ...synthetic(forms.length * 9)]);
measure('100x (synthetic entries)', [...forms, ...synthetic(forms.length * 99)]);
