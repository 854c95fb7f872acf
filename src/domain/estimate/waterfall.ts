/**
 * Additive steps in log space become amounts: each step multiplies the running pay by
 * exp(step), and its contribution is what that adds. Amounts are rounded to whole units at
 * every step, so the contributions telescope to the rounded total exactly.
 */
import type { Contribution, WaterfallFactor } from './types.ts';

export interface LogStep {
  readonly factor: WaterfallFactor;
  readonly label: string;
  readonly log: number;
}

export function waterfall(steps: readonly LogStep[]): {
  contributions: Contribution[];
  total: number;
} {
  const contributions: Contribution[] = [];
  let logSum = 0;
  let previous = 0;
  for (const step of steps) {
    logSum += step.log;
    const running = Math.round(Math.exp(logSum));
    contributions.push({ factor: step.factor, label: step.label, value: running - previous });
    previous = running;
  }
  return { contributions, total: previous };
}
