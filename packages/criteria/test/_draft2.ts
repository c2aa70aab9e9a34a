/**
 * The edits of issue #11's example release, done as a committee member does them by hand in a text
 * editor: copy 1.0.0-draft.1 to 1.0.0-draft.2, set the version, revise BLD-02.02 (Japanese and
 * English), add OPS-03.05, retire GOV-03.03 (replaced by GOV-03.02), and declare the three changes
 * in changeLog. Used by the tests that add a release to a temporary copy of the data.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function edit(path: string, change: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`${path}: the edit changed nothing`);
  writeFileSync(path, after);
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The Japanese and English text BLD-02.02 gets in draft.2. */
export const BLD_02_02 = {
  ja: '標準に従った脆弱性検査の実施及び結果の記録',
  en: 'Carrying out vulnerability testing according to a standard, and recording the results',
};

/** The change log of draft.2, as YAML lines appended to release.yaml. */
export const DRAFT2_CHANGE_LOG = `
changeLog:
  from: 1.0.0-draft.1
  entries:
    - id: BLD-02.02
      change: modified
      reason:
        ja: 検査結果の記録を求めることにした。
    - id: OPS-03.05
      change: added
      reason:
        ja: 問い合わせ窓口の周知を要求事項に加えた。
    - id: GOV-03.03
      change: retired
      related: [GOV-03.02]
      reason:
        ja: GOV-03.02 に統合した。
`;

/**
 * Adds data/1.0.0-draft.2 to a criteria data directory by hand-editing a copy of draft.1's YAML.
 * The English of the revised and added texts is written, but not stamped (no enSource), as the
 * guide's steps leave it before `stamp` runs.
 */
export function addDraft2(dataDir: string, from = '1.0.0-draft.1', to = '1.0.0-draft.2'): string {
  const dir = join(dataDir, to);
  cpSync(join(dataDir, from), dir, { recursive: true });
  edit(join(dir, 'release.yaml'), (t) => replaceOnce(t, `version: ${from}`, `version: ${to}`));
  editDraft2(dir, from, to);
  return dir;
}

/**
 * The edits of draft.2 on a release directory that has its version already (copied by hand, or
 * made by `sisc criteria new`, whose empty `entries: []` the change log's entries replace).
 */
export function editDraft2(dir: string, from = '1.0.0-draft.1', to = '1.0.0-draft.2'): void {
  edit(join(dir, 'release.yaml'), (t) => {
    const log = DRAFT2_CHANGE_LOG.replace('from: 1.0.0-draft.1', `from: ${from}`);
    return t.includes('\nchangeLog:') ? replaceOnce(t, '  entries: []\n', log.slice(log.indexOf('  entries:\n'))) : t + log;
  });
  edit(join(dir, 'BLD.yaml'), (t) =>
    replaceOnce(
      t,
      '          ja: 標準に従った脆弱性検査の実施\n          en: Carrying out vulnerability testing according to a standard\n          enSource: d2ac4f61d0b5e8c3\n',
      `          ja: ${BLD_02_02.ja}\n          en: ${BLD_02_02.en}\n`,
    ),
  );
  edit(
    join(dir, 'OPS.yaml'),
    (t) =>
      `${t.trimEnd()}
      - id: OPS-03.05
        level: 2
        kind: detailed-requirement
        text:
          ja: 問い合わせ窓口を顧客に周知する。
          en: Make the contact point for enquiries known to customers.
        naPolicy: { allowed: false, justificationRequired: true }
`,
  );
  edit(join(dir, 'GOV.yaml'), (t) =>
    replaceOnce(
      t,
      '          enSource: 67be2b678b47f766\n        naPolicy: { allowed: true, justificationRequired: true }\n',
      `          enSource: 67be2b678b47f766
        naPolicy: { allowed: true, justificationRequired: true }
        status: retired
        retired:
          since: ${to}
          reason:
            ja: GOV-03.02 に統合した。
          replacedBy: [GOV-03.02]
`,
    ),
  );
}
