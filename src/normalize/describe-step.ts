/** One line of plain words per trace step, for the CLI and anything else that prints a trace. */
import type { TraceStep } from '../domain/index.ts';

const fmt = (x: number, digits = 2) => (Math.round(x * 10 ** digits) / 10 ** digits).toString();

export function describeStep(step: TraceStep): string {
  switch (step.kind) {
    case 'currency':
      return `currency: 1 ${step.from} = ${fmt(step.rate, 6)} ${step.to} (${step.source}, ${step.rateDate}${step.rateDate !== step.requestedDate ? ` for ${step.requestedDate}` : ''}${step.stale ? ', latest bundled rate' : ''})`;
    case 'period':
      return `period: ${step.from} → ${step.to} ×${fmt(step.factor, 6)} (${step.assumption}; ${step.source})`;
    case 'basis':
      return `basis: ${step.from} → ${step.to}, ${fmt(step.yearlyIn)} → ${fmt(step.yearlyOut)} € a year (${step.rules}, rules of ${step.rulesDate}, ${step.method}; ${step.assumption})`;
    case 'ppp':
      return `ppp: ${step.country} ${fmt(step.lcuPerIntlDollar, 4)} ${step.currency} per international $ (${step.year}, ${step.source})`;
    case 'freelance':
      return `freelance (${step.status}): ${step.description} (${step.rules}, rules of ${step.rulesDate}, ${step.method})`;
  }
}
