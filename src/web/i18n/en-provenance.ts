/** English strings for where a figure comes from (key for key with fr-provenance.ts). */
import type { frProvenance } from './fr-provenance.ts';

export const enProvenance: Record<keyof typeof frProvenance, string> = {
  'trace.kind.currency': 'Currency',
  'trace.kind.period': 'Period',
  'trace.kind.basis': 'Gross / net',
  'trace.kind.ppp': 'Purchasing power',
  'trace.kind.freelance': 'Freelance',
  'trace.currency': '1 {from} = {rate} {to} ({origin}, {date})',
  'trace.origin.ecb': 'ECB reference rate',
  'trace.origin.stated-by-source': 'rate stated by the source',
  'trace.origin.identity': 'same currency',
  'trace.stale': 'last published rate, the date asked for is later',
  'trace.period': '{from} → {to}: × {factor} ({place})',
  'trace.periodCountry': 'working time: {country}',
  'trace.periodDefault': 'default working time',
  'trace.basis': '{from} → {to} ({status}): rules {rules} as of {date}, {method}',
  'trace.ppp': '{country}: {lcu} {currency} per international dollar ({year})',
  'trace.freelance.revenue': 'Revenue = day rate × billed days ({status})',
  'trace.freelance.net':
    'Net income before income tax from the revenue ({status}), rules {rules} as of {date}',
  'trace.freelance.revenueForNet':
    'Revenue giving the same net before income tax ({status}), rules {rules} as of {date}',
  'trace.freelance.tjm': 'Day rate = revenue ÷ billed days ({status})',
  'trace.freelance.other': '{status} computation, rules {rules} as of {date}',
  'trace.method.interpolated': 'interpolated on a precomputed grid',
  'trace.method.direct': 'direct computation',
  'trace.method.arithmetic': 'arithmetic',
  'amount.gross': 'gross',
  'amount.net': 'net before income tax',
  'amount.net-after-tax': 'net after income tax',
  'employeeStatus.cadre': 'executive (cadre)',
  'employeeStatus.non-cadre': 'non-executive',
  'conversion.step.value': 'Value',
  'conversion.step.currency': 'Currency',
  'conversion.step.period': 'Period',
  'conversion.step.basis': 'Gross / net',
  'conversion.step.model': 'Model',
  'conversion.step.pay': 'Pay currency',
  'conversion.step.percentiles': 'Percentiles',
  'conversion.pay':
    'Only jobs paid in their country’s currency count (a job in France paid in dollars is most often a foreign employer’s, on another pay scale); “any currency” adds them.',
  'conversion.percentiles':
    'Percentiles of a large group, read off a fixed sample or a fine histogram (technical detail below); the count is exact.',
  'conversion.value':
    'Each observation counts once: a range by its midpoint, an open range by its known bound.',
  'conversion.currencyEur':
    'Amounts converted to EUR at the ECB reference rate of each observation’s date (last business day).',
  'conversion.currency':
    'Amounts converted to EUR, then to {currency}, at the ECB reference rate of each observation’s date (last business day).',
  'conversion.period': 'Yearly amounts brought to {period} with a reference working time.',
  'conversion.model':
    'Model fitted on {count} gross base salaries (yearly, EUR); backs off to the “{fallback}” cell ({observations} observations).',
  'conversion.estimateCurrency': 'Converted from EUR to {currency} at the latest ECB rate.',
  'conversion.estimateBasis': 'Gross converted to net with the French rules.',
  'fallback.title': 'title',
  'fallback.role': 'job',
  'fallback.level': 'seniority',
  'fallback.country': 'country',
  'fallback.global': 'all observations',
  'note.aboveCeiling': 'Above the micro-entreprise revenue ceiling: choose EI or SASU.',
  'note.outOfRange': 'Outside the rules available for this status.',
  'note.netFrance': 'Executive employee (cadre), French rules (modele-social).',
  'note.netFranceOnly': 'Net pay is computed for France only (no documented rules elsewhere).',
  'note.netUnavailable': 'Net not available for this amount.',
  'note.netFreelance':
    'A freelance figure is revenue, not a salary: its net depends on the status (micro-enterprise, sole proprietorship, SASU). The Freelance ↔ salary page works it out from a day rate.',
  'note.noPeriod': 'no period stated or inferable',
  'note.notConverted': 'could not be converted',
  'common.details': 'Technical detail',
};
