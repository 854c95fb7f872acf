/** What every posting reader yields: a JobPosting's fields with where it was read, or a
 * message naming the bad line, so one bad line never stops a feed. */
import type { PostingPay } from '../../extract/index.ts';
import type { JobPostingFields } from '../../extract/index.ts';

export interface PostingRecord {
  readonly fields: JobPostingFields;
  /** Where in the feed: "feed.jsonl line 12", "page.html", "France Travail offer 201WDCS". */
  readonly location: string;
  /** Pay already read by the reader (HTML pages: evidence in the JSON-LD). */
  readonly pay?: PostingPay;
  /** Where the structured pay (baseSalary) is written in the feed's record. */
  readonly payEvidence?: { readonly start: number; readonly end: number; readonly text: string };
  /** A free-text pay field (a CSV "salary" column, France Travail's salaire.libelle). */
  readonly salaryText?: string | null;
  /** Gross or net, where the feed says what its pay field holds. */
  readonly salaryBasis?: 'gross' | 'net';
}

export interface BadRecord {
  /** 1-based line (or record) number in the feed. */
  readonly line: number;
  readonly message: string;
}

export type ReadItem = { readonly record: PostingRecord } | { readonly bad: BadRecord };
