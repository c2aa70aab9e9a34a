// `pnpm bench`: runs every packages/<name>/bench/*.ts; each prints its own figures.
import { runEach } from './_run-each.js';

runEach('bench');
