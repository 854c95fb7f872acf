/**
 * Repost detection (docs/decisions/2026-12-01-repost-detection.md): a sighting is a repost of
 * an earlier one when both name the same employer (or, with no employer, the same title) in the
 * same place, with similar titles, were posted at most REPOST_WINDOW_DAYS apart, state compatible pay, and their
 * texts are near-identical (SimHash within MAX_TEXT_BITS) — or, with no text to compare, have
 * the same title and the same pay. Blocking on employer and place keeps the comparisons few.
 */
import { foldText, normalizeTitle } from '../../domain/index.ts';
import type { SightingKey } from '../../store/index.ts';
import { hammingDistance } from './simhash.ts';

export const REPOST_WINDOW_DAYS = 42;
/** Of 64 bits; measured on the France Travail and Indeed offers (eval/reposts.eval.ts). */
export const MAX_TEXT_BITS = 6;

const LEGAL_FORMS = /\b(sas|sasu|sarl|sa|eurl|sca|inc|ltd|llc|gmbh|plc|group|groupe)\b/g;

export function employerKey(name: string | null): string {
  if (!name) return '';
  return foldText(name)
    .replace(LEGAL_FORMS, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Titles repeat across a feed's postings, and normalizing one runs some eighty regular
 * expressions: the keys of the last titles seen are kept (at most TITLE_KEYS, then started
 * afresh). */
const TITLE_KEYS = 50_000;
const titleKeys = new Map<string, string>();

export function titleKey(title: string): string {
  let key = titleKeys.get(title);
  if (key === undefined) {
    if (titleKeys.size >= TITLE_KEYS) titleKeys.clear();
    key = normalizeTitle(title);
    titleKeys.set(title, key);
  }
  return key;
}

/** Same title, give or take words: boards add "CDI", "- Paris", a team name. At least half of
 * the words in common (Jaccard ≥ 0.5) of the normalized titles. */
export function similarTitles(a: string, b: string): boolean {
  if (a === b) return true;
  const x = new Set(a.split(' ').filter(Boolean));
  const y = new Set(b.split(' ').filter(Boolean));
  let common = 0;
  for (const w of x) if (y.has(w)) common += 1;
  const union = x.size + y.size - common;
  return union > 0 && common / union >= 0.5;
}

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function payCompatible(a: SightingKey, b: SightingKey): boolean {
  if (a.payLow === null && a.payHigh === null) return true;
  if (b.payLow === null && b.payHigh === null) return true;
  if (a.payCurrency !== b.payCurrency) return false;
  const near = (x: number | null, y: number | null) =>
    x === null || y === null || Math.abs(x - y) <= 0.05 * Math.max(x, y);
  return near(a.payLow, b.payLow) && near(a.payHigh, b.payHigh);
}

const samePay = (a: SightingKey, b: SightingKey): boolean =>
  a.payLow === b.payLow && a.payHigh === b.payHigh && a.payCurrency === b.payCurrency;

interface Entry {
  readonly key: SightingKey;
  readonly title: string;
  readonly day: number;
}

export class RepostIndex {
  private readonly blocks = new Map<string, Entry[]>();
  private readonly byId = new Map<string, string>();

  constructor(keys: Iterable<SightingKey> = []) {
    for (const k of keys) this.add(k);
  }

  /** The posting id of a sighting stored already (same source and identifier), if any. */
  postingOf(id: string): string | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }

  private static block(k: SightingKey, title: string): string {
    const employer = employerKey(k.employer);
    const place = `${k.country ?? ''}|${foldText(k.city ?? '')}`;
    return employer ? `${employer}|${place}` : `|${place}|${title}`;
  }

  /** The posting an incoming sighting reposts, or null when it is a new posting. */
  match(k: SightingKey): string | null {
    return this.matchIn(k, titleKey(k.title));
  }

  /** Matches a new sighting and adds it: the id of its posting (its own when it is new). */
  assign(k: SightingKey): string {
    const title = titleKey(k.title);
    const postingId = this.matchIn(k, title) ?? k.id;
    this.insert({ ...k, postingId }, title);
    return postingId;
  }

  /** A block's sightings are kept by window of REPOST_WINDOW_DAYS: a sighting's candidates are
   * in its own window and the two beside it, so a block that grows for years (a large
   * employer in one city) costs only its recent sightings. */
  private static windowOf(d: number): number {
    return Math.floor(d / REPOST_WINDOW_DAYS);
  }

  private matchIn(k: SightingKey, title: string): string | null {
    const block = RepostIndex.block(k, title);
    const d = day(k.postedOn);
    const w = RepostIndex.windowOf(d);
    const windows = Number.isFinite(w) ? [w - 1, w, w + 1] : [w];
    // The closest candidate (text bits, then days apart, then id), so that the answer does
    // not depend on the order the index was filled in (a resumed ingest loads it by date).
    let best: { postingId: string; score: number } | null = null;
    for (const window of windows) {
      const candidates = this.blocks.get(`${block}\u0000${window}`);
      if (candidates) best = RepostIndex.closest(candidates, k, title, d, best);
    }
    return best?.postingId ?? null;
  }

  private static closest(
    candidates: readonly Entry[],
    k: SightingKey,
    title: string,
    d: number,
    found: { postingId: string; score: number } | null,
  ): { postingId: string; score: number } | null {
    let best = found;
    for (const c of candidates) {
      const days = Math.abs(c.day - d);
      if (days > REPOST_WINDOW_DAYS || !payCompatible(c.key, k)) continue;
      if (!similarTitles(c.title, title)) continue;
      let bits: number;
      if (c.key.textHash && k.textHash) {
        bits = hammingDistance(c.key.textHash, k.textHash);
        if (bits > MAX_TEXT_BITS) continue;
      } else if (c.title === title && samePay(c.key, k)) bits = MAX_TEXT_BITS + 1;
      else continue;
      const score = bits * 1000 + days;
      if (!best || score < best.score || (score === best.score && c.key.postingId < best.postingId))
        best = { postingId: c.key.postingId, score };
    }
    return best;
  }

  add(k: SightingKey): void {
    this.insert(k, titleKey(k.title));
  }

  private insert(k: SightingKey, title: string): void {
    const d = day(k.postedOn);
    const at = `${RepostIndex.block(k, title)}\u0000${RepostIndex.windowOf(d)}`;
    const list = this.blocks.get(at) ?? [];
    list.push({ key: k, title, day: d });
    this.blocks.set(at, list);
    this.byId.set(k.id, k.postingId);
  }
}
