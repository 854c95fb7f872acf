/** An HTML page carrying JobPosting JSON-LD: one record per JobPosting of the page. */
import { readPagePostings } from '../../extract/index.ts';
import type { ReadItem } from './posting-record.ts';

export function readHtmlPostings(html: string, name: string): ReadItem[] {
  const { postings, errors } = readPagePostings(html);
  const items: ReadItem[] = errors.map((message) => ({
    bad: { line: 0, message: `${name}: ${message}` },
  }));
  if (postings.length === 0 && errors.length === 0)
    items.push({
      bad: {
        line: 0,
        message: `${name}: no JobPosting JSON-LD in the page (expected a <script type="application/ld+json"> with "@type": "JobPosting")`,
      },
    });
  postings.forEach((p, i) =>
    items.push({
      record: {
        fields: p.fields,
        pay: p.pay,
        location: postings.length > 1 ? `${name} posting ${i + 1}` : name,
      },
    }),
  );
  return items;
}
