import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '@sisc/criteria';
import { PACKAGE_ROOT } from '../scripts/_criteria-files.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('@sisc/criteria package', () => {
  it('exports exactly its public API (internal modules stay internal)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CriteriaCategoryFileSchema',
      'CriteriaReleaseFileSchema',
      'RELEASE_FILE_NAME',
      'buildIdLedger',
      'checkCriteriaSources',
      'checkIdHistory',
      'checkTranslations',
      'compareVersions',
      'compileCriteriaSources',
      'criteriaVersions',
      'getCriteria',
      'getCriteriaDigest',
      'latestEffective',
      'listCriteria',
      'looksLikeCriteriaSource',
      'publishDraft',
      'readJson',
      'readYaml',
      'resolveCriteria',
      'scaffoldRelease',
      'splitJsonPath',
      'stampTranslations',
      'utf8Length',
      'yamlLocator',
      'yamlPosition',
    ]);
  });

  it('runs in a browser: no node: imports, no process, no fs in src', () => {
    const offenders = sources(join(PACKAGE_ROOT, 'src')).filter((f) => /from ['"]node:|\bprocess\.|require\(['"]fs['"]\)|from ['"]fs['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('ships the editor schemas, the assessment schemas, the sources and the frozen digests', () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { files: string[]; dependencies: Record<string, string> };
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'schemas', 'data', 'released.json', 'ledger.json']));
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@sisc/model', 'semver', 'yaml', 'zod']);
  });
});
