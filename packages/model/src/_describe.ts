/** Plain-words descriptions of values and expectations, for messages a committee member reads. */
import { ISO_DURATION } from './duration.js';
import { CATEGORY_ID, ITEM_ID, NOT_BLANK, REQUIREMENT_ID, SEMVER, SLUG } from './ids.js';

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (empty)';
  if (typeof value === 'string') {
    if (value === '') return 'an empty text';
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields (an object)';
  return typeof value;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields (an object)',
  array: 'a list',
  null: 'null',
};

export function describeType(expected: string): string {
  return TYPE_WORDS[expected] ?? expected;
}

const PATTERN_WORDS: [RegExp, string][] = [
  [REQUIREMENT_ID, 'a requirement ID such as GOV-01.01'],
  [ITEM_ID, 'an item ID such as GOV-01'],
  [CATEGORY_ID, 'a category ID of capital letters such as GOV'],
  [SEMVER, 'a version number such as 1.0.0 or 1.0.0-draft.1'],
  [ISO_DURATION, 'a duration such as P1Y (one year) or P6M (six months)'],
  [SLUG, 'an identifier of lowercase letters, digits and hyphens'],
  [NOT_BLANK, 'a text that is not only spaces'],
  [/^\d{13}$/, 'a 13-digit number'],
  [/^[0-9a-f]{64}$/, 'a SHA-256 digest (64 hex digits, lowercase)'],
  [/^[0-9a-f]{16}$/, '16 hex digits, lowercase'],
];

export function describePattern(pattern: string | undefined): string {
  if (pattern) for (const [re, words] of PATTERN_WORDS) if (String(re) === pattern) return words;
  return pattern ? `text matching ${pattern}` : 'text of the right form';
}
