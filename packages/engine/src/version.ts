import { name, version } from '../package.json';

/** The engine's package name, recorded in every result's basis. */
export const ENGINE_NAME: string = name;
/** The engine's package version, recorded in every result's basis. */
export const ENGINE_VERSION: string = version;
/**
 * Version of the published scoring rules (docs/scoring.md) this engine implements. A change to
 * any rule that can change a result (a verdict, a level, a count, an issue) changes this version.
 */
export const SCORING_RULES_VERSION = '1.0.0';
