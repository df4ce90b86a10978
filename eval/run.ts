/**
 * npm run eval [-- --only a,b] [--quick] [--json FILE]   scores the engine on ../shared/eval and the seeds
 * npm run gate                                           the same, then fails when a score is under its pinned minimum
 * npm run eval -- --pin [--allow-lower]                  writes the scores as the new minimums (never lower unless told)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SUITES } from './suites/index.ts';
import type { Score } from './suite.ts';
import { checkGate, type Gate } from './gate.ts';

const GATE_FILE = resolve(import.meta.dirname, 'gate.json');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(name);

async function main(): Promise<number> {
  const shared = resolve(arg('--shared') ?? resolve(import.meta.dirname, '../../shared'));
  const only = arg('--only')?.split(',');
  const quick = flag('--quick');
  const scores: Score[] = [];
  const tables: string[] = [];
  const skipped: string[] = [];
  for (const suite of SUITES) {
    if (only && !only.includes(suite.name)) continue;
    if (suite.needs && !existsSync(resolve(shared, suite.needs))) { skipped.push(`${suite.name} (no ${suite.needs})`); continue; }
    const t0 = performance.now();
    const out = await suite.run({ shared, quick });
    const ms = performance.now() - t0;
    scores.push(...out.scores);
    tables.push(...(out.tables ?? []));
    process.stderr.write(`eval: ${suite.name} done in ${(ms / 1000).toFixed(1)} s\n`);
  }
  const width = Math.max(10, ...scores.map((s) => s.metric.length));
  const lines = [`${'metric'.padEnd(width)}  ${'ours'.padStart(7)}  reference points`];
  for (const s of scores) {
    const refs = Object.entries(s.reference ?? {}).map(([k, v]) => `${k} ${v}`).join(' · ');
    lines.push(`${s.metric.padEnd(width)}  ${s.value.toFixed(3).padStart(7)}  ${refs}`);
    if (s.detail) lines.push(`${''.padEnd(width)}           ${s.detail}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  for (const t of tables) process.stdout.write('\n' + t + '\n');
  if (skipped.length) process.stdout.write(`\nskipped: ${skipped.join(', ')}\n`);
  const json = arg('--json');
  if (json) writeFileSync(json, JSON.stringify(scores, null, 2) + '\n');

  const gate: Gate = existsSync(GATE_FILE) ? JSON.parse(readFileSync(GATE_FILE, 'utf8')) : { minimums: {} };
  if (flag('--pin')) {
    const next = { ...gate.minimums };
    for (const s of scores) {
      const old = next[s.metric];
      const pinned = Math.floor(s.value * 1000) / 1000;
      if (old !== undefined && pinned < old && !flag('--allow-lower')) {
        process.stderr.write(`eval: not lowering ${s.metric} from ${old} to ${pinned} (use --allow-lower)\n`);
        continue;
      }
      next[s.metric] = pinned;
    }
    writeFileSync(GATE_FILE, JSON.stringify({ ...gate, minimums: next }, null, 2) + '\n');
    process.stdout.write(`pinned ${Object.keys(next).length} minimums in eval/gate.json\n`);
  }
  if (flag('--gate')) {
    const failures = checkGate(gate, scores, { partial: Boolean(only) });
    if (failures.length) {
      process.stdout.write(`\nGATE FAILED\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
      return 1;
    }
    process.stdout.write(`\ngate passed: ${Object.keys(gate.minimums).length} minimums held\n`);
  }
  return 0;
}

process.exitCode = await main();
