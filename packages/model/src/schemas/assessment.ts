import { z } from 'zod';
import { CriteriaRefSchema, IsoDateSchema, LevelNumberSchema, RequirementIdSchema, Sha256Schema } from './common.js';

export const ANSWER_STATUSES = ['met', 'not-met', 'not-applicable'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export const EvidenceItemSchema = /* @__PURE__ */ z
  .strictObject({
    title: z.string().min(1).describe('What the evidence is, e.g. 情報セキュリティ基本方針 第3版.'),
    uri: z.string().min(1).optional().describe('Where it can be found (a URL or a document reference).'),
    date: IsoDateSchema.describe('The date of the evidence: when the document was issued or the activity took place.'),
    sha256: Sha256Schema.optional().describe('SHA-256 of the submitted file, so an auditor can check it is the same one.'),
  })
  .meta({ id: 'EvidenceItem', description: 'One piece of evidence for an answer.' });
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const AnswerSchema = /* @__PURE__ */ z
  .strictObject({
    status: z.enum(ANSWER_STATUSES).describe('met, not-met or not-applicable.'),
    justification: z.string().optional().describe('Why: required for not-applicable where the requirement says so.'),
    evidence: z.array(EvidenceItemSchema).default([]),
    note: z.string().optional(),
  })
  .meta({ id: 'Answer', description: 'The answer to one requirement.' });
export type Answer = z.infer<typeof AnswerSchema>;

// A name left out, empty or blank does not make the assessment invalid: it evaluates, and the
// level it would attest gets the blocker and issue declaration-incomplete / audit-incomplete
// (docs/scoring.md §3.1, §3.2), as an assessment with no declaration at all does.
const NameSchema = /* @__PURE__ */ z.string().default('');

export const PersonSchema = /* @__PURE__ */ z.strictObject({
  name: NameSchema.describe('Left out or blank: the declaration is incomplete (issue declaration-incomplete).'),
  role: NameSchema.describe('e.g. 代表取締役社長. Left out or blank: the declaration is incomplete (issue declaration-incomplete).'),
});

export const DeclarationSchema = /* @__PURE__ */ z
  .strictObject({
    signatory: PersonSchema.describe('The person who signs the declaration, by name and role.'),
    date: IsoDateSchema.describe('The date the declaration is signed.'),
  })
  .meta({ id: 'Declaration', description: 'A self-declaration of conformity (自己適合宣言).' });

export const AuditSchema = /* @__PURE__ */ z
  .strictObject({
    auditor: z.strictObject({ name: NameSchema }).describe('The auditor who examined the documents. A name left out or blank: issue audit-incomplete.'),
    body: z.strictObject({ name: NameSchema }).describe('The certification body the auditor works for. A name left out or blank: issue audit-incomplete.'),
    date: IsoDateSchema.describe('The date of the audit decision.'),
    reference: z.string().min(1).optional().describe('The audit or certificate number.'),
  })
  .meta({ id: 'Audit', description: 'A certification audit (認定審査).' });

export const ASSESSMENT_MODES = ['self-declaration', 'audit'] as const;

export const AssessmentSchema = /* @__PURE__ */ z
  .strictObject({
    $schema: z.string().optional(),
    criteria: CriteriaRefSchema.describe('The exact criteria release the answers are given against.'),
    organization: z
      .strictObject({
        name: z.string().min(1),
        corporateNumber: z
          .string()
          .regex(/^\d{13}$/)
          .optional()
          .describe('法人番号: the 13-digit corporate number, check digit included.'),
      })
      .describe('The organisation that is assessed.'),
    targetLevel: LevelNumberSchema.describe('The level the organisation declares or is audited for.'),
    mode: z.enum(ASSESSMENT_MODES).describe('self-declaration (Level 1) or audit (Level 2).'),
    declaration: DeclarationSchema.optional(),
    audit: AuditSchema.optional(),
    answers: z.record(RequirementIdSchema, AnswerSchema).describe('Answers keyed by requirement ID.'),
  })
  .meta({
    id: 'Assessment',
    title: 'SI Security Certification assessment',
    description: 'What a company (self-declaration) or an auditor (audit) writes: the answers to one criteria release.',
  });
export type Assessment = z.infer<typeof AssessmentSchema>;
/** Every array and object of T, at any depth, readonly: what a function that only reads accepts. */
export type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

export type AssessmentInput = z.input<typeof AssessmentSchema>;
/**
 * An assessment as written, readonly at every depth: what the functions that only read an
 * assessment accept, so that an `as const` assessment of a strict TypeScript app is accepted (a
 * mutable one is too).
 */
export type ReadonlyAssessmentInput = DeepReadonly<AssessmentInput>;
