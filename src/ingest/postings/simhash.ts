/**
 * 64-bit SimHash (Charikar) of a text's word bigrams: near-identical texts get hashes a few
 * bits apart, unrelated ones about 32 bits apart. Words are lower-cased (accents kept: a
 * reposted ad keeps its spelling, and folding them cost a third of the hashing). Words are
 * hashed once (FNV-1a); each bigram's two 32-bit halves come from murmur3's finalizer.
 */
/** Words of the lower-cased text (Latin letters with their accents, digits). */
const WORD = /[a-z0-9\u00df-\u024f]+/g;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finalizer: spreads a combined pair of word hashes over all 32 bits. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Lower case of each UTF-16 code unit, filled on first use (0: not yet known). */
const LOWER = new Uint16Array(65_536);
/** Code units whose lower case is not one code unit (U+0130 → "i̇"): the text takes the
 * reference path. */
const ODD = 0xffff;

function lower(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  let l = LOWER[c] as number;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : ODD;
    LOWER[c] = l;
  }
  return l;
}

/** A character of WORD (after lower-casing). */
const isWordUnit = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xdf && c <= 0x24f);

/** Per-bit counts of the features' two 32-bit halves, kept four bits a counter in eight words
 * (nibble i of acc[j] counts bit 4i + j of the high half, of acc[4 + j] of the low half),
 * spilled into `counts` every 15 features, before a nibble can overflow. */
class BitCounts {
  readonly counts = new Int32Array(64);
  private readonly acc = new Int32Array(8);
  private pending = 0;

  add(hi: number, lo: number): void {
    const a = this.acc;
    a[0] = (a[0] as number) + (hi & 0x11111111);
    a[1] = (a[1] as number) + ((hi >>> 1) & 0x11111111);
    a[2] = (a[2] as number) + ((hi >>> 2) & 0x11111111);
    a[3] = (a[3] as number) + ((hi >>> 3) & 0x11111111);
    a[4] = (a[4] as number) + (lo & 0x11111111);
    a[5] = (a[5] as number) + ((lo >>> 1) & 0x11111111);
    a[6] = (a[6] as number) + ((lo >>> 2) & 0x11111111);
    a[7] = (a[7] as number) + ((lo >>> 3) & 0x11111111);
    this.pending += 1;
    if (this.pending === 15) this.spill();
  }

  spill(): void {
    const { acc, counts } = this;
    for (let j = 0; j < 8; j += 1) {
      const v = acc[j] as number;
      const base = j < 4 ? j : 28 + j;
      for (let i = 0; i < 8; i += 1)
        counts[base + 4 * i] = (counts[base + 4 * i] as number) + ((v >>> (4 * i)) & 0xf);
      acc[j] = 0;
    }
    this.pending = 0;
  }
}

function digest(counts: Int32Array, features: number): string {
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b += 1) {
    if (2 * (counts[b] as number) > features) hi |= 1 << b;
    if (2 * (counts[32 + b] as number) > features) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** 16 hex digits, or null for a text of fewer than 8 words (too short to compare). One pass
 * over the text's code units, hashing each word as it is read: no lower-cased copy, no array
 * of words (the regular expression and its strings were a fifth of a posting's ingest). */
export function simHash(text: string): string | null {
  const bits = new BitCounts();
  let words = 0;
  let previous = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i += 1) {
    const c = i < text.length ? lower(text.charCodeAt(i)) : 0x20;
    if (c === ODD) return referenceSimHash(text);
    if (isWordUnit(c)) {
      if (!inWord) {
        inWord = true;
        h = 0x811c9dc5;
      }
      h = Math.imul(h ^ c, 0x01000193);
      continue;
    }
    if (!inWord) continue;
    inWord = false;
    const word = h >>> 0;
    if (words > 0) {
      const pair = Math.imul(previous, 0x9e3779b1) ^ word;
      bits.add(mix(pair), mix(pair ^ 0x5bd1e995));
    }
    previous = word;
    words += 1;
  }
  if (words < 8) return null;
  bits.spill();
  return digest(bits.counts, words - 1);
}

/** Adds the set bits of `h` to counts[offset .. offset + 31]. */
function countBits(counts: Int32Array, h: number, offset: number): void {
  let x = h;
  while (x !== 0) {
    const low = x & -x;
    counts[offset + 31 - Math.clz32(low)] = (counts[offset + 31 - Math.clz32(low)] as number) + 1;
    x ^= low;
  }
}

/** The definition simHash follows (kept for the texts it hands over, and for its tests):
 * words of the lower-cased text by WORD, each bigram a feature. */
export function referenceSimHash(text: string): string | null {
  const words = text.toLowerCase().match(WORD);
  if (!words || words.length < 8) return null;
  const hashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i += 1) hashes[i] = fnv1a(words[i] as string);
  // Each bit is set when more than half of the features (word bigrams) set it.
  const counts = new Int32Array(64);
  const features = words.length - 1;
  for (let i = 0; i < features; i += 1) {
    const pair = Math.imul(hashes[i] as number, 0x9e3779b1) ^ (hashes[i + 1] as number);
    countBits(counts, mix(pair), 0);
    countBits(counts, mix(pair ^ 0x5bd1e995), 32);
  }
  return digest(counts, features);
}

function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Bits that differ between two hashes of simHash. */
export function hammingDistance(a: string, b: string): number {
  return (
    popcount32(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) +
    popcount32(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16))
  );
}
