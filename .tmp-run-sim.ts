import { loadManifests } from './src/load/load-manifests.js';
import { simulate, formatSimulationText, simulationFindings, formatSimulationMarkdown } from './src/simulate/index.js';
const [dir, ...sc] = process.argv.slice(2);
const objs = loadManifests([dir], { cwd: process.cwd() }).objects;
const r = simulate(objs, { scenarios: sc.length ? sc : undefined });
console.log(formatSimulationText(r));
for (const f of simulationFindings(r)) console.log(f.severity, f.ruleId, `${f.file}:${f.line}`, f.message);
if (process.env.MD) console.log(formatSimulationMarkdown(r));
