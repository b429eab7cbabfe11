// The rule tested the way secretlint rules test themselves: @secretlint/tester runs it over test/snapshots/<case>/input.* and compares output.json.
import { fileURLToPath } from 'node:url';
import { snapshot } from '@secretlint/tester';
import { describe, expect, it } from 'vitest';
import { creator } from '../src/index.js';

describe('secretlint-rule-akool snapshots', () => {
  void snapshot({
    defaultConfig: { rules: [{ id: 'secretlint-rule-akool', rule: creator, options: {} }] },
    snapshotDirectory: fileURLToPath(new URL('snapshots', import.meta.url)),
    updateSnapshot: false,
  }).forEach((name, test) => {
    // The tester writes a missing output.json and answers "skip": a case without its expected output fails instead.
    it(name, async () => {
      expect(await test()).toBe('done');
    });
  });
});
