import { CHANGE_KINDS, CHANGE_TARGETS, compareStrings, type Change } from '@sisc/model';

const targetRank = new Map<string, number>(CHANGE_TARGETS.map((t, i) => [t, i]));
const kindRank = new Map<string, number>(CHANGE_KINDS.map((k, i) => [k, i]));

/**
 * The order of changes in a diff: by target (release, level, category, item, requirement), then
 * ID (code points), kind (in the order of CHANGE_KINDS), field and language. Never the order of
 * the sources, so shuffling a release's lists does not change the diff.
 */
export function compareChanges(a: Change, b: Change): number {
  return (
    targetRank.get(a.target)! - targetRank.get(b.target)! ||
    compareStrings(a.id, b.id) ||
    kindRank.get(a.kind)! - kindRank.get(b.kind)! ||
    compareStrings(a.field ?? '', b.field ?? '') ||
    compareStrings(a.lang ?? '', b.lang ?? '')
  );
}
