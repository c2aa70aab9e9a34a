import { issue, sortIssues, textDigest, walkTexts, type CriteriaRelease, type Issue } from '@sisc/model';

/**
 * Every text of a release whose English translation is missing or stale (the Japanese changed
 * after the English was made: enSource is not the digest of the current Japanese, or was never
 * recorded). Stricter than validateCriteria, which lets a draft go without English: the shipped
 * releases are held to this for every status. Returns issues; never throws.
 */
export function checkTranslations(release: CriteriaRelease): Issue[] {
  const out: Issue[] = [];
  walkTexts(release, '$', (text, path) => {
    const expected = textDigest(text.ja);
    if (text.en === undefined) {
      out.push(issue('missing-translation', 'error', path, `${path}: the English translation of "${text.ja}" is missing.`, { params: { status: release.status } }));
    } else if (text.enSource === undefined) {
      out.push(issue('stale-translation', 'error', path, `${path}: the translation does not say which Japanese text it was made from; check it, then set enSource to ${expected}.`, { params: { expected, found: '' } }));
    } else if (text.enSource !== expected) {
      out.push(issue('stale-translation', 'error', path, `${path}: the Japanese text changed after the English was translated ("${text.ja}"); check the translation, then set enSource to ${expected}.`, { params: { expected, found: text.enSource } }));
    }
  });
  return sortIssues(out);
}
