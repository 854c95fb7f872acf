/**
 * German and Dutch write pay words as compounds ("Bruttojahresgehalt", "Stundenlohn",
 * "brutojaarsalaris", "uurloon"). Rather than split every word of a text, the compounds are
 * generated here from their parts (basis × period × head) and given to the phrase tables like
 * any other word, with what each part says: pay, its period, its basis, an open bound
 * ("Mindestgehalt"), or a kind of employment ("Tagessatz", "stagevergoeding").
 */
import type { Employment, Period } from '../domain/index.ts';

export interface CompoundCue {
  readonly word: string;
  readonly period: Period | null;
  readonly basis: 'gross' | 'net' | null;
  readonly bound: 'min' | null;
  readonly employment: Employment | null;
}

interface Parts {
  readonly heads: readonly string[];
  readonly periods: Record<string, Period>;
  readonly bases: Record<string, 'gross' | 'net'>;
  /** Other first parts: "einstiegs" (entry), "mindest" (an open lower bound). */
  readonly others: Record<string, 'min' | null>;
  /** Last parts naming a pay range ("Gehaltsband", "Lohnspanne", "salarisschaal"). */
  readonly ranges: readonly string[];
  /** Rates of freelancers and hourly work, with their period ("Tagessatz", "uurtarief"). */
  readonly rates: Record<string, readonly [Period, Employment | null]>;
}

const GERMAN: Parts = {
  heads: ['gehalt', 'lohn', 'vergütung', 'salär', 'entgelt', 'einkommen', 'verdienst', 'gage'],
  periods: { jahres: 'year', monats: 'month', stunden: 'hour', tages: 'day', wochen: 'week' },
  bases: { brutto: 'gross', netto: 'net' },
  others: {
    einstiegs: null,
    grund: null,
    basis: null,
    fix: null,
    ziel: null,
    mindest: 'min',
    tarif: null,
    start: null,
    durchschnitts: null,
    gehalts: null,
    praktikums: null,
  },
  ranges: ['sband', 'band', 'sspanne', 'spanne', 'srahmen', 'rahmen', 'sstufe'],
  rates: {
    stundensatz: ['hour', 'freelance'],
    tagessatz: ['day', 'freelance'],
    stundenhonorar: ['hour', 'freelance'],
    tageshonorar: ['day', 'freelance'],
  },
};

const DUTCH: Parts = {
  heads: ['salaris', 'loon', 'inkomen', 'beloning'],
  periods: { jaar: 'year', maand: 'month', uur: 'hour', dag: 'day', week: 'week' },
  bases: { bruto: 'gross', netto: 'net' },
  others: { start: null, basis: null, aanvangs: null, minimum: 'min', eind: null },
  ranges: ['range', 'schaal', 'sschaal', 'indicatie', 'sindicatie', 'band'],
  rates: { uurtarief: ['hour', null], dagtarief: ['day', 'freelance'] },
};

function generate(parts: Parts): CompoundCue[] {
  const out: CompoundCue[] = [];
  const add = (word: string, cue: Omit<CompoundCue, 'word'>): void => {
    out.push({ word, ...cue });
  };
  const none = { period: null, basis: null, bound: null, employment: null } as const;
  for (const head of parts.heads) {
    add(head, none);
    for (const [b, basis] of Object.entries(parts.bases)) add(b + head, { ...none, basis });
    for (const [p, period] of Object.entries(parts.periods)) {
      add(p + head, { ...none, period });
      for (const [b, basis] of Object.entries(parts.bases)) {
        add(b + p + head, { ...none, period, basis });
        add(p + b + head, { ...none, period, basis });
      }
    }
    for (const [o, bound] of Object.entries(parts.others)) {
      const employment: Employment | null = o === 'praktikums' ? 'intern' : null;
      add(o + head, { ...none, bound, employment });
      for (const [p, period] of Object.entries(parts.periods)) {
        add(o + p + head, { ...none, period, bound, employment });
        add(p + o + head, { ...none, period, bound, employment }); // "Jahreszielgehalt"
      }
    }
    // "Gehaltsband", "Lohnspanne", "salarisrange": the pay range itself
    for (const range of parts.ranges) add(head + range, none);
  }
  for (const [word, [period, employment]] of Object.entries(parts.rates))
    add(word, { ...none, period, employment });
  return out;
}

export const COMPOUNDS: readonly CompoundCue[] = [
  ...generate(GERMAN),
  ...generate(DUTCH),
  {
    word: 'stagevergoeding',
    period: null,
    basis: null,
    bound: null,
    employment: 'intern',
  },
];
