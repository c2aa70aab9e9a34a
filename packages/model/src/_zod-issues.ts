import type { z } from 'zod';
import { describePattern, describeType, describeValue } from './_describe.js';
import { jsonPath } from './json-path.js';
import { issue, type Issue } from './issues.js';
import { closestMatches } from './suggest.js';

type ZodIssue = z.core.$ZodIssue & { input?: unknown };

/** Converts zod's issues into sisc issues with plain-words messages and JSON paths. */
export function fromZodIssues(zodIssues: readonly ZodIssue[], root: unknown): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) convert(zi, [...zi.path], root, out);
  return out;
}

function lookup(root: unknown, segments: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let cur: unknown = root;
  for (const s of segments) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, s)) return { found: false, value: undefined };
    cur = (cur as Record<PropertyKey, unknown>)[s];
  }
  return { found: true, value: cur };
}

function requirementIdOf(segments: readonly PropertyKey[]): string | undefined {
  const i = segments.indexOf('answers');
  const key = i >= 0 ? segments[i + 1] : undefined;
  return typeof key === 'string' ? key : undefined;
}

function convert(zi: ZodIssue, segments: PropertyKey[], root: unknown, out: Issue[]): void {
  const path = jsonPath(segments);
  const requirementId = requirementIdOf(segments);
  const extra = <P extends Record<string, string | number | boolean>>(params: P): { requirementId?: string; params: P } => (requirementId ? { requirementId, params } : { params });
  const found = 'input' in zi ? zi.input : lookup(root, segments).value;
  if (zi.code !== 'unrecognized_keys' && zi.code !== 'invalid_key' && zi.code !== 'invalid_element' && segments.length > 0 && !lookup(root, segments).found) {
    const field = String(segments[segments.length - 1] ?? '');
    const expected =
      zi.code === 'invalid_type' ? describeType(zi.expected) : zi.code === 'invalid_value' ? `one of ${zi.values.map((v) => JSON.stringify(v)).join(', ')}` : 'a value';
    out.push(issue('missing-field', 'error', path, `${path}: the required field "${field}" is missing (expected ${expected}).`, extra({ field, expected })));
    return;
  }
  switch (zi.code) {
    case 'invalid_type': {
      const expected = describeType(zi.expected);
      out.push(issue('invalid-type', 'error', path, `${path}: expected ${expected}, but found ${describeValue(found)}.`, extra({ expected, found: describeValue(found) })));
      return;
    }
    case 'unrecognized_keys':
      for (const key of zi.keys) {
        const p = jsonPath([...segments, key]);
        out.push(issue('unknown-field', 'error', p, `${p}: "${key}" is not a known field here (check the spelling, or remove it).`, extra({ field: key })));
      }
      return;
    case 'invalid_value': {
      const allowed = zi.values.map((v) => JSON.stringify(v)).join(', ');
      const near = typeof found === 'string' ? closestMatches(found, zi.values.filter((v): v is string => typeof v === 'string')) : [];
      const suggestion = near.map((v) => JSON.stringify(v)).join(', ');
      const hint = suggestion === '' ? '' : ` Did you mean ${near.map((v) => JSON.stringify(v)).join(' or ')}?`;
      out.push(issue('invalid-value', 'error', path, `${path}: expected one of ${allowed}, but found ${describeValue(found)}.${hint}`, extra({ expected: allowed, found: describeValue(found), ...(suggestion === '' ? {} : { suggestion }) })));
      return;
    }
    case 'invalid_format': {
      const expected = zi.format === 'regex' ? describePattern((zi as { pattern?: string }).pattern) : `a ${zi.format}`;
      out.push(issue('invalid-format', 'error', path, `${path}: expected ${expected}, but found ${describeValue(found)}.`, extra({ expected, found: describeValue(found) })));
      return;
    }
    case 'invalid_key': {
      const key = String(segments[segments.length - 1] ?? '');
      const inner = zi.issues[0];
      const expected = inner && inner.code === 'invalid_format' ? describePattern((inner as { pattern?: string }).pattern) : 'a valid key';
      out.push(issue('invalid-format', 'error', path, `${path}: the key "${key}" is not ${expected}.`, { params: { expected, found: key } }));
      return;
    }
    case 'too_small':
    case 'too_big': {
      const limit = Number(zi.code === 'too_small' ? zi.minimum : zi.maximum);
      const code = zi.code === 'too_small' ? 'too-small' : 'too-big';
      let words: string;
      if (zi.origin === 'string') words = zi.code === 'too_small' && limit === 1 ? 'must not be empty' : `must have ${zi.code === 'too_small' ? 'at least' : 'at most'} ${limit} characters`;
      else if (zi.origin === 'array') words = `must have ${zi.code === 'too_small' ? 'at least' : 'at most'} ${limit} entr${limit === 1 ? 'y' : 'ies'}`;
      else words = `must be ${zi.code === 'too_small' ? 'at least' : 'at most'} ${limit}`;
      out.push(issue(code, 'error', path, `${path}: ${words}, but found ${describeValue(found)}.`, extra({ limit, found: describeValue(found), origin: String(zi.origin) })));
      return;
    }
    case 'invalid_union': {
      out.push(issue('invalid-value', 'error', path, `${path}: ${describeValue(found)} does not match any of the allowed forms.`, extra({ found: describeValue(found) })));
      return;
    }
    case 'invalid_element':
      for (const inner of zi.issues) convert(inner as ZodIssue, [...segments, ...inner.path], root, out);
      return;
    default: {
      // custom refinements carry their own expectation as the message
      const expected = zi.message;
      out.push(issue('invalid-format', 'error', path, `${path}: expected ${expected}, but found ${describeValue(found)}.`, extra({ expected, found: describeValue(found) })));
    }
  }
}
