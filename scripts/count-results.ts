// Sums the results of every runner in a results folder and prints the closing line; exits 1 on any failure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Tally = { name: string; passed: number; failed: number; skipped: number };

const dir = process.argv[2] ?? '.test-results';
const readJson = (file: string): unknown => {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
};
const numberAt = (value: unknown, key: string): number => {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return 0;
  const found: unknown = Object.getOwnPropertyDescriptor(value, key)?.value;
  return typeof found === 'number' ? found : 0;
};
const objectAt = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? Object.getOwnPropertyDescriptor(value, key)?.value
    : undefined;

const arrayAt = (value: unknown, key: string): unknown[] => {
  const found = objectAt(value, key);
  return Array.isArray(found) ? found : [];
};

/** A gate that produced no report counts as one failure, so a crashed runner can never pass silently. */
function statusCheck(name: string): Tally {
  const path = join(dir, `${name}.status`);
  const ok = existsSync(path) && readFileSync(path, 'utf8').trim() === '0';
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

const fileFailedAlone = ' (the file failed to run)';

/** The names of failed vitest tests, so the closing lines of a log say what failed, not only how many. */
function vitestFailures(): string[] {
  const files = objectAt(readJson('vitest.json'), 'testResults');
  if (!Array.isArray(files)) return [];
  return files.flatMap((file: unknown) => {
    const path = String(objectAt(file, 'name') ?? '').replace(`${process.cwd()}/`, '');
    const tests = objectAt(file, 'assertionResults');
    const failed = Array.isArray(tests) ? tests.filter((t: unknown) => objectAt(t, 'status') === 'failed') : [];
    const suiteFailed = objectAt(file, 'status') === 'failed' && failed.length === 0;
    return suiteFailed ? [`${path}${fileFailedAlone}`] : failed.map((t: unknown) => `${path} › ${String(objectAt(t, 'fullName'))}`);
  });
}

/** The titles of Playwright tests whose final result was unexpected. */
function playwrightFailures(file: string): string[] {
  const found: string[] = [];
  const walk = (suite: unknown, titles: string[]): void => {
    const title = String(objectAt(suite, 'title') ?? '');
    const path = title === '' ? titles : [...titles, title];
    for (const child of arrayAt(suite, 'suites')) walk(child, path);
    for (const spec of arrayAt(suite, 'specs')) {
      for (const test of arrayAt(spec, 'tests')) {
        if (objectAt(test, 'status') === 'unexpected') found.push([...path, String(objectAt(spec, 'title'))].join(' › '));
      }
    }
  };
  for (const suite of arrayAt(readJson(file), 'suites')) walk(suite, []);
  return found;
}

function vitest(): Tally {
  const report = readJson('vitest.json');
  if (report === undefined) return { name: 'vitest', passed: 0, failed: 1, skipped: 0 };
  // numFailedTestSuites counts a file and each describe block around a failed test again: count a file only when it
  // failed with no failed test (it could not be loaded or a hook threw).
  const filesFailedAlone = vitestFailures().filter((name) => name.endsWith(fileFailedAlone)).length;
  return {
    name: 'vitest',
    passed: numberAt(report, 'numPassedTests'),
    failed: numberAt(report, 'numFailedTests') + filesFailedAlone,
    skipped: numberAt(report, 'numPendingTests') + numberAt(report, 'numTodoTests'),
  };
}

function playwright(file: string, name: string): Tally {
  const report = readJson(file);
  const stats = objectAt(report, 'stats');
  if (stats === undefined) return { name, passed: 0, failed: 1, skipped: 0 };
  const errors = objectAt(report, 'errors');
  const globalErrors = Array.isArray(errors) ? errors.length : 0;
  return {
    name,
    passed: numberAt(stats, 'expected') + numberAt(stats, 'flaky'),
    failed: numberAt(stats, 'unexpected') + globalErrors,
    skipped: numberAt(stats, 'skipped'),
  };
}

const tallies = [
  statusCheck('typecheck'),
  statusCheck('lint'),
  statusCheck('build'),
  statusCheck('electronegativity'),
  vitest(),
  playwright('ui.json', 'playwright-ui'),
  playwright('adversarial.json', 'playwright-adversarial'),
  playwright('e2e.json', 'playwright-electron'),
];
const failures = [
  ...vitestFailures(),
  ...['ui.json', 'adversarial.json', 'e2e.json'].flatMap(playwrightFailures),
];
if (failures.length > 0) console.log(`Failed:\n${failures.map((name) => `  ✘ ${name}`).join('\n')}\n`);
for (const t of tallies) console.log(`${t.name.padEnd(20)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
const sum = (key: 'passed' | 'failed' | 'skipped'): number => tallies.reduce((total, t) => total + t[key], 0);
console.log(`${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
process.exit(sum('failed') > 0 ? 1 : 0);
