/** Schemas shared by several payloads. */
import { z } from 'zod';
import {
  BASES,
  COMPANY_SIZES,
  COMPONENTS,
  EMPLOYMENTS,
  LEVELS,
  PERIODS,
  REMOTES,
  ROLE_IDS,
  SOURCE_KINDS,
  STATISTICS,
} from '../domain/index.ts';

export const RoleIdSchema = z.enum(ROLE_IDS);
export const LevelSchema = z.enum(LEVELS);
export const PeriodSchema = z.enum(PERIODS);
export const BasisSchema = z.enum(BASES);
export const ComponentSchema = z.enum(COMPONENTS);
export const EmploymentSchema = z.enum(EMPLOYMENTS);
export const RemoteSchema = z.enum(REMOTES);
export const CompanySizeSchema = z.enum(COMPANY_SIZES);
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export const StatisticSchema = z.enum(STATISTICS);

/** ISO 3166-1 alpha-2, accepted in any case, returned upper case. */
export const CountrySchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'a two-letter ISO 3166-1 country code such as FR')
  .transform((v) => v.toUpperCase())
  .describe('ISO 3166-1 alpha-2 country code, e.g. FR');

/** ISO 4217, accepted in any case, returned upper case. */
export const CurrencySchema = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'a three-letter ISO 4217 currency code such as EUR')
  .transform((v) => v.toUpperCase())
  .describe('ISO 4217 currency code, e.g. EUR');

/** Decimal digits only: query strings such as "0x10", "", "1e308", "Infinity" or " 5" are not
 * numbers here (Number() would read them as 16, 0, 1e308, Infinity and 5). */
const DECIMAL = /^-?\d{1,15}(?:\.\d{1,12})?$/;

/** A number given as a query-string value (or already a number), read strictly. */
export function strictNumber<T extends z.ZodType<number>>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && DECIMAL.test(v) ? Number(v) : v), schema);
}

export const YearSchema = strictNumber(
  z.number().int('a whole year such as 2024').min(1999).max(2100),
).describe('a year from 1999 to 2100');

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe('stable machine-readable code, e.g. invalid-parameter'),
      message: z.string().describe('what went wrong and how to fix it'),
      parameter: z.string().optional(),
      value: z.unknown().optional(),
      expected: z.string().optional(),
      errors: z
        .array(z.object({ parameter: z.string(), value: z.unknown(), expected: z.string() }))
        .optional()
        .describe('every wrong field at once (contributions)'),
    }),
  })
  .describe('Every error has this shape');
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Which pay currencies count: a French job paid in USD is mostly a foreign employer's and
 * pays on another scale (aijobs.net: median 140 000 $ against 54 700 $ for those paid in EUR). */
export const PaySchema = z
  .enum(['local', 'any'])
  .describe(
    'local (default): with a country named, only its jobs paid in its currency (comparisons by country apply it to each country; with no country nothing is left out); any: every pay currency',
  );

/** The filter shared by statistics and observation listings. */
export const FilterQuerySchema = z.object({
  role: RoleIdSchema.optional().describe('canonical role id'),
  level: LevelSchema.optional(),
  country: CountrySchema.optional(),
  city: z.string().min(1).max(80).optional().describe('city name, any case'),
  employment: EmploymentSchema.optional(),
  component: ComponentSchema.optional().describe('base (default for statistics), bonus or total'),
  remote: RemoteSchema.optional(),
  companySize: CompanySizeSchema.optional(),
  basis: BasisSchema.optional(),
  source: z.string().min(1).max(120).optional().describe('source id'),
  yearFrom: YearSchema.optional(),
  yearTo: YearSchema.optional(),
  pay: PaySchema.optional(),
});
export type FilterQuery = z.infer<typeof FilterQuerySchema>;
