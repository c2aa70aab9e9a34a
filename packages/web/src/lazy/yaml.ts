/** The YAML reader and writer, loaded only when a YAML file is opened or saved. */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** Reads one YAML document as JSON data, with the same limits on aliases as the CLI. */
export function parse(text: string): unknown {
  return parseYaml(text, { maxAliasCount: 100, uniqueKeys: true, prettyErrors: true });
}

/** Writes an assessment as YAML, keys in the order given, long texts unfolded. */
export function stringify(data: unknown): string {
  return stringifyYaml(data, { lineWidth: 0 });
}
