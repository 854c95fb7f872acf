/** English strings of modelled and published figures (thin cells, official references). */
import type { frThin } from './fr-thin.ts';

export const enThin: Record<keyof typeof frThin, string> = {
  'thin.modelled': 'modelled',
  'thin.modelledShort': 'est.',
  'thin.modelledNote':
    'Model estimate (too few observations here): {confidence} confidence, {count} observations behind it.',
  'thin.pending': 'estimate on its way',
  'thin.pendingLong':
    'The model is being fitted: reload the page in a few seconds to see the estimate.',
  'thin.legend':
    'In italics: the model’s estimate where observations are too few (n = actual observations).',
  'published.title': 'Published figures',
  'published.intro':
    'What articles and official statistics publish for this job, beside our figures and never mixed into them.',
  'published.article': 'article',
  'published.official': 'official statistic',
  'published.stated': 'published: {figure}',
  'published.converted': 'that is {figure}',
  'published.years': '{from}–{to}',
  'published.none': 'No published figure for this job.',
  'published.dayRates': 'Published day rates: {figures}',
  'published.reference': 'Official reference lines',
  'published.referenceNote':
    'Medians of a whole occupation (all ages, all specialities), brought to gross yearly: a reference, not an observation.',
  'rome.v3': 'ROME v3 {code} ({label}), ROME 4.0 successors: {successors}',
  'rome.cited': 'cited by {sources}',
  'rome.own': 'this role’s: {codes}',
  'rome.source': 'Mapping: {source}.',
  'read.sourceConversion': 'the source says {amount} a year',
  'read.dateText': 'Converted at the rates of {date}, the date the text gives.',
  'read.dateUsed': 'Converted at the rates of {date}.',
  'read.skipped': 'Amounts read but not kept as pay (check them): {amounts}.',
  'read.warning.implausible': 'Implausible amount for pay: check the figure and its period.',
  'read.warning.period': 'The stated period does not seem to fit the amount: check it.',
  'read.warning.tenfold': 'A zero seems added or missing: check the amount.',
  'read.warning.order': 'The low end is above the high end: check both.',
  'read.warning.other': 'This figure may be misread: check it.',
  'home.published': 'published: {figures}',
};
