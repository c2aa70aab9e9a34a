import { version } from '../package.json';

/** The version of @sisc/cli, printed by `sisc --version`. */
export const SISC_VERSION: string = version;
