/** JSON Lines of schema.org JobPosting objects (one object, an array or an @graph a line). */
import { findTypedNodes, propertySpan } from '../../extract/index.ts';
import { readJobPosting } from '../../extract/index.ts';
import type { ReadItem } from './posting-record.ts';

export function readJsonLine(line: string, n: number, name: string): ReadItem[] {
  if (line.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return [
      {
        bad: {
          line: n,
          message: `${name} line ${n}: invalid JSON (${(error as Error).message}); the line is skipped`,
        },
      },
    ];
  }
  const nodes = findTypedNodes(value, 'JobPosting');
  if (nodes.length === 0)
    return [
      {
        bad: {
          line: n,
          message: `${name} line ${n}: no schema.org JobPosting (expected an object with "@type": "JobPosting"); the line is skipped`,
        },
      },
    ];
  return nodes.map((node, nth) => {
    const span = propertySpan(line, 'baseSalary', nth);
    return {
      record: {
        fields: readJobPosting(node),
        location: `${name} line ${n}`,
        ...(span ? { payEvidence: { ...span, text: line.slice(span.start, span.end) } } : {}),
      },
    };
  });
}

/** Lines (a readline interface, an array) → records and bad lines, in order; `lineNumbers`
 * gives each line's number in its file when the lines are not all of it, in order (a queue
 * job's share of a feed). */
export async function* readJsonLines(
  lines: AsyncIterable<string> | Iterable<string>,
  name: string,
  lineNumbers?: readonly number[],
): AsyncGenerator<ReadItem> {
  let i = 0;
  for await (const line of lines) {
    i += 1;
    yield* readJsonLine(line, lineNumbers?.[i - 1] ?? i, name);
  }
}
