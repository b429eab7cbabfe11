// Proves the Electronegativity gate's judgement: unlisted HIGH/MEDIUM findings block, stale or unexplained allowlist entries block, LOW ones are only reported.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeFindings, readAllowlist, readScanResult, type Finding } from '../../../scripts/security/electronegativity-findings';

const root = resolve(import.meta.dirname, '../../..');
const finding = (check: string, severity: string, sample = 'new BrowserWindow(options)'): Finding => ({
  check,
  severity,
  confidence: 'FIRM',
  file: 'main/index.js',
  line: 10,
  sample,
});
const entry = (check: string, sample = 'new BrowserWindow(options)') => ({
  check,
  file: 'main/index.js',
  sample,
  reason: 'The options come from a factory the scanner cannot follow; proven by a unit test.',
});

describe('judgeFindings', () => {
  it('blocks HIGH and MEDIUM findings no entry covers, and only reports LOW and INFORMATIONAL ones', () => {
    const verdict = judgeFindings(
      [finding('SANDBOX_JS_CHECK', 'MEDIUM'), finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH'), finding('CSP_GLOBAL_CHECK', 'LOW'), finding('X', 'INFORMATIONAL')],
      [],
    );
    expect(verdict.blocking.map((item) => item.check)).toEqual(['SANDBOX_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']);
    expect(verdict.reported).toHaveLength(2);
  });

  it('allows a finding only when check, file and source line all match an entry', () => {
    const verdict = judgeFindings(
      [finding('SANDBOX_JS_CHECK', 'MEDIUM'), finding('SANDBOX_JS_CHECK', 'MEDIUM', 'new BrowserWindow({ sandbox: false })')],
      [entry('SANDBOX_JS_CHECK')],
    );
    expect(verdict.allowed).toHaveLength(1);
    expect(verdict.blocking.map((item) => item.sample)).toEqual(['new BrowserWindow({ sandbox: false })']);
  });

  it('reports entries that match nothing as stale', () => {
    expect(judgeFindings([], [entry('AUXCLICK_JS_CHECK')]).stale).toHaveLength(1);
  });
});

describe('readAllowlist and readScanResult', () => {
  it('refuses an entry without a real reason', () => {
    expect(() => readAllowlist([{ ...entry('A'), reason: 'fine' }])).toThrow(/reason/);
    expect(() => readAllowlist([{ ...entry('A'), extra: 1 }])).toThrow(/invalid/);
  });

  it('reads the scanner result as untrusted data and keeps unparsed files as errors', () => {
    const result = readScanResult({
      issues: [{ id: 'SANDBOX_JS_CHECK', file: 'main/index.js', severity: { name: 'MEDIUM' }, confidence: { name: 'FIRM' }, location: { line: 3 }, sample: 'x' }],
      errors: [{ file: 'a.js', tolerable: true }, { file: 'b.js', tolerable: false }],
    });
    expect(result.findings).toEqual([{ check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: 'main/index.js', line: 3, sample: 'x' }]);
    expect(result.parseErrors).toEqual(['b.js']);
    expect(() => readScanResult({ issues: 'none' })).toThrow(/unexpected result/);
  });

  it('the reviewed allowlist is valid, and every test it cites as proof exists', () => {
    const allowlist = readAllowlist(JSON.parse(readFileSync(join(root, 'security', 'electronegativity-allowlist.json'), 'utf8')));
    expect(allowlist.length).toBeGreaterThan(0);
    for (const { reason } of allowlist) {
      const cited = reason.match(/test\/[\w/.-]+\.test\.ts/g) ?? [];
      expect(cited.length, reason).toBeGreaterThan(0);
      for (const path of cited) expect(existsSync(join(root, path)), path).toBe(true);
    }
  });
});
