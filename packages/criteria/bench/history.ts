// `pnpm bench`: the committee's check (`sisc criteria check`: compile every release, the ID ledger,
// each release diffed with the one before) and the compile of `pnpm generate` (compile every release,
// the ID history and the ledger) over a synthetic history of releases of 1,000 requirements each,
// each release changing a few of them. Prints the time at 5 and at 50 releases and the growth:
// linear in the history is about 10× for 10× the releases.
import { stringify } from 'yaml';
import { diffCriteria } from '@sisc/diff';
import { textDigest } from '@sisc/model';
import { buildIdLedger, checkCriteriaSources, checkIdHistory, compileCriteriaSources, type ReleaseSources } from '../src/index.js';

const t = (ja: string) => ({ ja, en: `EN ${ja}`, enSource: textDigest(ja) });
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const CATEGORIES = ['CA', 'CB', 'CC', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ'];

interface Req {
  id: string;
  level: number;
  kind: string;
  text: ReturnType<typeof t>;
  status?: 'retired';
  retired?: { since: string; reason: ReturnType<typeof t>; replacedBy: string[] };
}

/** A history of `count` drafts of 1,000 requirements; each after the first modifies 5, adds 2 and retires 2. */
function history(count: number): ReleaseSources[] {
  // 10 categories × 10 items × 10 requirements.
  const items = new Map<string, Req[]>();
  for (const c of CATEGORIES)
    for (let i = 1; i <= 10; i++) {
      const item = `${c}-${pad(i, 2)}`;
      items.set(
        item,
        Array.from({ length: 10 }, (_, j) => ({ id: `${item}.${pad(j + 1, 2)}`, level: j < 3 ? 1 : 2, kind: j < 2 ? 'level-requirement' : 'detailed-requirement', text: t(`要求事項 ${item}.${pad(j + 1, 2)}`) })),
      );
    }
  const itemIds = [...items.keys()];
  const out: ReleaseSources[] = [];
  for (let n = 1; n <= count; n++) {
    const version = `1.0.0-draft.${n}`;
    const entries: unknown[] = [];
    if (n > 1) {
      for (let k = 0; k < 5; k++) {
        const reqs = items.get(itemIds[(n * 7 + k * 13) % itemIds.length]!)!;
        const r = reqs.find((x) => x.status !== 'retired')!;
        r.text = t(`${r.text.ja} 改${n}`);
        entries.push({ id: r.id, change: 'modified', reason: t(`改訂 ${n}`) });
      }
      for (let k = 0; k < 2; k++) {
        const item = itemIds[(n * 3 + k * 29) % itemIds.length]!;
        const reqs = items.get(item)!;
        const id = `${item}.${pad(reqs.length + 1, 2)}`;
        reqs.push({ id, level: 2, kind: 'detailed-requirement', text: t(`追加 ${id}`) });
        entries.push({ id, change: 'added', reason: t(`追加 ${n}`) });
      }
      for (let k = 0; k < 2; k++) {
        const reqs = items.get(itemIds[(n * 11 + k * 37) % itemIds.length]!)!;
        const r = reqs.filter((x) => x.status !== 'retired')[1];
        if (!r) continue;
        r.status = 'retired';
        r.retired = { since: version, reason: t(`廃止 ${n}`), replacedBy: [] };
        entries.push({ id: r.id, change: 'retired', reason: t(`廃止 ${n}`) });
      }
    }
    const release = {
      scheme: { id: 'bench', name: t('ベンチマーク') },
      version,
      status: 'draft',
      title: t('ベンチマーク用基準'),
      publisher: t('ベンチマーク'),
      provenance: { source: t('合成データ') },
      categories: CATEGORIES,
      levels: [
        { level: 1, name: t('レベル1'), audience: t('個別'), assurance: 'self-declared' },
        { level: 2, name: t('レベル2'), audience: t('基盤'), assurance: 'audited' },
      ],
      ...(n > 1 ? { changeLog: { from: `1.0.0-draft.${n - 1}`, entries } } : {}),
    };
    const files = [{ path: `${version}/release.yaml`, text: stringify(release) }];
    for (const c of CATEGORIES) {
      const category = {
        id: c,
        name: t(`大項目 ${c}`),
        items: itemIds.filter((i) => i.startsWith(`${c}-`)).map((i) => ({ id: i, name: t(`中項目 ${i}`), intent: t(`内容 ${i}`), requirements: items.get(i)!.map((r) => ({ ...r })) })),
      };
      files.push({ path: `${version}/${c}.yaml`, text: stringify(category) });
    }
    out.push({ version, files });
  }
  return out;
}

function time(label: string, f: () => number): number {
  const start = performance.now();
  const problems = f();
  const ms = performance.now() - start;
  if (problems > 0) throw new Error(`${label}: the synthetic history has ${problems} errors`);
  return ms;
}

const check = (dirs: ReleaseSources[]) => () => checkCriteriaSources(dirs, { released: {}, compare: (a, b) => diffCriteria(a, b).issues }).issues.filter((i) => i.severity === 'error').length;
const compile = (dirs: ReleaseSources[]) => () => {
  const releases = dirs.map((d) => compileCriteriaSources(d.files).release!);
  const errors = [...checkIdHistory(releases).values()].flat().filter((i) => i.severity === 'error').length;
  return errors + (Object.keys(buildIdLedger(releases).ids).length > 0 ? 0 : 1);
};

const all = history(50);
const five = all.slice(0, 5);
check(five)(); // warm up
const rows: [string, number, number][] = [
  ['sisc criteria check (compile, ledger, diff with the release before)', time('check 5', check(five)), time('check 50', check(all))],
  ['pnpm generate: compile every release, ID history and ledger', time('compile 5', compile(five)), time('compile 50', compile(all))],
];
console.log('criteria history: synthetic releases of 1,000 requirements (each changes 9)');
for (const [label, a, b] of rows) console.log(`  ${label}: 5 releases ${a.toFixed(0)} ms, 50 releases ${b.toFixed(0)} ms — growth ×${(b / a).toFixed(1)} for ×10 releases (linear ≈ ×10)`);
