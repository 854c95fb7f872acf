/**
 * 64-bit SimHash (Charikar) of a text's word bigrams: near-identical texts get hashes a few
 * bits apart, unrelated ones about 32 bits apart. Words are folded (case, accents) so a
 * re-typed ad still matches. Two 32-bit FNV-1a hashes (different offsets) make the 64 bits.
 */
import { foldText } from '../../domain/index.ts';

const WORD = /[a-z0-9]+/g;

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 16 hex digits, or null for a text of fewer than 8 words (too short to compare). */
export function simHash(text: string): string | null {
  const words = foldText(text).match(WORD);
  if (!words || words.length < 8) return null;
  const counts = new Int32Array(64);
  for (let i = 0; i + 1 < words.length; i += 1) {
    const feature = `${words[i]} ${words[i + 1]}`;
    const hi = fnv1a(feature, 0x811c9dc5);
    const lo = fnv1a(feature, 0x050c5d1f);
    for (let b = 0; b < 32; b += 1) {
      counts[b] = (counts[b] as number) + ((hi >>> b) & 1 ? 1 : -1);
      counts[32 + b] = (counts[32 + b] as number) + ((lo >>> b) & 1 ? 1 : -1);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b += 1) {
    if ((counts[b] as number) > 0) hi |= 1 << b;
    if ((counts[32 + b] as number) > 0) lo |= 1 << b;
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
