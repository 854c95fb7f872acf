import { z } from 'zod';
import {
  BasisSchema,
  CompanySizeSchema,
  ComponentSchema,
  EmploymentSchema,
  FilterQuerySchema,
  LevelSchema,
  PeriodSchema,
  RemoteSchema,
  SourceKindSchema,
  StatisticSchema,
  strictNumber,
} from './common.ts';

export const ObservationsQuerySchema = FilterQuerySchema.extend({
  limit: strictNumber(z.number().int().min(1).max(500)).default(50).describe('page size, 1 to 500'),
  offset: strictNumber(z.number().int().min(0).max(10_000_000)).default(0),
});
export type ObservationsQuery = z.infer<typeof ObservationsQuerySchema>;

export const EvidenceSpanSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string().nullable().describe('null where the source licence does not allow showing it'),
});

export const ObservationSchema = z.object({
  id: z.string(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  currency: z.string(),
  period: PeriodSchema,
  basis: BasisSchema,
  component: ComponentSchema,
  employment: EmploymentSchema,
  roleId: z.string().nullable(),
  rawTitle: z.string().nullable(),
  level: LevelSchema.nullable(),
  yearsOfExperience: z.number().nullable(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  remote: RemoteSchema.nullable(),
  companySize: CompanySizeSchema.nullable(),
  sector: z.string().nullable(),
  observedOn: z.string(),
  statistic: StatisticSchema,
  valueYearEur: z
    .number()
    .nullable()
    .describe('representative yearly value in EUR at the date rate'),
  provenance: z.object({
    sourceId: z.string(),
    kind: SourceKindSchema,
    location: z.string(),
    evidence: z.array(EvidenceSpanSchema),
    ingestedAt: z.string(),
  }),
});
export type Observation = z.infer<typeof ObservationSchema>;

export const ObservationsResponseSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(ObservationSchema),
});
export type ObservationsResponse = z.infer<typeof ObservationsResponseSchema>;
