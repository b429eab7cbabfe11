// Proves stored problem text keeps only akool-vault's own sentence: older files lose the server's text on open.
import { describe, expect, it } from 'vitest';
import { ownProblemText } from '../../../../main/core/redaction/stored-problem';

describe('ownProblemText', () => {
  it.each([
    ['Akool rejected the token as invalid or expired (code 1101). Akool said: token eyJx.y.z bad', 'Akool rejected the token as invalid or expired (code 1101).'],
    ['Akool reports this account as banned (code 1200). Akool said: secret s3cr3t', 'Akool reports this account as banned (code 1200).'],
    ['Akool answered code 4242: your secret is s3cr3t', 'Akool answered code 4242.'],
    ['Akool answered code -7: x Akool said: y', 'Akool answered code -7.'],
  ])('drops the server text of %j', (stored, own) => {
    expect(ownProblemText(stored)).toBe(own);
  });

  it.each([
    null,
    'Akool answered code 4242.',
    'Akool reports that the token was missing (code 1102).',
    'Could not reach the Akool API: HTTP 502.',
    'The Akool API gave an answer akool-vault cannot use: the answer is not JSON.',
    'No token is stored for this account; replace its secret.',
  ])('keeps our own text %j as it is', (own) => {
    expect(ownProblemText(own)).toBe(own);
  });

  it('drops stored text too long to be ours', () => {
    expect(ownProblemText('x'.repeat(401))).toBeNull();
  });
});
