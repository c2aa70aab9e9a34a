import { z } from 'zod';
import { IssueSchema } from './issue.js';
import { CriteriaBasisSchema, IsoDateSchema, ItemIdSchema, CategoryIdSchema, LevelNumberSchema, RequirementIdSchema } from './common.js';

export const VERDICTS = ['met', 'not-met', 'not-applicable', 'unanswered', 'stale'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const REASON_CODES = [
  'answered-met',
  'answered-not-met',
  'na-accepted',
  'na-not-allowed',
  'na-justification-missing',
  'no-answer',
  'evidence-stale',
  'no-dated-evidence',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const BLOCKER_CODES = [
  'requirement-not-satisfied',
  'lower-level-not-achieved',
  'declaration-missing',
  'declaration-incomplete',
  'declaration-in-future',
  'declaration-expired',
  'audit-required',
  'audit-in-future',
  'evidence-missing',
  'criteria-not-accepting',
  'audit-incomplete',
  'audit-expired',
] as const;
export type BlockerCode = (typeof BLOCKER_CODES)[number];

export const RequirementResultSchema = /* @__PURE__ */ z
  .strictObject({
    id: RequirementIdSchema,
    itemId: ItemIdSchema,
    categoryId: CategoryIdSchema,
    level: LevelNumberSchema.describe('The lowest level at which the requirement applies.'),
    verdict: z.enum(VERDICTS),
    satisfied: z.boolean().describe('true for met and accepted not-applicable; everything else counts as not met.'),
    reasons: z.array(z.enum(REASON_CODES)).describe('Why the verdict is what it is.'),
    newestEvidence: IsoDateSchema.optional().describe('The date of the newest evidence item that counts (dated on or before asOf), when there is one.'),
    validUntil: IsoDateSchema.optional().describe(
      'For a requirement with a recurrence answered met: the last date its newest evidence still shows it is met (newestEvidence + recurrence).',
    ),
  })
  .meta({ id: 'RequirementResult' });
export type RequirementResult = z.infer<typeof RequirementResultSchema>;

export const BlockerSchema = /* @__PURE__ */ z
  .strictObject({
    code: z.enum(BLOCKER_CODES),
    message: z.string(),
    requirementId: RequirementIdSchema.optional(),
  })
  .meta({ id: 'Blocker', description: 'One reason a level is not achieved.' });
export type Blocker = z.infer<typeof BlockerSchema>;

export const LevelResultSchema = /* @__PURE__ */ z
  .strictObject({
    level: LevelNumberSchema,
    achieved: z.boolean(),
    blockers: z.array(BlockerSchema),
    validUntil: IsoDateSchema.optional().describe(
      'For an achieved level whose attestations have a validity in the release: the last date it stays achieved (the earliest end of the declaration and audit it relies on).',
    ),
  })
  .meta({ id: 'LevelResult' });
export type LevelResult = z.infer<typeof LevelResultSchema>;

const CountFields = {
  applicable: z.int().min(0).describe('Active requirements that apply at the target level.'),
  satisfied: z.int().min(0).describe('Of those, met or accepted not-applicable.'),
  ratio: z.number().min(0).max(1).describe('satisfied / applicable, rounded to 4 decimals; 1 when nothing applies. Shows the gap; never decides the level.'),
};

export const ItemCountSchema = /* @__PURE__ */ z.strictObject({ id: ItemIdSchema, categoryId: CategoryIdSchema, ...CountFields }).meta({ id: 'ItemCount' });
export const CategoryCountSchema = /* @__PURE__ */ z.strictObject({ id: CategoryIdSchema, ...CountFields }).meta({ id: 'CategoryCount' });
export const TotalCountSchema = /* @__PURE__ */ z.strictObject({ ...CountFields }).meta({ id: 'TotalCount' });
export type ItemCount = z.infer<typeof ItemCountSchema>;
export type CategoryCount = z.infer<typeof CategoryCountSchema>;
export type TotalCount = z.infer<typeof TotalCountSchema>;

export const ResultBasisSchema = /* @__PURE__ */ z
  .strictObject({
    criteria: CriteriaBasisSchema,
    engine: z.strictObject({ name: z.string(), version: z.string() }),
    scoringRules: z.string().describe('Version of the published scoring rules (docs/scoring.md).'),
    asOf: IsoDateSchema.describe('The date the result is computed for.'),
    provisional: z.boolean().describe('true when computed against a draft release.'),
  })
  .meta({ id: 'ResultBasis', description: 'Exactly what the result was computed against.' });
export type ResultBasis = z.infer<typeof ResultBasisSchema>;

export const EvaluationResultSchema = /* @__PURE__ */ z
  .strictObject({
    $schema: z.string().optional(),
    basis: ResultBasisSchema,
    organization: z.strictObject({ name: z.string(), corporateNumber: z.string().optional() }),
    mode: z.enum(['self-declaration', 'audit']),
    targetLevel: LevelNumberSchema,
    achievedLevel: z.int().min(0).describe('The highest level achieved; 0 when none.'),
    conformant: z.boolean().describe('true when the achieved level is at least the target level.'),
    levels: z.array(LevelResultSchema),
    requirements: z.array(RequirementResultSchema),
    items: z.array(ItemCountSchema),
    categories: z.array(CategoryCountSchema),
    total: TotalCountSchema.optional().describe('The same counts over the whole release (always given by @sisc/engine).'),
    issues: z.array(IssueSchema),
  })
  .meta({
    id: 'EvaluationResult',
    title: 'SI Security Certification evaluation result',
    description: 'The result of evaluating one assessment against one criteria release.',
  });
export type EvaluationResult = z.infer<typeof EvaluationResultSchema>;
