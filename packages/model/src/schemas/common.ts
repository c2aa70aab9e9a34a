import { z } from 'zod';
import { ISO_DURATION, isCalendarDate } from '../duration.js';
import { CATEGORY_ID, ITEM_ID, NOT_BLANK, REQUIREMENT_ID, SEMVER, SLUG } from '../ids.js';

export const LocalizedTextSchema = /* @__PURE__ */ z
  .strictObject({
    ja: z.string().min(1).regex(NOT_BLANK).describe('Japanese text. Canonical: where the two languages differ, the Japanese text stands.'),
    en: z.string().min(1).regex(NOT_BLANK).optional().describe('English translation. Optional while a release is a draft, required once it is effective.'),
    enSource: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .optional()
      .describe(
        'First 16 hex digits of the SHA-256 of the Japanese text the English was translated from. When the Japanese text changes and this does not, the translation is stale.',
      ),
  })
  .meta({ id: 'LocalizedText', description: 'A text in Japanese (canonical) with its English translation.' });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const IsoDateSchema = /* @__PURE__ */ z
  .string()
  .refine(isCalendarDate, { message: 'a calendar date written YYYY-MM-DD' })
  .meta({ id: 'IsoDate', description: 'A calendar date, YYYY-MM-DD (ISO 8601).', format: 'date' });

export const IsoDurationSchema = /* @__PURE__ */ z
  .string()
  .regex(ISO_DURATION)
  .meta({ id: 'IsoDuration', description: 'An ISO 8601 duration in years, months, weeks and days, e.g. P1Y (one year) or P6M.' });

export const SemverSchema = /* @__PURE__ */ z
  .string()
  .regex(SEMVER)
  .meta({ id: 'Semver', description: 'A Semantic Versioning 2.0.0 version; drafts are prereleases, e.g. 1.0.0-draft.1.' });

export const SlugSchema = /* @__PURE__ */ z.string().regex(SLUG).describe('A lowercase identifier: letters, digits, "-" and ".".');
export const CategoryIdSchema = /* @__PURE__ */ z.string().regex(CATEGORY_ID).describe('Category ID, e.g. GOV.');
export const ItemIdSchema = /* @__PURE__ */ z.string().regex(ITEM_ID).describe('Item ID, e.g. GOV-01.');
export const RequirementIdSchema = /* @__PURE__ */ z
  .string()
  .regex(REQUIREMENT_ID)
  .meta({ id: 'RequirementId', description: 'Requirement ID, e.g. GOV-01.01: stable, never reused, independent of the level.' });

export const LevelNumberSchema = /* @__PURE__ */ z.int().min(1).max(9).describe('A certification level, 1 upwards.');

export const Sha256Schema = /* @__PURE__ */ z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe('A SHA-256 digest as 64 lowercase hex digits.');

export const CriteriaRefSchema = /* @__PURE__ */ z
  .strictObject({
    scheme: SlugSchema.describe('The scheme ID, e.g. si-security-certification.'),
    version: SemverSchema.describe('The exact criteria version.'),
  })
  .meta({ id: 'CriteriaRef', description: 'Names one criteria release exactly.' });
export type CriteriaRef = z.infer<typeof CriteriaRefSchema>;

export const CriteriaBasisSchema = /* @__PURE__ */ CriteriaRefSchema.extend({
  digest: Sha256Schema.describe('SHA-256 of the release in canonical JSON (see criteriaDigest).'),
}).meta({ id: 'CriteriaBasis', description: 'A criteria release named exactly, with the digest of its content.' });
export type CriteriaBasis = z.infer<typeof CriteriaBasisSchema>;
