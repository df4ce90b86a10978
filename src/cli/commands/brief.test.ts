import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../main.ts';
import type { CliIO } from '../command.ts';
import { validateBrief } from '../../brief/validate.ts';

function fakeIO(stdin = '') {
  const io = { out: '', err: '' };
  const cli: CliIO = {
    stdout: (s) => { io.out += s; },
    stderr: (s) => { io.err += s; },
    readStdin: async () => Buffer.from(stdin),
    isTTY: false,
  };
  return { io, cli };
}

async function run(args: string[]) {
  const { io, cli } = fakeIO();
  const code = await main(['brief', ...args], cli);
  return { code, ...io };
}

const dir = mkdtempSync(join(tmpdir(), 'corroborate-brief-'));
const wire = join(dir, 'wire.txt');
const radio = join(dir, 'radio-sarn.txt');
const blank = join(dir, 'blank.txt');
writeFileSync(wire, ' date 2026-03-16 Engineers opened the gates of the Lower Sarn Dam on Saturday after a spillway wall gave way, officials said.\n\n' +
  'About 12,000 people left the valley over the weekend, Governor Yulia Korenko said on Sunday.\n');
writeFileSync(radio, 'Governor Yulia Korenko said on Sunday that about 12,000 people had left the valley below the Lower Sarn Dam.\n\n' +
  'Engineers opened the emergency gates on Saturday when a spillway wall gave way.\n');
writeFileSync(blank, '');

test('--help prints the options and exits 0', async () => {
  const r = await run(['--help']);
  assert.equal(r.code, 0);
  for (const opt of ['--format md|json|html', '--out FILE', '--summary-words N', '--max-bytes N']) assert.ok(r.out.includes(opt), opt);
  assert.equal(r.err, '');
});

const usage: [string, string[]][] = [
  ['no inputs', []],
  ['an unknown format', [wire, '--format', 'pdf']],
  ['an unknown option', [wire, '--colour']],
  ['a summary length that is not a number', [wire, '--summary-words', 'many']],
  ['a zero byte limit', [wire, '--max-bytes', '0']],
];
for (const [what, args] of usage) {
  test(`${what} is a usage error: exit 2 and a message on stderr`, async () => {
    const r = await run(args);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /see `corroborate --help`/);
  });
}

test('two articles give a Markdown brief on stdout by default, exit 0', async () => {
  const r = await run([wire, radio]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^# Corroborate brief\n\n2 articles from 2 outlets/);
  assert.match(r.out, /### a2 — radio-sarn _\(no outlet found: file name\)_/);
});

test('--format json prints a brief that passes the validator', async () => {
  const r = await run([wire, radio, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const brief = JSON.parse(r.out);
  assert.equal(brief.schema, 'corroborate.brief/1');
  assert.equal(brief.articles.length, 2);
  assert.deepEqual(validateBrief(brief), []);
});

test('--out writes the output to a file and nothing to stdout; --report also writes the HTML', async () => {
  const out = join(dir, 'brief.json');
  const report = join(dir, 'report.html');
  const r = await run([wire, radio, '--format', 'json', '--out', out, '--report', report]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '');
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).articles.length, 2);
  assert.match(readFileSync(report, 'utf8'), /^<!doctype html>/);
});

test('the same inputs give the same bytes', async () => {
  const a = await run([wire, radio, '--format', 'html']);
  const b = await run([wire, radio, '--format', 'html']);
  assert.equal(a.out, b.out);
});

test('a rejected input is one line on stderr, the rest goes on, exit 1', async () => {
  const r = await run([wire, blank, radio]);
  assert.equal(r.code, 1);
  const lines = r.err.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.err);
  assert.ok(lines[0]!.includes(blank));
  assert.match(r.out, /2 articles from 2 outlets/);
});

test('nothing usable is exit 2 with no brief', async () => {
  const r = await run([blank]);
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  assert.match(r.err, /no usable article/);
});

test('an output file that cannot be written is exit 2', async () => {
  const r = await run([wire, '--out', join(dir, 'no', 'such', 'folder', 'x.md')]);
  assert.equal(r.code, 2);
  assert.match(r.err, /could not be written/);
  assert.ok(!existsSync(join(dir, 'no')));
});

test('bin/corroborate.js runs the CLI (smoke)', () => {
  const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'corroborate.js');
  const r = spawnSync(process.execPath, [bin, 'brief', '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Usage: corroborate brief/);
});

test('a missing file is rejected on one line naming it, the rest goes on, exit 1', async () => {
  const missing = join(dir, 'no-such-file.txt');
  const r = await run([wire, missing, radio]);
  assert.equal(r.code, 1);
  const lines = r.err.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.err);
  assert.ok(lines[0]!.includes(missing));
  assert.match(r.out, /2 articles from 2 outlets/);
});

test('- reads an article from standard input', async () => {
  const { io, cli } = fakeIO(readFileSync(radio, 'utf8'));
  const code = await main(['brief', wire, '-', '--format', 'json'], cli);
  assert.equal(code, 0, io.err);
  assert.equal(JSON.parse(io.out).articles.length, 2);
});
