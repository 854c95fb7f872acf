import { z } from 'zod';
import {
  PaySchema,
  CountrySchema,
  CurrencySchema,
  LevelSchema,
  PeriodSchema,
  RoleIdSchema,
} from './common.ts';
import { GroupSummarySchema } from './panorama.ts';
import { StatsResponseSchema } from './stats.ts';

const Bilingual = <T extends z.ZodType>(t: T) => z.object({ fr: t, en: t });

export const RoleSchema = z.object({
  id: RoleIdSchema,
  name: Bilingual(z.string()),
  aliases: Bilingual(z.array(z.string())),
  missions: Bilingual(z.array(z.string())),
  focus: z.array(z.string()).describe('mission ids that identify the role'),
  skills: z.array(z.string()),
  qualities: Bilingual(z.array(z.string())),
  studies: Bilingual(z.string()),
  rome: z.array(z.object({ code: z.string(), label: z.string() })),
  romeAppellations: z.array(
    z.object({ codeOgr: z.string(), label: z.string(), romeCode: z.string() }),
  ),
  esco: z.array(
    z.object({
      uri: z.string(),
      label: z.string(),
      labelFr: z.string(),
      isco: z.object({ code: z.string(), label: z.string(), labelFr: z.string() }),
    }),
  ),
  fap: z.array(z.object({ code: z.string(), label: z.string() })),
  adjacent: z.array(RoleIdSchema),
  leadsTo: z.array(RoleIdSchema),
  comesFrom: z.array(RoleIdSchema),
  guide: Bilingual(z.string()),
});
export type Role = z.infer<typeof RoleSchema>;

export const RolesResponseSchema = z.object({
  items: z.array(
    z.object({
      id: RoleIdSchema,
      name: Bilingual(z.string()),
      missions: Bilingual(z.array(z.string())),
      observations: z.number().int().describe('stored observations of this role'),
    }),
  ),
});
export type RolesResponse = z.infer<typeof RolesResponseSchema>;

export const RoleParamsSchema = z.object({ id: RoleIdSchema });

export const RoleGuideQuerySchema = z.object({
  country: CountrySchema.optional().describe(
    'country of the pay figures (all countries when absent)',
  ),
  currency: CurrencySchema.default('EUR'),
  period: PeriodSchema.default('year'),
  pay: PaySchema.optional(),
});
export type RoleGuideQuery = z.infer<typeof RoleGuideQuerySchema>;

export const RoleGuideResponseSchema = z.object({
  role: RoleSchema,
  pay: z.object({
    currency: z.string(),
    period: PeriodSchema,
    country: z.string().nullable(),
    overall: StatsResponseSchema,
    byLevel: z.array(GroupSummarySchema.extend({ level: LevelSchema })),
    byCountry: z
      .array(GroupSummarySchema.extend({ country: z.string() }))
      .describe('all countries, yearly'),
    freelanceDayRate: StatsResponseSchema.describe('freelance day rates (TJM) of this role'),
  }),
});
export type RoleGuideResponse = z.infer<typeof RoleGuideResponseSchema>;

export const ClassifyQuerySchema = z.object({
  title: z
    .string()
    .max(300)
    .describe('a job title as written (an empty title gives role "other", confidence 0)'),
  text: z
    .string()
    .max(20_000)
    .optional()
    .describe("the posting's text, used when the title is vague"),
});
export const ClassifyResponseSchema = z.object({
  title: z.string(),
  role: RoleIdSchema,
  confidence: z.number(),
  level: LevelSchema.nullable(),
  missions: z.array(z.string()),
  reason: z.string(),
});
export type ClassifyResponse = z.infer<typeof ClassifyResponseSchema>;
