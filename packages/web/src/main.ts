/**
 * The self-assessment page. Everything happens here, in the browser: the shipped releases, the
 * engine and the renderers are the published packages, and nothing leaves the machine. The
 * answers are saved in local storage after every change; a file can be opened and saved as YAML,
 * JSON or the Excel checklist; the declaration and the report are printed from render's HTML.
 */
import { getCriteria, listCriteria, readJson } from '@sisc/criteria';
import { evaluate, prepareCriteria, type PreparedCriteria } from '@sisc/engine';
import { assurancePolicy, describeLimit, INPUT_BUDGET, releaseStatusPolicy, localizeIssue, safeParseAssessment, type CriteriaRelease, type EvaluationResult, type Issue, type Requirement } from '@sisc/model';
import { renderDeclaration, renderReport } from '@sisc/render';
import { append, clear, download, field, h, uid } from './dom.js';
import { loadCodec, type ReadProblem } from './lazy.js';
import { answerOf, emptyState, fromAssessment, readSaved, STORAGE_KEY, toAssessment, type Lang, type PageState, type Status } from './state.js';
import { blockerTerm, releaseStatusTerm, statusTerm } from './terms.js';
import { WORDS } from './words.js';

const releases = listCriteria();
const prepared = new Map<string, PreparedCriteria>();
function release(version: string): { release: CriteriaRelease; pc: PreparedCriteria } {
  let pc = prepared.get(version);
  if (!pc) {
    pc = prepareCriteria(getCriteria(version));
    prepared.set(version, pc);
  }
  return { release: pc.release, pc };
}

/** Today in the user's own time zone: the page's default evaluation date (the engine never reads the clock). */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function defaultVersion(): string {
  return (releases.find((r) => releaseStatusPolicy(r.status).current) ?? releases.at(-1)!).version;
}

function initialState(): PageState {
  const saved = readSaved(safeStorage()?.getItem(STORAGE_KEY) ?? null);
  if (saved && releases.some((r) => r.version === saved.version)) return saved;
  const lang: Lang = navigator.language?.toLowerCase().startsWith('ja') === false ? 'en' : 'ja';
  return emptyState(defaultVersion(), today(), lang);
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

let state = initialState();
const root = document.getElementById('app')!;
const live = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
const resultBox = h('section', { class: 'result', 'aria-labelledby': 'result-heading' });

function save(): void {
  safeStorage()?.setItem(STORAGE_KEY, JSON.stringify(state));
}

/** Called after every edit: saves, and shows the new result. Cheap enough for every keystroke. */
function changed(): void {
  save();
  showResult();
}

const w = () => WORDS[state.lang];

// ---------------------------------------------------------------------------------------------
// The page

function build(): void {
  clear(root);
  document.documentElement.lang = state.lang;
  document.title = w().title;
  const { release: r } = release(state.version);
  append(
    root,
    h('header', { class: 'top' }, h('h1', {}, w().title), languageSwitch(), h('p', { class: 'lead' }, w().lead), privacyNote()),
    h('div', { class: 'layout' }, h('main', { id: 'main' }, fileSection(), settingsSection(r), partiesSection(r), checklistSection(r)), h('aside', {}, resultBox)),
    live,
  );
  showResult();
}

function languageSwitch(): HTMLElement {
  const group = h('div', { class: 'lang', role: 'group', 'aria-label': w().language });
  for (const [lang, label] of [
    ['ja', '日本語'],
    ['en', 'English'],
  ] as const) {
    const b = h('button', { type: 'button', lang, 'aria-pressed': String(state.lang === lang) }, label);
    b.addEventListener('click', () => {
      state.lang = lang;
      save();
      build();
      (root.querySelector(`.lang button[lang="${lang}"]`) as HTMLElement | null)?.focus();
    });
    group.appendChild(b);
  }
  return group;
}

function privacyNote(): HTMLElement {
  const erase = h('button', { type: 'button', class: 'secondary' }, w().erase);
  erase.addEventListener('click', () => {
    if (!window.confirm(w().eraseConfirm)) return;
    safeStorage()?.removeItem(STORAGE_KEY);
    state = emptyState(defaultVersion(), today(), state.lang);
    build();
  });
  return h('div', { class: 'privacy' }, h('p', {}, w().privacy), erase);
}

function fileSection(): HTMLElement {
  const id = uid('file');
  const input = h('input', { id, type: 'file', accept: '.yaml,.yml,.json,.xlsx,application/json', 'data-testid': 'open-file' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void openFile(file).finally(() => (input.value = ''));
  });
  const button = (label: string, action: () => void | Promise<void>) => {
    const b = h('button', { type: 'button' }, label);
    b.addEventListener('click', () => void action());
    return b;
  };
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'file-heading' },
    h('h2', { id: 'file-heading' }, w().file),
    h('div', { class: 'field' }, h('label', { for: id }, w().open), input),
    h(
      'div',
      { class: 'buttons' },
      button(w().saveYaml, () => saveAs('yaml')),
      button(w().saveJson, () => saveAs('json')),
      button(w().saveXlsx, saveXlsx),
      button(w().printDeclaration, () => printDocument('declaration')),
      button(w().printReport, () => printDocument('report')),
    ),
  );
}

function select<T extends string | number>(label: string, options: readonly { value: T; label: string }[], value: T, set: (v: T) => void): HTMLElement {
  const id = uid('s');
  const s = h('select', { id });
  for (const o of options) {
    const opt = h('option', { value: String(o.value) }, o.label);
    if (o.value === value) opt.selected = true;
    s.appendChild(opt);
  }
  s.addEventListener('change', () => set(options[s.selectedIndex]!.value));
  return h('div', { class: 'field' }, h('label', { for: id }, label), s);
}

function settingsSection(r: CriteriaRelease): HTMLElement {
  const releaseOptions = releases.map((x) => ({
    value: x.version,
    label: `${x.version}${releaseStatusPolicy(x.status).provisional ? w().draftMark : ` — ${releaseStatusTerm(x.status, state.lang)}`} · ${x.title[state.lang] ?? x.title.ja}`,
  }));
  const levelOptions = r.levels.map((l) => ({ value: l.level, label: l.name[state.lang] ?? l.name.ja }));
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'settings-heading' },
    h('h2', { id: 'settings-heading' }, w().settings),
    h(
      'div',
      { class: 'grid' },
      select(w().release, releaseOptions, state.version, (v) => {
        state.version = v;
        const levels = release(v).release.levels.map((l) => l.level);
        if (!levels.includes(state.targetLevel)) state.targetLevel = levels[0]!;
        save();
        build();
      }),
      select(w().targetLevel, levelOptions, state.targetLevel, (v) => {
        state.targetLevel = v;
        const level = r.levels.find((l) => l.level === v);
        state.mode = (level && assurancePolicy(level.assurance).requiresMode) ?? state.mode;
        save();
        build();
      }),
      select(
        w().mode,
        [
          { value: 'self-declaration', label: w().modeSelf },
          { value: 'audit', label: w().modeAudit },
        ] as const,
        state.mode,
        (v) => {
          state.mode = v;
          save();
          build();
        },
      ),
      field(w().asOf, state.asOf, (v) => {
        state.asOf = v;
        changed();
      }, { type: 'date' }),
    ),
  );
}

function partiesSection(r: CriteriaRelease): HTMLElement {
  void r;
  const o = state.organization;
  const d = state.declaration;
  const a = state.audit;
  const org = h(
    'fieldset',
    {},
    h('legend', {}, w().organization),
    field(w().orgName, o.name, (v) => {
      o.name = v;
      changed();
    }, { autocomplete: 'organization', path: '$.organization.name' }),
    field(w().corporateNumber, o.corporateNumber, (v) => {
      o.corporateNumber = v;
      changed();
    }, { inputmode: 'numeric', path: '$.organization.corporateNumber' }),
  );
  const declaration = h(
    'fieldset',
    {},
    h('legend', {}, w().declaration),
    field(w().signatory, d.name, (v) => {
      d.name = v;
      changed();
    }, { autocomplete: 'name', path: '$.declaration.signatory.name' }),
    field(w().role, d.role, (v) => {
      d.role = v;
      changed();
    }, { autocomplete: 'organization-title', path: '$.declaration.signatory.role' }),
    field(w().declarationDate, d.date, (v) => {
      d.date = v;
      changed();
    }, { type: 'date', path: '$.declaration.date' }),
  );
  const audit =
    state.mode === 'audit'
      ? h(
          'fieldset',
          {},
          h('legend', {}, w().audit),
          field(w().auditor, a.auditor, (v) => {
      a.auditor = v;
      changed();
    }, { path: '$.audit.auditor.name' }),
          field(w().body, a.body, (v) => {
      a.body = v;
      changed();
    }, { path: '$.audit.body.name' }),
          field(w().auditDate, a.date, (v) => {
      a.date = v;
      changed();
    }, { type: 'date', path: '$.audit.date' }),
          field(w().reference, a.reference, (v) => {
      a.reference = v;
      changed();
    }, { path: '$.audit.reference' }),
        )
      : undefined;
  return h('section', { class: 'card', 'aria-labelledby': 'parties-heading' }, h('h2', { id: 'parties-heading', class: 'visually-hidden' }, `${w().organization} / ${w().declaration}`), h('div', { class: 'grid' }, org, declaration, audit));
}

function checklistSection(r: CriteriaRelease): HTMLElement {
  const section = h('section', { class: 'card', 'aria-labelledby': 'checklist-heading' }, h('h2', { id: 'checklist-heading' }, w().checklist));
  for (const c of r.categories) {
    const reqsOfCategory = c.items.flatMap((i) => i.requirements).filter((q) => q.status === 'active' && q.level <= state.targetLevel);
    if (reqsOfCategory.length === 0) continue;
    const cat = h('section', { class: 'category', 'aria-labelledby': `cat-${c.id}` }, h('h3', { id: `cat-${c.id}` }, `${c.id} ${c.name[state.lang] ?? c.name.ja}`));
    for (const i of c.items) {
      const reqs = i.requirements.filter((q) => q.status === 'active' && q.level <= state.targetLevel);
      if (reqs.length === 0) continue;
      append(cat, h('h4', {}, `${i.id} ${i.name[state.lang] ?? i.name.ja}`), h('p', { class: 'intent' }, i.intent[state.lang] ?? i.intent.ja));
      for (const q of reqs) cat.appendChild(requirementBlock(q));
    }
    section.appendChild(cat);
  }
  return section;
}

function requirementBlock(q: Requirement): HTMLElement {
  const a = answerOf(state, q.id);
  const textId = `text-${q.id}`;
  const block = h('fieldset', { class: 'requirement', id: `req-${q.id}`, 'aria-describedby': textId });
  const legend = h('legend', {}, h('span', { class: 'rid' }, q.id), ' ', h('span', { class: 'badge' }, w().levelTag(q.level)));
  const text = h('p', { id: textId, class: 'text' }, q.text[state.lang] ?? q.text.ja);
  const statuses = h('div', { class: 'statuses', role: 'radiogroup', 'aria-label': `${q.id} ${w().statusLegend}` });
  const justification = h('div', { class: 'justification' });
  const name = `status-${q.id}`;
  const choices: { value: Status | ''; label: string; disabled?: boolean }[] = [
    { value: 'met', label: statusTerm('met', state.lang) },
    { value: 'not-met', label: statusTerm('not-met', state.lang) },
    { value: 'not-applicable', label: statusTerm('not-applicable', state.lang), disabled: !q.naPolicy.allowed },
    { value: '', label: w().unanswered },
  ];
  for (const c of choices) {
    const id = uid('r');
    const first = c === choices[0];
    const input = h('input', {
      type: 'radio',
      id,
      name,
      value: c.value,
      disabled: c.disabled && a.status !== 'not-applicable',
      'data-path': first ? `$.answers[${JSON.stringify(q.id)}].status` : undefined,
      'data-label': first ? `${q.id} ${w().statusLegend}` : undefined,
    });
    input.checked = (a.status ?? '') === c.value;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      if (c.value === '') delete a.status;
      else a.status = c.value;
      showJustification();
      changed();
    });
    statuses.appendChild(h('label', { for: id, class: 'choice' }, input, c.label));
  }
  const naNote = q.naPolicy.allowed ? undefined : h('p', { class: 'hint' }, w().naRefused);
  function showJustification(): void {
    clear(justification);
    if (a.status !== 'not-applicable') return;
    const id = uid('j');
    const ta = h('textarea', { id, rows: 2, 'aria-required': String(q.naPolicy.justificationRequired), 'data-path': `$.answers[${JSON.stringify(q.id)}].justification` });
    ta.value = a.justification;
    ta.addEventListener('input', () => {
      a.justification = ta.value;
      changed();
    });
    append(justification, h('label', { for: id }, w().justification), ta, q.naPolicy.justificationRequired ? h('p', { class: 'hint' }, w().naNeedsReason) : undefined);
  }
  showJustification();
  append(block, legend, text, statuses, naNote, justification, evidenceBlock(q, a.evidence));
  return block;
}

function evidenceBlock(q: Requirement, rows: PageState['answers'][string]['evidence']): HTMLElement {
  const wrap = h('div', { class: 'evidence' });
  const base = `$.answers[${JSON.stringify(q.id)}].evidence`;
  const list = h('div', { class: 'evidence-rows' });
  const redraw = () => {
    clear(list);
    rows.forEach((row, index) => {
      const remove = h('button', { type: 'button', class: 'secondary', 'aria-label': `${w().removeEvidence} (${q.id} ${index + 1})` }, '×');
      remove.addEventListener('click', () => {
        rows.splice(index, 1);
        redraw();
        changed();
        add.focus();
      });
      list.appendChild(
        h(
          'div',
          { class: 'evidence-row' },
          field(`${w().evidenceTitle} ${index + 1}`, row.title, (v) => {
      row.title = v;
      changed();
    }, { path: `${base}[${index}].title` }),
          field(w().evidenceDate, row.date, (v) => {
      row.date = v;
      changed();
    }, { type: 'date', path: `${base}[${index}].date` }),
          field(w().evidenceUri, row.uri, (v) => {
      row.uri = v;
      changed();
    }, { path: `${base}[${index}].uri` }),
          remove,
        ),
      );
    });
  };
  const add = h('button', { type: 'button', class: 'secondary' }, `${w().addEvidence}`);
  add.setAttribute('aria-label', `${w().addEvidence} (${q.id})`);
  add.addEventListener('click', () => {
    rows.push({ title: '', date: '', uri: '' });
    redraw();
    changed();
    (list.lastElementChild?.querySelector('input') as HTMLInputElement | null)?.focus();
  });
  redraw();
  const expected = q.evidence.map((e) => e[state.lang] ?? e.ja).join(' / ');
  append(wrap, h('p', { class: 'hint' }, `${w().evidence}: ${expected || w().evidenceHint}`), list, add);
  return wrap;
}

// ---------------------------------------------------------------------------------------------
// The result

interface Evaluated {
  release: CriteriaRelease;
  /** The assessment exactly as entered: what is saved and printed. */
  assessment: ReturnType<typeof toAssessment>;
  result?: EvaluationResult;
  /** Problems of the assessment as entered (an invalid one is shown with them set aside). */
  issues: Issue[];
  /** The result leaves out the parts named by `issues`, which make the assessment invalid. */
  partial: boolean;
}

function evaluateNow(): Evaluated {
  const { release: r, pc } = release(state.version);
  const assessment = toAssessment(state, r);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(state.asOf)) state.asOf = today();
  const outcome = evaluate(pc, assessment, { asOf: state.asOf });
  if (outcome.success) return { release: r, assessment, result: outcome.result, issues: outcome.issues, partial: false };
  // While the user is still typing, show what the rest of the answers amount to.
  const lenient = evaluate(pc, setAside(assessment, outcome.issues), { asOf: state.asOf });
  return { release: r, assessment, issues: outcome.issues, partial: true, ...(lenient.success ? { result: lenient.result } : {}) };
}

/**
 * A copy of an invalid assessment without the parts its issues point at: a half-filled evidence
 * row, an incomplete declaration or audit, a missing name. Used only for the live view.
 */
function setAside(a: ReturnType<typeof toAssessment>, issues: readonly Issue[]): unknown {
  const copy = JSON.parse(JSON.stringify(a)) as {
    answers?: Record<string, { evidence?: unknown[] } | undefined>;
    declaration?: unknown;
    audit?: unknown;
    organization: { name: string; corporateNumber?: string };
  };
  for (const i of issues) {
    const ev = /^\$\.answers\["?([^"\]]+)"?\]\.evidence\[(\d+)\]|^\$\.answers\.([A-Z0-9.-]+?)\.evidence\[(\d+)\]/.exec(i.path);
    if (ev) {
      const id = ev[1] ?? ev[3]!;
      const n = Number(ev[2] ?? ev[4]);
      const list = copy.answers?.[id]?.evidence;
      if (list && list[n] !== undefined) list[n] = null;
      continue;
    }
    if (i.path.startsWith('$.declaration')) delete copy.declaration;
    else if (i.path.startsWith('$.audit')) delete copy.audit;
    else if (i.path === '$.organization.name') copy.organization.name = '-';
    else if (i.path.startsWith('$.organization.corporateNumber')) delete copy.organization.corporateNumber;
  }
  for (const ans of Object.values(copy.answers ?? {})) {
    if (ans?.evidence) ans.evidence = ans.evidence.filter((e) => e !== null);
  }
  return copy;
}

function showResult(): void {
  const ev = evaluateNow();
  clear(resultBox);
  const words = w();
  resultBox.appendChild(h('h2', { id: 'result-heading' }, words.result));
  const res = ev.result;
  const achieved = res?.achievedLevel ?? 0;
  append(
    resultBox,
    h('p', { class: 'achieved' }, h('span', {}, `${words.achieved}: `), h('strong', { 'data-testid': 'achieved-level' }, words.achievedValue(achieved))),
  );
  if (res) {
    append(resultBox, h('p', { class: res.conformant ? 'ok' : 'gap' }, res.conformant ? words.conformant : words.notConformant));
    if (res.basis.provisional) resultBox.appendChild(h('p', { class: 'hint' }, words.provisional(res.basis.criteria.version)));
    resultBox.appendChild(progressBars(ev.release, res));
    const next = res.levels.find((l) => !l.achieved);
    if (next) {
      const ul = h('ul', { class: 'blockers' });
      for (const b of next.blockers) ul.appendChild(h('li', {}, b.requirementId ? `${b.requirementId}: ${blockerTerm(b.code, state.lang)}` : blockerTerm(b.code, state.lang)));
      append(resultBox, h('h3', {}, words.nextLevel(next.level)), next.blockers.length ? ul : h('p', {}, words.blockersNone));
    }
    resultBox.appendChild(h('p', { class: 'hint basis' }, words.basis(res.basis.criteria.version, res.basis.criteria.digest.slice(0, 12))));
  }
  if (ev.partial && res) resultBox.appendChild(h('p', { class: 'hint' }, words.partial));
  const problems = ev.issues.filter((i) => i.severity === 'error');
  if (problems.length) {
    const ul = h('ul', { class: 'issues' });
    for (const i of problems.slice(0, 50)) ul.appendChild(h('li', {}, problem(i)));
    append(resultBox, h('h3', {}, words.inputProblems), ul);
  }
}

/**
 * One problem, in words: the field's label instead of a JSON path where the page has that field,
 * as a button that takes the user to it.
 */
function problem(i: Issue): HTMLElement | string {
  const message = localizeIssue(i, state.lang);
  let target: HTMLElement | null = null;
  for (let p = i.path; p.length > 1 && !target; p = p.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '')) {
    target = root.querySelector(`[data-path="${CSS.escape(p)}"]`);
    if (p === p.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '')) break;
  }
  if (!target) return message;
  const label = target.dataset.label ?? (target.id ? (root.querySelector(`label[for="${CSS.escape(target.id)}"]`)?.textContent ?? '') : '');
  const text = message.startsWith(`${i.path}: `) ? message.slice(i.path.length + 2) : message;
  const b = h('button', { type: 'button', class: 'link' }, label ? `${label}: ${text}` : text);
  b.addEventListener('click', () => target!.focus());
  return b;
}

function progressBars(r: CriteriaRelease, res: EvaluationResult): HTMLElement {
  const wrap = h('div', { class: 'progress' }, h('h3', {}, w().progress));
  for (const c of res.categories) {
    if (c.applicable === 0) continue;
    const cat = r.categories.find((x) => x.id === c.id)!;
    const label = `${c.id} ${cat.name[state.lang] ?? cat.name.ja}`;
    const id = uid('p');
    append(
      wrap,
      h('div', { class: 'bar-label' }, h('span', { id }, label), h('span', {}, w().progressValue(c.satisfied, c.applicable))),
      h('div', { class: 'bar', role: 'progressbar', 'aria-labelledby': id, 'aria-valuemin': 0, 'aria-valuemax': c.applicable, 'aria-valuenow': c.satisfied }, h('div', { class: 'fill', style: `width:${Math.round((100 * c.satisfied) / c.applicable)}%` })),
    );
  }
  return wrap;
}

// ---------------------------------------------------------------------------------------------
// Files and printing

function fileName(ext: string): string {
  const org = state.organization.name.trim().replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 60);
  return `${org || 'assessment'}-${state.version}.${ext}`;
}

async function saveAs(format: 'yaml' | 'json'): Promise<void> {
  const ev = evaluateNow();
  if (format === 'json') {
    download(fileName('json'), `${JSON.stringify(ev.assessment, null, 2)}\n`, 'application/json');
  } else {
    const { stringify } = await loadCodec('yaml');
    download(fileName('yaml'), stringify(ev.assessment), 'application/yaml');
  }
}

async function saveXlsx(): Promise<void> {
  live.textContent = w().loadingCodec;
  try {
    const codec = await loadCodec('xlsx');
    const ev = evaluateNow();
    const bytes = await codec.renderChecklistWorkbook(ev.release, { level: state.targetLevel, lang: state.lang, assessment: ev.assessment });
    download(fileName('xlsx'), new Uint8Array(bytes), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    live.textContent = '';
  } catch {
    live.textContent = w().xlsxUnavailable;
  }
}

/** Reads an assessment from a YAML, JSON or XLSX file chosen by the user. */
async function openFile(file: File): Promise<void> {
  const name = file.name;
  let data: unknown;
  try {
    if (/\.xlsx$/i.test(name)) {
      live.textContent = w().loadingCodec;
      const codec = await loadCodec('xlsx');
      const read = codec.readChecklistWorkbook(new Uint8Array(await file.arrayBuffer()), { resolveRelease: (v) => (releases.some((r) => r.version === v) ? getCriteria(v) : undefined) });
      if (!read.success) return showOpenProblems(name, read.issues);
      data = read.assessment;
    } else {
      // Refused before it is read: a file larger than any sisc document.
      if (file.size > INPUT_BUDGET.bytes) return showReadProblems(name, [{ line: 1, column: 1, message: '', budget: { limit: 'bytes', value: INPUT_BUDGET.bytes } }]);
      const text = await file.text();
      const read = /\.json$/i.test(name) ? readJson(text) : (await loadCodec('yaml')).parse(text);
      if (read.problems.length > 0) return showReadProblems(name, read.problems);
      data = read.value;
    }
  } catch (e) {
    live.textContent = `${w().openFailed(name)} ${e instanceof Error ? e.message : ''}`;
    return;
  }
  const parsed = safeParseAssessment(data);
  if (!parsed.success) return showOpenProblems(name, parsed.issues);
  const version = parsed.data.criteria.version;
  if (!releases.some((r) => r.version === version)) {
    live.textContent = `${w().openFailed(name)} ${version}`;
    return;
  }
  state = fromAssessment(data, state.lang, state.asOf);
  save();
  build();
  live.textContent = w().openedFile(name);
}

/** Problems of reading the text itself (syntax, the input budget), with the line they were found at. */
function showReadProblems(name: string, problems: readonly ReadProblem[]): void {
  live.textContent = `${w().openFailed(name)} ${problems
    .slice(0, 5)
    .map((p) => `${w().atLine(p.line, p.column)} ${p.budget ? w().overBudget(describeLimit(p.budget.limit, p.budget.value, state.lang)) : p.message}`)
    .join(' / ')}`;
}

function showOpenProblems(name: string, issues: readonly Issue[]): void {
  live.textContent = `${w().openFailed(name)} ${issues
    .slice(0, 5)
    .map((i) => localizeIssue(i, state.lang))
    .join(' / ')}`;
}

function printDocument(kind: 'declaration' | 'report'): void {
  const ev = evaluateNow();
  if (!ev.result) {
    live.textContent = w().inputProblems;
    return;
  }
  let html: string;
  try {
    html =
      kind === 'declaration'
        ? renderDeclaration(ev.assessment, ev.result, ev.release, { lang: state.lang, format: 'html' })
        : renderReport(ev.result, ev.release, { lang: state.lang, format: 'html', assessment: ev.assessment });
  } catch (e) {
    live.textContent = e instanceof Error ? e.message : String(e);
    return;
  }
  const frame = h('iframe', { class: 'print-frame', title: kind, 'aria-hidden': 'true', tabindex: -1 });
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 1000);
  });
  document.body.appendChild(frame);
}

build();
