/**
 * The .scenario file format (see scenarios.test.ts), shared by the golden test and by
 * `pnpm generate`, which rewrites the scenarios that have a "generated" section: their output
 * lists every shipped criteria release, so it changes when a release is added.
 */
const NO_EOL = ' (no newline at end)';

export interface Scenario {
  sections: Map<string, string>;
  order: string[];
}

export function parseScenario(text: string): Scenario {
  const sections = new Map<string, string>();
  const order: string[] = [];
  const parts = text.split(/^%%% /m);
  if (parts[0] !== '') throw new Error('a scenario starts with a "%%% <section>" line');
  for (const part of parts.slice(1)) {
    const nl = part.indexOf('\n');
    let header = nl === -1 ? part : part.slice(0, nl);
    let body = nl === -1 ? '' : part.slice(nl + 1);
    if (header.endsWith(NO_EOL)) {
      header = header.slice(0, -NO_EOL.length);
      body = body.replace(/\n$/, '');
    }
    sections.set(header.trim(), body);
    order.push(header.trim());
  }
  return { sections, order };
}

export function formatScenario(s: Scenario): string {
  return s.order
    .map((name) => {
      const body = s.sections.get(name) ?? '';
      return body === '' || body.endsWith('\n') ? `%%% ${name}\n${body}` : `%%% ${name}${NO_EOL}\n${body}\n`;
    })
    .join('');
}

export function splitArgs(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}


/** A scenario with this section is rewritten by `pnpm generate` (its text says why). */
export const GENERATED_SECTION = 'generated';

/** The environment a scenario runs with: LANG=en_US.UTF-8 and NO_COLOR=1, then its env section. */
export function scenarioEnv(s: Scenario): Record<string, string> {
  const env: Record<string, string> = { LANG: 'en_US.UTF-8', NO_COLOR: '1' };
  for (const line of (s.sections.get('env') ?? '').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) env[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return env;
}

/** The scenario with its expected exit code and output replaced. */
export function withOutcome(s: Scenario, actual: { exit: string; stdout: string; stderr: string }): string {
  const order = s.order.filter((n) => !['exit', 'stdout', 'stderr'].includes(n));
  const sections = new Map(s.sections);
  for (const [k, v] of Object.entries(actual)) sections.set(k, v);
  return formatScenario({ sections, order: [...order, 'exit', 'stdout', 'stderr'] });
}
