import type { Bump } from '@sisc/model';

/** One rule of the semver policy for criteria data: the bump a kind of change requires. */
export interface BumpRule {
  readonly bump: Bump;
  /** The change, in words (the diff README's policy table lists these, by bump). */
  readonly change: string;
}

/** What each bump means to an organisation that conforms (the first column of the README's table). */
export const BUMP_MEANINGS: Readonly<Record<Bump, string>> = Object.freeze({
  major: 'an organisation that conformed may no longer conform, or a document citing the release breaks',
  minor: 'nobody who conformed can fail because of it',
  patch: 'editorial: cannot change what anyone must do',
  none: 'where the release stands in its lifecycle, not its content',
});

/**
 * The semver policy for criteria data, one rule per kind of change: the diff looks every bump up
 * here (src/_changes.ts), and `pnpm generate` writes the policy table of the README from it.
 * Order: by bump, then as the README lists them.
 */
export const BUMP_RULES = freezeRules({
  // major
  'requirement-added-at-existing-level': { bump: 'major', change: 'a new active requirement at a level that already existed' },
  'requirement-level-lowered': { bump: 'major', change: 'a requirement now applying at a lower level' },
  'na-disallowed': { bump: 'major', change: '"not applicable" no longer allowed' },
  'na-justification-required': { bump: 'major', change: 'a justification for "not applicable" newly required where it is allowed' },
  'recurrence-added': { bump: 'major', change: 'a recurrence where there was none' },
  'recurrence-shortened': { bump: 'major', change: 'a shorter recurrence' },
  'evidence-added': { bump: 'major', change: 'a new evidence expectation (an auditor may ask for it)' },
  'requirement-text-changed': { bump: 'major', change: "a substantive change of a requirement's Japanese text" },
  'requirement-reinstated': { bump: 'major', change: 'a requirement reinstated' },
  'active-requirement-removed': { bump: 'major', change: 'an active requirement removed (its ID disappears)' },
  'level-removed': { bump: 'major', change: 'a level removed' },
  'level-now-audited': { bump: 'major', change: 'a level now audited instead of self-declared' },
  'validity-added': { bump: 'major', change: 'a declaration validity where there was none' },
  'validity-shortened': { bump: 'major', change: 'a shorter declaration validity' },
  'scheme-changed': { bump: 'major', change: 'a different scheme' },
  // minor
  'level-added': { bump: 'minor', change: 'a level added' },
  'requirement-added-at-new-level': { bump: 'minor', change: 'a requirement added at a new level' },
  'requirement-retired': { bump: 'minor', change: 'a requirement retired' },
  'requirement-level-raised': { bump: 'minor', change: 'a requirement applying only at a higher level' },
  'na-allowed': { bump: 'minor', change: '"not applicable" newly allowed' },
  'na-justification-dropped': { bump: 'minor', change: 'a justification for "not applicable" no longer required' },
  'recurrence-lengthened': { bump: 'minor', change: 'a longer recurrence' },
  'recurrence-dropped': { bump: 'minor', change: 'no recurrence where there was one' },
  'evidence-dropped': { bump: 'minor', change: 'an evidence expectation dropped' },
  'level-no-longer-audited': { bump: 'minor', change: 'a level no longer audited' },
  'validity-lengthened': { bump: 'minor', change: 'a longer declaration validity' },
  'validity-dropped': { bump: 'minor', change: 'no declaration validity where there was one' },
  'item-added': { bump: 'minor', change: 'an item added' },
  'item-removed': { bump: 'minor', change: 'an item removed' },
  'category-added': { bump: 'minor', change: 'a category added' },
  'category-removed': { bump: 'minor', change: 'a category removed' },
  'retired-requirement-removed': { bump: 'minor', change: 'a retired requirement removed' },
  // patch
  'text-declared-editorial': { bump: 'patch', change: 'a Japanese text change declared `editorial` in the change log' },
  'translation-changed': { bump: 'patch', change: 'any change of an English translation' },
  'requirement-moved': { bump: 'patch', change: 'a requirement moved to another item' },
  'item-moved': { bump: 'patch', change: 'an item moved to another category' },
  'requirement-kind-changed': { bump: 'patch', change: "a change of a requirement's kind" },
  'references-changed': { bump: 'patch', change: "a change of a requirement's references or mappings" },
  'retired-requirement-changed': { bump: 'patch', change: 'any change to a requirement that is retired after the change (it applies to nobody) other than its retirement' },
  'retired-requirement-added': { bump: 'patch', change: 'a requirement added already retired' },
  'retirement-details-changed': { bump: 'patch', change: 'the retirement details of a requirement retired on both sides' },
  'na-justification-moot': { bump: 'patch', change: 'the justification rule where "not applicable" is not allowed anyway' },
  'period-rewritten': { bump: 'patch', change: 'the same period written differently (`P1Y` → `P12M`)' },
  'names-changed': { bump: 'patch', change: 'the names and intents of items, categories and levels' },
  'release-metadata-changed': { bump: 'patch', change: 'release metadata (title, publisher, provenance, notes, documents, frameworks)' },
  // none
  'lifecycle-changed': { bump: 'none', change: '`status` and `dates` (a release becomes superseded without a new version)' },
} as const satisfies Record<string, BumpRule>);

function freezeRules<T extends Record<string, BumpRule>>(rules: T): Readonly<T> {
  for (const r of Object.values(rules)) Object.freeze(r);
  return Object.freeze(rules);
}

export type BumpRuleId = keyof typeof BUMP_RULES;

/** The bump one rule requires. */
export function bumpOf(rule: BumpRuleId): Bump {
  return BUMP_RULES[rule].bump;
}
