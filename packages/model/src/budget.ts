/**
 * The input budget: one table of the limits every reader of an outside document works within —
 * the CLI reading a file, the criteria compiler reading sources, the web page opening a file, and
 * `safeParse*` given an object graph. Going over any of them is one clear issue (`too-big` or
 * `too-deep`, with `params.budget` naming the limit), returned before any expensive work.
 *
 * The numbers are far above anything a real assessment or criteria release holds (a release of
 * 10,000 requirements is about 8 MiB and 400,000 values) and low enough that reading within them
 * takes well under a second and a few hundred MiB at most.
 */
export const INPUT_BUDGET = Object.freeze({
  /** Bytes of one file (UTF-8). The CLI's --max-bytes overrides it. */
  bytes: 20 * 1024 * 1024,
  /** Levels of nesting (objects and arrays inside each other). */
  depth: 64,
  /** Values in one document (objects, arrays, strings, numbers…), counting every expansion of a YAML alias. */
  nodes: 1_000_000,
  /**
   * Values written in one YAML text, keys included, aliases once. The YAML parser's syntax tree
   * costs about 1 KB a value, so YAML has this lower limit of its own (about 25 times what a
   * release's largest source file holds); the same data as JSON may hold up to `nodes`.
   */
  yamlNodes: 60_000,
  /** Keys of one object. */
  keysPerObject: 100_000,
  /** Items of one array. */
  arrayLength: 100_000,
  /** YAML aliases (`*name`) in one document; what they expand to counts towards `nodes`. */
  aliases: 100,
});

export type InputBudget = typeof INPUT_BUDGET;
export type BudgetLimit = keyof InputBudget;

/** The limit's name and value in words, for messages: "20 MiB", "1,000,000 values"… */
export function describeLimit(limit: BudgetLimit, value: number, lang: 'ja' | 'en'): string {
  const n = value.toLocaleString('en-US');
  if (limit === 'bytes') {
    const mib = value / (1024 * 1024);
    return Number.isInteger(mib) ? `${mib} MiB` : lang === 'ja' ? `${n}バイト` : `${n} bytes`;
  }
  const unit = {
    depth: ['階層', 'levels'],
    nodes: ['個の値', 'values'],
    yamlNodes: ['個の値（YAML）', 'values (YAML)'],
    keysPerObject: ['個の項目', 'keys'],
    arrayLength: ['個の要素', 'items'],
    aliases: ['個の別名', 'aliases'],
  }[limit];
  return lang === 'ja' ? `${n}${unit[0]}` : `${n} ${unit[1]}`;
}
