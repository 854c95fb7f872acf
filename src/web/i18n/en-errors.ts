/** A sentence for every error code the API can return, saying what to change (English). */
import type { frErrors } from './fr-errors.ts';

export const enErrors: Record<keyof typeof frErrors, string> = {
  'error.invalid-parameter':
    'A value you entered is not accepted{parameter}: correct it in the form (or in the page address) and try again.',
  'error.invalid-body':
    'The request sent could not be read: reload the page and send the form again.',
  'error.body-too-large': 'The text sent is too long: shorten it and try again.',
  'error.not-found': 'This does not exist: check the link or go back to the home page.',
  'error.profile-required':
    'Give at least a role or a job title (ideally a level and a country too) to get an estimate.',
  'error.conversion-failed':
    'This amount cannot be converted to the requested currency or period: choose another one.',
  'error.invalid-amount': 'The amount must be a positive number: correct it.',
  'error.unknown-currency':
    'Unknown currency: choose a three-letter ISO code such as EUR, USD or CHF.',
  'error.no-rate':
    'No exchange rate is published for this currency on this date: choose another currency or date.',
  'error.unknown-period': 'Unknown period: choose per hour, day, week, month or year.',
  'error.unknown-basis': 'Choose gross or net.',
  'error.invalid-date': 'Invalid date: write it as YYYY-MM-DD (for example 2025-06-01).',
  'error.date-before-rates':
    'This date is before the first published exchange rates (1999): choose a later date.',
  'error.invalid-months': 'Months paid a year must be 12, 13 or 14: correct it.',
  'error.invalid-status': 'Choose the cadre or non-cadre status.',
  'error.net-not-available':
    'Gross ↔ net is computed for France only: choose France or keep gross.',
  'error.out-of-range': 'This amount is outside the known scales: enter a more realistic amount.',
  'error.above-ceiling':
    'This revenue is above the ceiling of this status: choose another status or a lower amount.',
  'error.invalid-days': 'Billed days must be between 1 and 366: correct it.',
  'error.no-ppp':
    'No purchasing power parity is known for this country: choose another reference country.',
  'error.store-unavailable': 'The database is not answering: try again in a moment.',
  'error.store-locked': 'The database is busy with another program: try again in a moment.',
  'error.store-query-failed':
    'The server could not compute these figures: try again, and report it if it happens again.',
  'error.store-migration-failed': 'The server could not prepare its database: try again later.',
  'error.store-read-only': 'This server serves read-only data: this change cannot be made here.',
  'error.loopback-only':
    'This action only works from the server’s own machine: run it there (fourchette ingest).',
  'error.file-unreadable': 'This file cannot be read: check its path and format.',
  'error.internal': 'Unexpected server error: try again, and report it if it happens again.',
  'error.too-many-requests':
    'Too many submissions from this address within an hour: wait for the time given, then try again.',
  'error.france-travail-config':
    'The France Travail connector is not set up: set FRANCE_TRAVAIL_CLIENT_ID and FRANCE_TRAVAIL_CLIENT_SECRET.',
  'error.unknown': 'The server refused the request: check the values you entered and try again.',
  'error.parameter': ' (“{name}”)',
};
