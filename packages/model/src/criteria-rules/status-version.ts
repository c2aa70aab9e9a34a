import { issue, type Issue } from '../issues.js';
import { releaseStatusPolicy } from '../policies.js';
import type { CriteriaRule } from './rule.js';

export const statusVersion: CriteriaRule = {
  name: 'status-version',
  description: 'The version carries a prerelease part exactly when the release status asks for one (drafts are prereleases, released versions are not).',
  scope: 'release',
  check(release) {
    const out: Issue[] = [];
    const policy = releaseStatusPolicy(release.status);
    const prerelease = release.version.includes('-');
    if (policy.prereleaseVersion !== prerelease) {
      const expected = policy.prereleaseVersion ? 'a prerelease version such as 1.0.0-draft.1' : 'a version without a prerelease part, such as 1.0.0';
      out.push(issue('status-version-mismatch', 'error', '$.version', `$.version: a release with status "${release.status}" needs ${expected}, but found "${release.version}".`, { params: { status: release.status, found: release.version } }));
    }
    return out;
  },
};
