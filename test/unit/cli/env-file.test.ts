// Proves the dotenv reader: plain values, quotes, comments and `export`, akool:// references, and errors that name the line but never the value.
import { describe, expect, it } from 'vitest';
import { EnvFileError, maxEnvFileBytes, parseEnvFile } from '../../../cli/env-file';

describe('parseEnvFile', () => {
  it('reads plain values, quotes, escapes, comments and export', () => {
    const file = parseEnvFile('# comment\n\nexport A=1\nB = two words # note\nC="line\\nbreak"\nD=\'raw \\n\'\nE=\n');
    expect(file.plain).toEqual({ A: '1', B: 'two words', C: 'line\nbreak', D: 'raw \\n', E: '' });
    expect(file.references).toEqual([]);
  });

  it('turns akool:// values into references, with percent-encoded labels', () => {
    const file = parseEnvFile('KEY=akool://Production/api-key\nTOKEN="akool://My%20Team/token"\nBASE=akool://3f1c9d2e/base-url\r\n');
    expect(file.references).toEqual([
      { name: 'KEY', account: 'Production', field: 'api-key' },
      { name: 'TOKEN', account: 'My Team', field: 'token' },
      { name: 'BASE', account: '3f1c9d2e', field: 'base-url' },
    ]);
    expect(file.plain).toEqual({});
  });

  it('names the line of a bad reference, a bad name or an unclosed quote, and not its value', () => {
    const cases = ['A=1\nB=akool://Prod/secret', 'A=1\n1BAD=x', 'A=1\nB="never closed', 'A=1\nB=akool:///api-key'];
    for (const text of cases) {
      expect(() => parseEnvFile(text)).toThrow(EnvFileError);
      expect(() => parseEnvFile(text)).toThrow(/^line 2:/);
    }
    try {
      parseEnvFile('SECRET=akool://Prod/hunter2-secret-value');
    } catch (error) {
      expect(String(error)).not.toContain('hunter2');
    }
  });

  it('refuses a file larger than the limit', () => {
    expect(() => parseEnvFile('A='.padEnd(maxEnvFileBytes + 1, 'x'))).toThrow(/larger/);
  });
});
