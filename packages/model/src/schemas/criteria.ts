import { z } from 'zod';
import {
  CategoryIdSchema,
  IsoDateSchema,
  IsoDurationSchema,
  ItemIdSchema,
  LevelNumberSchema,
  LocalizedTextSchema,
  RequirementIdSchema,
  SemverSchema,
  SlugSchema,
} from './common.js';

export const RELEASE_STATUSES = ['draft', 'effective', 'superseded', 'withdrawn'] as const;
export const ReleaseStatusSchema = /* @__PURE__ */ z.enum(RELEASE_STATUSES).meta({
  id: 'ReleaseStatus',
  description:
    'draft: under discussion, results are provisional; effective: in force; superseded: replaced by a newer release, declarations still accepted until its date; withdrawn: no longer usable.',
});
export type ReleaseStatus = z.infer<typeof ReleaseStatusSchema>;

export const ASSURANCE_METHODS = ['self-declared', 'audited'] as const;

export const LevelSchema = /* @__PURE__ */ z
  .strictObject({
    level: LevelNumberSchema,
    name: LocalizedTextSchema.describe('e.g. レベル1 自己適合宣言.'),
    audience: LocalizedTextSchema.describe('Who the level is meant for, e.g. 個別ソリューション納入事業者.'),
    assurance: z.enum(ASSURANCE_METHODS).describe('self-declared: the company declares conformity itself; audited: an auditor examines it.'),
    method: LocalizedTextSchema.optional().describe('How conformity is shown, e.g. by checklist or by submitted documents.'),
    declarationValidity: IsoDurationSchema.optional().describe('How long a declaration or certificate at this level stays valid, e.g. P1Y. Unset: the release does not say.'),
  })
  .meta({ id: 'Level', description: 'A certification level. Levels are cumulative: level 2 includes everything that applies at level 1.' });
export type Level = z.infer<typeof LevelSchema>;

export const NaPolicySchema = /* @__PURE__ */ z
  .strictObject({
    allowed: z.boolean().describe('May an organisation answer "not applicable"?'),
    justificationRequired: z.boolean().describe('Must a "not applicable" answer say why?'),
  })
  .meta({ id: 'NaPolicy', description: 'Whether "not applicable" is an acceptable answer.' });
export type NaPolicy = z.infer<typeof NaPolicySchema>;

export const RequirementReferenceSchema = /* @__PURE__ */ z
  .strictObject({
    document: SlugSchema.describe('ID of a document listed in the release\'s documents.'),
    locator: z.string().min(1).optional().describe('Where in the document, e.g. a clause or chapter.'),
  })
  .meta({ id: 'RequirementReference' });

export const MAPPING_RELATIONSHIPS = ['equal-to', 'equivalent-to', 'subset-of', 'superset-of', 'intersects-with'] as const;
export const FrameworkMappingSchema = /* @__PURE__ */ z
  .strictObject({
    framework: SlugSchema.describe('ID of a framework listed in the release\'s frameworks.'),
    id: z.string().min(1).describe('The control or practice ID in that framework, e.g. PO.2.3.'),
    relationship: z.enum(MAPPING_RELATIONSHIPS).optional().describe('How this requirement relates to it (OSCAL mapping vocabulary).'),
    confidence: z.enum(['high', 'medium', 'low']).optional(),
  })
  .meta({ id: 'FrameworkMapping', description: 'A link from a requirement to a control in another framework.' });

export const RetirementSchema = /* @__PURE__ */ z
  .strictObject({
    since: SemverSchema.describe('The release in which the requirement was retired.'),
    reason: LocalizedTextSchema,
    replacedBy: z.array(RequirementIdSchema).default([]).describe('Requirements that take its place, if any.'),
  })
  .meta({ id: 'Retirement' });

export const REQUIREMENT_KINDS = ['level-requirement', 'detailed-requirement'] as const;

export const RequirementSchema = /* @__PURE__ */ z
  .strictObject({
    id: RequirementIdSchema,
    level: LevelNumberSchema.describe('The lowest level at which the requirement applies; it applies at every level above too.'),
    kind: z
      .enum(REQUIREMENT_KINDS)
      .describe('level-requirement: the item\'s requirement for a level (要求事項); detailed-requirement: a detailed requirement (詳細要件).'),
    text: LocalizedTextSchema,
    naPolicy: NaPolicySchema.default({ allowed: false, justificationRequired: true }),
    evidence: z.array(LocalizedTextSchema).default([]).describe('What evidence is expected, in words.'),
    recurrence: IsoDurationSchema.optional().describe('For requirements done periodically: evidence older than this no longer shows the requirement is met.'),
    status: z.enum(['active', 'retired']).default('active'),
    retired: RetirementSchema.optional().describe('Required when status is retired.'),
    references: z.array(RequirementReferenceSchema).default([]),
    mappings: z.array(FrameworkMappingSchema).default([]),
  })
  .meta({ id: 'Requirement', description: 'One statement that can be answered and audited on its own.' });
export type Requirement = z.infer<typeof RequirementSchema>;

export const ItemSchema = /* @__PURE__ */ z
  .strictObject({
    id: ItemIdSchema,
    name: LocalizedTextSchema.describe('中項目.'),
    intent: LocalizedTextSchema.describe('内容: what the item is about.'),
    requirements: z.array(RequirementSchema),
  })
  .meta({ id: 'Item', description: 'An item (中項目) with its requirements.' });
export type Item = z.infer<typeof ItemSchema>;

export const CategorySchema = /* @__PURE__ */ z
  .strictObject({
    id: CategoryIdSchema,
    name: LocalizedTextSchema.describe('大項目.'),
    items: z.array(ItemSchema),
  })
  .meta({ id: 'Category', description: 'A category (大項目) of items.' });
export type Category = z.infer<typeof CategorySchema>;

export const NoteSchema = /* @__PURE__ */ z
  .strictObject({
    id: SlugSchema,
    title: LocalizedTextSchema,
    text: LocalizedTextSchema,
  })
  .meta({ id: 'Note', description: 'An editorial note, e.g. how the committee interprets the source text.' });
export type Note = z.infer<typeof NoteSchema>;

export const ReferenceDocumentSchema = /* @__PURE__ */ z
  .strictObject({
    id: SlugSchema,
    title: LocalizedTextSchema,
    publisher: LocalizedTextSchema.optional(),
    edition: LocalizedTextSchema.optional().describe('Which edition; say so when the criteria do not specify one.'),
    url: z.string().min(1).optional(),
  })
  .meta({ id: 'ReferenceDocument', description: 'A document the criteria cite.' });
export type ReferenceDocument = z.infer<typeof ReferenceDocumentSchema>;

export const FrameworkSchema = /* @__PURE__ */ z
  .strictObject({
    id: SlugSchema,
    title: z.string().min(1),
    version: z.string().min(1),
    url: z.string().min(1).optional(),
  })
  .meta({ id: 'Framework', description: 'Another framework that requirements map to.' });
export type Framework = z.infer<typeof FrameworkSchema>;

export const CHANGE_LOG_KINDS = ['added', 'modified', 'editorial', 'moved', 'split', 'merged', 'retired'] as const;
export const ChangeLogEntrySchema = /* @__PURE__ */ z
  .strictObject({
    id: z.string().min(1).describe('The requirement, item or category the entry is about.'),
    change: z.enum(CHANGE_LOG_KINDS),
    reason: LocalizedTextSchema,
    related: z.array(z.string().min(1)).default([]).describe('For split / merged / retired: the IDs it was split into, merged into, or replaced by.'),
  })
  .meta({ id: 'ChangeLogEntry', description: 'One declared change from the previous release.' });
export type ChangeLogEntry = z.infer<typeof ChangeLogEntrySchema>;

export const ReleaseDatesSchema = /* @__PURE__ */ z
  .strictObject({
    published: IsoDateSchema.optional(),
    effectiveFrom: IsoDateSchema.optional().describe('From this date declarations and audits may be made against the release.'),
    acceptUntil: IsoDateSchema.optional().describe('New declarations and audits are accepted until this date (inclusive).'),
  })
  .meta({ id: 'ReleaseDates' });

export const CriteriaReleaseSchema = /* @__PURE__ */ z
  .strictObject({
    $schema: z.string().optional(),
    scheme: z.strictObject({ id: SlugSchema, name: LocalizedTextSchema }).describe('The certification scheme.'),
    version: SemverSchema,
    status: ReleaseStatusSchema,
    dates: ReleaseDatesSchema.default({}),
    title: LocalizedTextSchema,
    publisher: LocalizedTextSchema,
    provenance: z
      .strictObject({
        source: LocalizedTextSchema.describe('The document the release was made from.'),
        date: IsoDateSchema.optional(),
        note: LocalizedTextSchema.optional(),
      })
      .describe('Where the content comes from.'),
    notes: z.array(NoteSchema).default([]),
    levels: z.array(LevelSchema).min(1),
    documents: z.array(ReferenceDocumentSchema).default([]),
    frameworks: z.array(FrameworkSchema).default([]),
    categories: z.array(CategorySchema).min(1),
    changeLog: z
      .strictObject({ from: SemverSchema, entries: z.array(ChangeLogEntrySchema) })
      .optional()
      .describe('The changes declared since the previous release.'),
  })
  .meta({
    id: 'CriteriaRelease',
    title: 'SI Security Certification criteria release',
    description: 'One version of the criteria: levels, categories, items and requirements.',
  });
export type CriteriaRelease = z.infer<typeof CriteriaReleaseSchema>;
export type CriteriaReleaseInput = z.input<typeof CriteriaReleaseSchema>;
