import { z } from 'zod';
import { IssueSchema } from './issue.js';
import { CriteriaBasisSchema, LevelNumberSchema, LocalizedTextSchema } from './common.js';
import { CHANGE_LOG_KINDS } from './criteria.js';

export const CHANGE_KINDS = [
  'added',
  'removed',
  'retired',
  'reinstated',
  'text-changed',
  'moved',
  'level-changed',
  'kind-changed',
  'na-policy-changed',
  'evidence-changed',
  'recurrence-changed',
  'references-changed',
  'metadata-changed',
  'assurance-changed',
  'validity-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_TARGETS = ['release', 'level', 'category', 'item', 'requirement'] as const;
export const BUMPS = ['major', 'minor', 'patch', 'none'] as const;
export type Bump = (typeof BUMPS)[number];

export const ChangeSchema = /* @__PURE__ */ z
  .strictObject({
    target: z.enum(CHANGE_TARGETS),
    id: z.string().describe('The ID of what changed (for the release: the field name).'),
    kind: z.enum(CHANGE_KINDS),
    parent: z
      .string()
      .optional()
      .describe('Where the target sits: the item of a requirement, the category of an item (after the change; before it, for a removed one).'),
    field: z.string().optional().describe('The field that changed, e.g. text.ja.'),
    lang: z.enum(['ja', 'en']).optional(),
    level: LevelNumberSchema.optional().describe('The level at which the changed requirement applies (after the change).'),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    substantive: z.boolean().describe('false only where the change is declared editorial or cannot change meaning.'),
    bump: z.enum(BUMPS).describe('The version bump this change requires on its own.'),
    declared: z
      .strictObject({ change: z.enum(CHANGE_LOG_KINDS), reason: LocalizedTextSchema, related: z.array(z.string()) })
      .optional()
      .describe('The matching entry of the release\'s change log, if any.'),
  })
  .meta({ id: 'Change', description: 'One change between two releases.' });
export type Change = z.infer<typeof ChangeSchema>;

export const CriteriaDiffSchema = /* @__PURE__ */ z
  .strictObject({
    $schema: z.string().optional(),
    from: CriteriaBasisSchema,
    to: CriteriaBasisSchema,
    changes: z.array(ChangeSchema),
    semver: z.strictObject({
      required: z.enum(BUMPS).describe('The bump the changes require.'),
      actual: z.enum(['major', 'minor', 'patch', 'prerelease', 'none', 'downgrade']).describe('The bump between the two version numbers.'),
      honoured: z.boolean().describe('Whether the new version number says at least what the changes require.'),
      next: z
        .string()
        .optional()
        .describe('The lowest version after `from` that honours the changes; unset where `from` promises nothing (a prerelease or 0.x).'),
    }),
    issues: z.array(IssueSchema),
  })
  .meta({ id: 'CriteriaDiff', title: 'Diff between two criteria releases' });
export type CriteriaDiff = z.infer<typeof CriteriaDiffSchema>;
