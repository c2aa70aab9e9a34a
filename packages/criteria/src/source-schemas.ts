/**
 * The shapes of the YAML source files a committee member edits (data/<version>/*.yaml). The JSON
 * Schemas generated from these (schemas/criteria-*-file.schema.json) let an editor check a file
 * while it is typed.
 */
import { z } from 'zod';
import { CategoryIdSchema, CategorySchema, CriteriaReleaseSchema } from '@sisc/model';

/** release.yaml: everything of a release except the categories, which are listed by ID, in order. */
export const CriteriaReleaseFileSchema = CriteriaReleaseSchema.omit({ categories: true })
  .extend({
    categories: z
      .array(CategoryIdSchema)
      .min(1)
      .describe('The categories in order; each is read from <ID>.yaml in the same directory, e.g. GOV → GOV.yaml.'),
  })
  .meta({
    title: 'SI Security Certification criteria source: release.yaml',
    description: 'Release metadata, levels, notes, documents and frameworks of one criteria release. The categories live in one file each.',
  });
export type CriteriaReleaseFile = z.input<typeof CriteriaReleaseFileSchema>;

/** <ID>.yaml: one category (大項目) with its items and requirements. */
export const CriteriaCategoryFileSchema = CategorySchema;
export type CriteriaCategoryFile = z.input<typeof CriteriaCategoryFileSchema>;

/** The file name of release metadata in a release directory. */
export const RELEASE_FILE_NAME = 'release.yaml';
