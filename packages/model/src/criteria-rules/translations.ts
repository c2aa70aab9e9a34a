import { textDigest } from '../digest.js';
import { issue, type Issue } from '../issues.js';
import { releaseStatusPolicy } from '../policies.js';
import { walkTexts } from '../walk-texts.js';
import type { CriteriaRule } from './rule.js';

export const translations: CriteriaRule = {
  name: 'translations',
  description: 'Every text has an English translation when the release status requires one; a translation made from an earlier Japanese text is reported as stale.',
  scope: 'texts',
  check(release) {
    const out: Issue[] = [];
    const policy = releaseStatusPolicy(release.status);
    walkTexts(release, '$', (text, path) => {
      if (text.en === undefined) {
        if (policy.englishRequired) {
          out.push(issue('missing-translation', 'error', path, `${path}: the English translation is missing; a release with status "${release.status}" needs one for every text.`, { params: { status: release.status } }));
        }
      } else if (text.enSource !== undefined && text.enSource !== textDigest(text.ja)) {
        out.push(issue('stale-translation', 'warning', path, `${path}: the Japanese text changed after the English was translated; check the translation, then update enSource to ${textDigest(text.ja)}.`, { params: { expected: textDigest(text.ja), found: text.enSource } }));
      }
    });
    return out;
  },
};
