/**
 * 64-bit SimHash (Charikar) of a text's word bigrams: near-identical texts get hashes a few
 * bits apart, unrelated ones about 32 bits apart. Words are lower-cased (accents kept: a
 * reposted ad keeps its spelling, and folding them cost a third of the hashing). Words are hashed once (FNV-1a); each bigram's two 32-bit halves come from murmur3's finalizer.
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

/** Adds the set bits of `h` to counts[offset .. offset + 31]. */
function countBits(counts: Int32Array, h: number, offset: number): void {
  let x = h;
  while (x !== 0) {
    const low = x & -x;
    counts[offset + 31 - Math.clz32(low)] = (counts[offset + 31 - Math.clz32(low)] as number) + 1;
    x ^= low;
  }
}

/** 16 hex digits, or null for a text of fewer than 8 words (too short to compare). */
export function simHash(text: string): string | null {
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
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b += 1) {
    if (2 * (counts[b] as number) > features) hi |= 1 << b;
    if (2 * (counts[32 + b] as number) > features) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
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
