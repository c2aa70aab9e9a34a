/**
 * Reading a YAML text from outside — an assessment, a criteria source — within the input budget
 * (`INPUT_BUDGET` in @sisc/model), in time linear in its length:
 *
 * 1. a pre-scan with the YAML lexer, which holds one token at a time, counts the values, the
 *    aliases and the nesting before anything is built, so a text of millions of values or
 *    thousands of levels is refused at once, with the line where it goes over;
 * 2. the parser runs without its own duplicate-key check (quadratic in the keys of a mapping);
 *    duplicates are found here with one set per mapping;
 * 3. the parser's errors are put in words (several documents in one file, nesting too deep).
 *
 * Shared by the CLI and the criteria compiler, so both read YAML the same way.
 */
import { CST, isMap, isPair, isScalar, isSeq, LineCounter, Lexer, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { INPUT_BUDGET, type BudgetLimit } from '@sisc/model';
import { utf8Length } from './read-json.js';

export { utf8Length };

export interface YamlProblem {
  severity: 'error' | 'warning';
  /** A code for hints: the yaml library's (e.g. DUPLICATE_KEY), or one of ours (TOO_BIG, TOO_DEEP, MULTIPLE_DOCS). */
  code: string;
  /** What is wrong, in English words. */
  message: string;
  line: number;
  column: number;
  /** For budget problems: which limit, and its value. */
  budget?: { limit: BudgetLimit; value: number; found?: number };
}

export interface ReadYaml {
  /** The parsed document, when the text got as far as the parser. */
  doc?: Document.Parsed;
  lines: LineCounter;
  /** The data; undefined when any error was found. */
  value: unknown;
  problems: YamlProblem[];
}

const count = (n: number) => n.toLocaleString('en-US');


/**
 * Counts values, aliases and nesting with the lexer. The count is of scalars and collections less
 * mapping keys, so it stays below what the document holds and never refuses a document the
 * object walk (guardInput) would accept; nesting is the flow brackets plus the block indentation
 * levels open at each token.
 */
function preScan(text: string, lines: LineCounter): YamlProblem | undefined {
  const at = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  lines.addNewLine(0);
  let offset = 0;
  let values = 0;
  // Every value written, keys included: what the parser's syntax tree grows with.
  let written = 0;
  let aliases = 0;
  let flow = 0;
  // Columns of the block collections open at this point (a stack of increasing indents).
  const block: number[] = [];
  let column = 0;
  let lineStart = true;
  // The lexer announces a plain or block scalar with a control character that is not in the text.
  let scalarNext = false;
  const newlinesIn = (token: string, start: number) => {
    let last = -1;
    for (let i = token.indexOf('\n'); i !== -1; i = token.indexOf('\n', i + 1)) {
      lines.addNewLine(start + i + 1);
      last = i;
    }
    return last;
  };
  for (const token of new Lexer().lex(text)) {
    const c = token.length === 1 ? token.charCodeAt(0) : -1;
    if (c === 0x02 || c === 0x18 || c === 0x1f) {
      if (c === 0x1f) scalarNext = true;
      if (c === 0x02) block.length = 0;
      continue;
    }
    const type = scalarNext ? 'scalar' : CST.tokenType(token);
    const start = offset;
    offset += token.length;
    if (type === 'newline') {
      lines.addNewLine(offset);
      column = 0;
      lineStart = true;
      continue;
    }
    if (type === 'space' || type === 'comment') {
      column += token.length;
      continue;
    }
    const opensBlock = flow === 0 && ((lineStart && !(scalarNext && /^\s/.test(token))) || type === 'seq-item-ind' || type === 'explicit-key-ind');
    if (opensBlock) {
      while (block.length > 0 && block[block.length - 1]! >= column) block.pop();
      block.push(column);
    }
    scalarNext = false;
    lineStart = false;
    switch (type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar': {
        values++;
        written++;
        const last = newlinesIn(token, start);
        if (last !== -1) {
          column = token.length - last - 1;
          lineStart = last === token.length - 1;
          continue;
        }
        break;
      }
      case 'alias':
        values++;
        written++;
        if (++aliases > INPUT_BUDGET.aliases) {
          return { severity: 'error', code: 'TOO_BIG', message: `the file uses more than ${count(INPUT_BUDGET.aliases)} YAML aliases (*name); no sisc document needs that many`, ...at(start), budget: { limit: 'aliases', value: INPUT_BUDGET.aliases } };
        }
        break;
      case 'map-value-ind':
        values--;
        break;
      case 'flow-map-start':
      case 'flow-seq-start':
        values++;
        written++;
        flow++;
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        if (flow > 0) flow--;
        break;
      case 'doc-start':
      case 'doc-end':
        block.length = 0;
        break;
      default:
        break;
    }
    column += token.length;
    if (written > INPUT_BUDGET.yamlNodes) {
      return { severity: 'error', code: 'TOO_BIG', message: `the file holds more than ${count(INPUT_BUDGET.yamlNodes)} values written as YAML (keys included); it was not read further. Write a document this large as JSON, which may hold up to ${count(INPUT_BUDGET.nodes)}`, ...at(start), budget: { limit: 'yamlNodes', value: INPUT_BUDGET.yamlNodes } };
    }
    if (values > INPUT_BUDGET.nodes) {
      return { severity: 'error', code: 'TOO_BIG', message: `the file holds more than ${count(INPUT_BUDGET.nodes)} values; it was not read further`, ...at(start), budget: { limit: 'nodes', value: INPUT_BUDGET.nodes } };
    }
    // One more than the object walk allows, as the root counts here and not there.
    if (flow + block.length > INPUT_BUDGET.depth + 1) {
      return { severity: 'error', code: 'TOO_DEEP', message: `the file is nested more than ${INPUT_BUDGET.depth} levels deep here; no sisc document is`, ...at(start), budget: { limit: 'depth', value: INPUT_BUDGET.depth } };
    }
  }
  return undefined;
}

/** The key of a mapping pair as text, when it is a plain value (as sisc documents' keys are). */
function keyText(key: unknown): string | undefined {
  return isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number' || typeof key.value === 'boolean') ? String(key.value) : undefined;
}

/** Every key written twice in one mapping, with both positions; one set per mapping, no recursion. */
function duplicateKeys(doc: Document.Parsed, lines: LineCounter, out: YamlProblem[]): void {
  const stack: unknown[] = [doc.contents];
  const seen = new Set<unknown>();
  while (stack.length > 0 && out.length < 100) {
    const node = stack.pop();
    if (seen.has(node)) continue;
    seen.add(node);
    if (isMap(node)) {
      const first = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = keyText(pair.key);
        const offset = (pair.key as Node | null)?.range?.[0];
        if (k !== undefined && offset !== undefined) {
          const before = first.get(k);
          if (before === undefined) first.set(k, offset);
          else {
            const a = lines.linePos(before);
            const b = lines.linePos(offset);
            out.push({ severity: 'error', code: 'DUPLICATE_KEY', message: `the key "${k}" appears twice in the same mapping, at line ${a.line} column ${a.col} and at line ${b.line} column ${b.col}; keep one`, line: b.line, column: b.col });
          }
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
}

/** The parser's message in words; its own text for what needs none. */
function parserMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'MULTIPLE_DOCS') return 'the file holds several YAML documents (separated by ---); a sisc file holds one';
  if (/call stack/i.test(first)) return `the file is nested too deeply to read (more than ${INPUT_BUDGET.depth} levels)`;
  return first;
}

/** `maxBytes` raises or lowers the byte budget (the CLI's --max-bytes); the other limits are fixed. */
export function readYaml(text: string, options: { maxBytes?: number } = {}): ReadYaml {
  const lines = new LineCounter();
  const maxBytes = options.maxBytes ?? INPUT_BUDGET.bytes;
  const bytes = text.length > maxBytes / 3 ? utf8Length(text) : text.length;
  if (bytes > maxBytes) {
    return {
      lines,
      value: undefined,
      problems: [{ severity: 'error', code: 'TOO_BIG', message: `the file is ${count(bytes)} bytes, more than the ${count(maxBytes)} a sisc document may have; it was not read`, line: 1, column: 1, budget: { limit: 'bytes', value: maxBytes, found: bytes } }],
    };
  }
  const over = preScan(text, lines);
  if (over) return { lines, value: undefined, problems: [over] };
  // The pre-scan filled the line counter; the parser would add the same lines again.
  const parsedLines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: parsedLines, prettyErrors: true, uniqueKeys: false });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { lines, value: undefined, problems: [{ severity: 'error', code: 'UNREADABLE', message: parserMessage('UNREADABLE', message), line: 1, column: 1 }] };
  }
  const problems: YamlProblem[] = [];
  let broken = false;
  // One mistake often makes the parser report several errors on the same line: keep the first.
  const reported = new Set<number>();
  // A tab used as indentation throws the parser off for the lines after it ("All mapping items
  // must start at the same column" at lines that are fine): report the tabs alone.
  const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
  for (const [list, severity] of [
    [tabs.length > 0 ? tabs : doc.errors, 'error'],
    [doc.warnings, 'warning'],
  ] as const) {
    for (const e of list) {
      if (severity === 'error') broken = true;
      const pos = e.linePos?.[0] ?? parsedLines.linePos(e.pos[0]);
      if (reported.has(pos.line)) continue;
      reported.add(pos.line);
      problems.push({ severity, code: e.code, message: parserMessage(e.code, e.message), line: pos.line, column: pos.col });
    }
  }
  if (!broken) {
    const before = problems.length;
    duplicateKeys(doc, parsedLines, problems);
    if (problems.length > before) broken = true;
  }
  let value: unknown;
  if (!broken) {
    try {
      value = doc.toJS({ maxAliasCount: INPUT_BUDGET.aliases });
    } catch (err) {
      broken = true;
      const message = err instanceof Error ? err.message : String(err);
      problems.push({ severity: 'error', code: 'UNREADABLE', message: parserMessage('UNREADABLE', message), line: 1, column: 1 });
    }
  }
  return { doc, lines: parsedLines, value: broken ? undefined : value, problems };
}

/**
 * Finds the line and column of a JSON path in a parsed YAML document: the node it names, or its
 * nearest existing parent. Each mapping is indexed once, on first use, so locating many issues
 * costs time linear in the document, not in the document times the issues.
 */
export function yamlLocator(doc: Document.Parsed, lines: LineCounter): (segments: readonly (string | number)[]) => { line: number; column: number } | undefined {
  const index = new WeakMap<YAMLMap, Map<string, { key: unknown; value: unknown }>>();
  const entries = (map: YAMLMap) => {
    let m = index.get(map);
    if (!m) {
      m = new Map();
      for (const p of map.items) {
        if (!isPair(p)) continue;
        const k = keyText(p.key);
        if (k !== undefined && !m.has(k)) m.set(k, { key: p.key, value: p.value });
      }
      index.set(map, m);
    }
    return m;
  };
  return (segments) => {
    let node: unknown = doc.contents;
    let offset = rangeStart(node);
    if (offset === undefined) return undefined;
    for (const s of segments) {
      if (isMap(node)) {
        const pair = entries(node).get(String(s));
        if (!pair) break;
        offset = rangeStart(pair.key) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof s === 'number') {
        const item: unknown = node.items[s];
        if (item === undefined) break;
        offset = rangeStart(item) ?? offset;
        node = item;
      } else break;
    }
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
