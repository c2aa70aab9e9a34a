/**
 * The signed statement: an in-toto Statement v1 (https://github.com/in-toto/attestation, spec v1)
 * whose subject is the assessment as written and whose predicate is the declaration's claim.
 */
import { z } from 'zod';
import {
  AuditSchema,
  canonicalize,
  CriteriaBasisSchema,
  DeclarationSchema,
  IsoDateSchema,
  IsoDurationSchema,
  LevelNumberSchema,
  Sha256Schema,
  sha256Hex,
  type CriteriaRelease,
  type EvaluationResult,
} from '@sisc/model';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/**
 * The predicate type of a signed declaration. Versioned: a change to the predicate that a verifier
 * written for this one could misread makes `/v2`; adding an optional field does not.
 */
export const PREDICATE_TYPE = 'https://sisc.dev/attestation/declaration/v1';
/** The `$id` of the predicate's JSON Schema (schemas/v1/declaration-predicate.schema.json). */
export const PREDICATE_SCHEMA_ID = 'https://sisc.dev/schemas/v1/declaration-predicate.schema.json';

export const DeclarationPredicateSchema = z
  .strictObject({
    criteria: CriteriaBasisSchema.describe('The criteria release the claim is made against: scheme, exact version and criteriaDigest (SHA-256 of its RFC 8785 canonical JSON).'),
    scoringRules: z.string().min(1).describe('Version of the published scoring rules (docs/scoring.md) the claim follows from.'),
    engine: z.strictObject({ name: z.string().min(1), version: z.string().min(1) }).describe('The engine that computed the claim (informative: a verifier re-evaluates with its own).'),
    asOf: IsoDateSchema.describe('The date the claim is evaluated for.'),
    provisional: z.boolean().describe('true when the release is a draft: the result is provisional.'),
    organization: z.strictObject({ name: z.string().min(1), corporateNumber: z.string().optional() }).describe('The declaring organisation, as the assessment names it.'),
    mode: z.enum(['self-declaration', 'audit']),
    targetLevel: LevelNumberSchema.describe('The level the organisation declares or is audited for.'),
    achievedLevel: z.int().min(0).max(9).describe('The highest level the answers achieve at asOf; 0 when none.'),
    conformant: z.boolean().describe('true when the achieved level is at least the target level.'),
    attestation: z
      .strictObject({
        declaration: DeclarationSchema.optional().describe('The self-declaration: signatory (name and role) and date.'),
        audit: AuditSchema.optional().describe('The audit: auditor, certification body, date and reference.'),
      })
      .describe('Who attests the answers, as the assessment says.'),
    validity: z
      .strictObject({
        period: IsoDurationSchema.describe('The validity the release sets for the achieved level (declarationValidity).'),
        validUntil: IsoDateSchema.describe('The last date the achieved level stays achieved.'),
      })
      .optional()
      .describe('Present when the release sets a validity for the achieved level.'),
  })
  .meta({
    id: 'DeclarationPredicate',
    title: 'SI Security Certification signed declaration (predicate)',
    description: `The predicate of an in-toto Statement v1 with predicateType ${PREDICATE_TYPE}: what the signer claims the assessment achieves, and against what.`,
  });
export type DeclarationPredicate = z.infer<typeof DeclarationPredicateSchema>;

export const StatementSchema = z.strictObject({
  _type: z.literal(STATEMENT_TYPE),
  subject: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(1024),
        digest: z.strictObject({ sha256: Sha256Schema }),
      }),
    )
    .length(1),
  predicateType: z.literal(PREDICATE_TYPE),
  predicate: DeclarationPredicateSchema,
});
export type Statement = z.infer<typeof StatementSchema>;

/**
 * The subject digest of an assessment: SHA-256 of its RFC 8785 canonical JSON, over the data as
 * written (a YAML file read as JSON data; no defaults filled in).
 * @throws CanonicalizationError when it holds what JSON cannot carry (a lone surrogate, NaN…).
 */
export function assessmentDigest(assessment: unknown): string {
  return sha256Hex(canonicalize(assessment));
}

/** The predicate for an evaluated assessment. */
export function predicateOf(release: CriteriaRelease, result: EvaluationResult, assessment: { declaration?: unknown; audit?: unknown }): DeclarationPredicate {
  const achieved = result.achievedLevel > 0 ? result.levels.find((l) => l.level === result.achievedLevel) : undefined;
  const period = release.levels.find((l) => l.level === result.achievedLevel)?.declarationValidity;
  const attestation: DeclarationPredicate['attestation'] = {};
  const declaration = DeclarationSchema.safeParse(assessment.declaration);
  if (declaration.success) attestation.declaration = declaration.data;
  const audit = AuditSchema.safeParse(assessment.audit);
  if (audit.success) attestation.audit = audit.data;
  const predicate: DeclarationPredicate = {
    criteria: { ...result.basis.criteria },
    scoringRules: result.basis.scoringRules,
    engine: { ...result.basis.engine },
    asOf: result.basis.asOf,
    provisional: result.basis.provisional,
    organization: { ...result.organization },
    mode: result.mode,
    targetLevel: result.targetLevel,
    achievedLevel: result.achievedLevel,
    conformant: result.conformant,
    attestation,
  };
  if (period && achieved?.validUntil) predicate.validity = { period, validUntil: achieved.validUntil };
  return predicate;
}
