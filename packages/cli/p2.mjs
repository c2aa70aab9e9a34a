import { Lexer, CST } from 'yaml';
import fs from 'node:fs';
const t = fs.readFileSync(process.argv[2], 'utf8');
let t0 = performance.now(); let n=0, depth=0, max=0; const types={};
for (const tok of new Lexer().lex(t)) { const ty = CST.tokenType(tok); types[ty]=(types[ty]??0)+1; if (ty==='flow-seq-start'||ty==='flow-map-start'){depth++; if(depth>max)max=depth} else if (ty==='flow-seq-end'||ty==='flow-map-end') depth--; n++; }
console.log('lex', (performance.now()-t0).toFixed(0), n, max, JSON.stringify(types).slice(0,300), (process.memoryUsage().rss/1e6).toFixed(0));
