import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { LevelSchema } from '../contract/index.ts';
import { AppError } from './errors.ts';
import { parseInput } from './validate.ts';

const Schema = z.strictObject({
  amount: z.coerce.number(),
  currency: z.string().length(3).describe('ISO 4217 currency code, e.g. EUR'),
});

function messageOf(raw: Record<string, unknown>): string {
  try {
    parseInput(Schema, raw, 'query');
  } catch (error) {
    assert.ok(error instanceof AppError);
    assert.equal(error.status, 400);
    return error.message;
  }
  assert.fail('expected a 400');
}

describe('parseInput', () => {
  it('reads an enum value written as people write it as its id, and refuses the rest', () => {
    const Level = z.strictObject({
      level: z.enum(['junior', 'senior']).optional(),
      role: z.enum(['data-scientist', 'ml-engineer']).default('ml-engineer'),
    });
    assert.deepEqual(parseInput(Level, { level: 'Senior', role: ' Data Scientist ' }, 'query'), {
      level: 'senior',
      role: 'data-scientist',
    });
    assert.throws(
      () => parseInput(Level, { level: 'confirmé' }, 'query'),
      /query parameter "level" has invalid value "confirmé" \(expected one of junior, senior\)/,
    );
  });

  it('reads a level written as job ads write it (confirmé, débutant, stagiaire) as its id', () => {
    const Levels = z.strictObject({ level: LevelSchema.optional() });
    for (const [written, level] of [
      ['confirmé', 'mid'],
      ['Débutant', 'junior'],
      ['stagiaire', 'intern'],
      ['expérimenté', 'senior'],
    ] as const)
      assert.deepEqual(parseInput(Levels, { level: written }, 'query'), { level }, written);
    assert.throws(
      () => parseInput(Levels, { level: 'xyz' }, 'query'),
      /"level" has invalid value "xyz"/,
    );
  });

  it('names an unknown parameter before the missing one it stands for', () => {
    assert.equal(
      messageOf({ amount: '5', from: 'EUR' }),
      'unknown query parameter "from" (accepted: amount, currency)',
    );
  });

  it('says a required parameter is missing rather than "invalid value undefined"', () => {
    assert.equal(
      messageOf({ amount: '5' }),
      'query parameter "currency" is missing (expected ISO 4217 currency code, e.g. EUR)',
    );
  });

  it('names a bad value and what is accepted', () => {
    assert.equal(
      messageOf({ amount: 'x', currency: 'EUR' }),
      'query parameter "amount" has invalid value "x" (expected a number)',
    );
  });
});
