import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jobCount, postingJobs } from './queue-jobs.ts';
import { readJsonLines } from './read-json-lines.ts';

const posting = (i: number, employer: string, city: string) =>
  JSON.stringify({
    '@type': 'JobPosting',
    identifier: `ad-${i}`,
    title: 'Data Engineer',
    hiringOrganization: { name: employer },
    jobLocation: { address: { addressLocality: city } },
  });

describe('posting queue jobs', () => {
  const lines = [
    posting(1, 'Acme', 'Paris'),
    '',
    posting(2, 'Globex', 'Lyon'),
    '{ not json',
    posting(3, 'Acme', 'Paris'),
    posting(4, 'Initech', 'Nantes'),
    posting(5, 'Globex', 'Lyon'),
  ];

  it('keeps every non-blank line once, with its number in the feed, and a repost block in one job', () => {
    const jobs = postingJobs(lines, 'feed', 'src', 8);
    const numbered = jobs.flatMap((j) => j.lines.map((l, i) => [j.lineNumbers[i], l] as const));
    assert.deepEqual(
      numbered.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0)),
      [1, 3, 4, 5, 6, 7].map((n) => [n, lines[n - 1]] as const),
    );
    const jobOf = (n: number) => jobs.findIndex((j) => j.lineNumbers.includes(n));
    assert.equal(jobOf(1), jobOf(5), 'Acme in Paris: one job');
    assert.equal(jobOf(3), jobOf(7), 'Globex in Lyon: one job');
    for (let i = 1; i < jobs.length; i += 1)
      assert.ok((jobs[i]?.lines.length ?? 0) <= (jobs[i - 1]?.lines.length ?? 0), 'largest first');
  });

  it('numbers a job’s bad lines as in the feed', async () => {
    const jobs = postingJobs(lines, 'feed', 'src', 8, 101);
    const bad = [];
    for (const job of jobs)
      for await (const item of readJsonLines(job.lines, 'ads.jsonl', job.lineNumbers))
        if ('bad' in item) bad.push(item.bad);
    assert.deepEqual(
      bad.map((b) => b.line),
      [104],
    );
    assert.match(bad[0]?.message ?? '', /^ads\.jsonl line 104: invalid JSON/);
  });

  it('cuts a feed into jobs of about 2 500 postings, at least four a worker', () => {
    assert.equal(jobCount(40_000, 1), 16);
    assert.equal(jobCount(40_000, 2), 16);
    assert.equal(jobCount(1_000, 2), 8);
    assert.equal(jobCount(0, 1), 4);
    assert.equal(jobCount(100_000_000, 2), 1_024);
  });
});
