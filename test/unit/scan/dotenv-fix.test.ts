// --fix's rewrite of a dotenv text: each value replaced in place (quotes, comments, order kept), and nothing at all when a value moved since the scan.
import { describe, expect, it } from 'vitest';
import { referBaseUrl, referenceTo, rewriteDotenv } from '../../../main/core/scan/dotenv-fix';
import type { HeldFinding } from '../../../main/core/scan/scan-types';

const at = (line: number, column: number, value: string): HeldFinding => ({
  file: '.env',
  line,
  column,
  kind: 'api-key',
  exposure: 'local',
  fingerprint: '00000000',
  name: 'AKOOL_API_KEY',
  value,
});
const text = '# keys\nA="k1-value"  # first\nexport B=k2-value\n';

describe('rewriteDotenv', () => {
  it('puts each reference where its value was, keeping everything around it', () => {
    const rewrite = rewriteDotenv(text, [
      { finding: at(3, 10, 'k2-value'), reference: referenceTo('id-2', 'api-key') },
      { finding: at(2, 4, 'k1-value'), reference: referenceTo('id-1', 'token') },
    ]);
    expect(rewrite).toEqual({ ok: true, replaced: 2, text: '# keys\nA="akool://id-1/token"  # first\nexport B=akool://id-2/api-key\n' });
  });

  it('rewrites nothing when a value is no longer where the scan saw it', () => {
    expect(rewriteDotenv(text, [{ finding: at(2, 5, 'k1-value'), reference: 'akool://x/api-key' }])).toMatchObject({ ok: false });
  });
});

describe('referBaseUrl', () => {
  it("turns the Akool base URL variable holding the account's base URL into a reference, and nothing else", () => {
    const text = 'AKOOL_BASE_URL=https://openapi.akool.com/ # default\nexport VITE_AKOOL_API_URL="https://openapi.akool.com"\nOTHER_BASE_URL=https://openapi.akool.com\nAKOOL_BASE_URL=https://elsewhere.test\n';
    expect(referBaseUrl(text, 'id-1', 'https://openapi.akool.com')).toBe(
      'AKOOL_BASE_URL=akool://id-1/base-url # default\nexport VITE_AKOOL_API_URL="akool://id-1/base-url"\nOTHER_BASE_URL=https://openapi.akool.com\nAKOOL_BASE_URL=https://elsewhere.test\n',
    );
  });
});
