// Proves every add-account error code lands at the field it concerns, in words without codes or schema text. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { errorCodes, type ErrorCode } from '../../../preload/contract';
import { checkDraft, describeAddErrorFor, describeAddError } from '../../../renderer/src/components/add-account/add-errors';

const places: Record<ErrorCode, string> = {
  'invalid-input': 'form',
  'not-found': 'form',
  'invalid-credentials': 'clientSecret',
  banned: 'clientId',
  'payment-overdue': 'form',
  'out-of-credit': 'form',
  'subscription-needed': 'form',
  throttled: 'form',
  rejected: 'form',
  unreachable: 'baseUrl',
  'bad-response': 'baseUrl',
  'protection-unavailable': 'form',
  'storage-failed': 'form',
  'record-changed': 'form',
  'vault-rolled-back': 'form',
  internal: 'form',
};

describe('describeAddError', () => {
  it('places each code and keeps the code and message for Details only', () => {
    for (const code of errorCodes) {
      const error = describeAddError({ code, message: 'server said X' });
      expect(error.place, code).toBe(places[code]);
      expect(error.text, code).not.toContain(`${code}:`);
      expect(error.text, code).not.toContain(`(${code})`);
      expect(error.text, code).not.toContain('server said X');
      expect(error.details, code).toBe(`${code}: server said X`);
    }
  });

  it('reads the field a validation message names, never showing the schema text', () => {
    const cases = [
      ['Invalid request (clientId: Too small: expected string to have >=1 characters).', 'clientId'],
      ['Invalid request (clientSecret: must not contain control characters).', 'clientSecret'],
      ['Invalid request (label: Too big: expected string to have <=100 characters).', 'label'],
      ['Invalid request (baseUrl: Too big: expected string to have <=2048 characters).', 'baseUrl'],
      ['An account with this client ID and base URL is already in the vault.', 'clientId'],
    ] as const;
    for (const [message, place] of cases) {
      const error = describeAddError({ code: 'invalid-input', message });
      expect(error.place, message).toBe(place);
      expect(error.text, message).not.toMatch(/Too (small|big)|expected/);
    }
  });

  it('shows the vault’s own base URL sentence, which is written for people', () => {
    const message = 'Plain http is allowed only for this computer (localhost); use https.';
    const error = describeAddError({ code: 'invalid-input', message });
    expect(error).toMatchObject({ place: 'baseUrl', text: message, fields: ['baseUrl'] });
  });

  it('marks both fields of a rejected pair', () => {
    expect(describeAddError({ code: 'invalid-credentials', message: 'm' }).fields).toEqual(['clientId', 'clientSecret']);
  });
});

describe('checkDraft', () => {
  it('asks for the client ID first, then the secret, and passes a complete draft', () => {
    const kind = 'client-credentials';
    expect(checkDraft({ kind, clientId: '  ', clientSecret: '' })?.place).toBe('clientId');
    expect(checkDraft({ kind, clientId: 'c', clientSecret: '' })?.place).toBe('clientSecret');
    expect(checkDraft({ kind, clientId: 'c', clientSecret: 's' })).toBeNull();
  });

  it('asks an API-key draft only for its key', () => {
    expect(checkDraft({ kind: 'api-key', clientId: '', clientSecret: '' })).toMatchObject({ place: 'clientSecret', text: expect.stringMatching(/API key/) });
    expect(checkDraft({ kind: 'api-key', clientId: '', clientSecret: 'k' })).toBeNull();
  });
});

describe('describeAddErrorFor an API key', () => {
  it('places what concerns the client ID or the pair at the key field, naming the key', () => {
    expect(describeAddErrorFor('api-key', { code: 'invalid-credentials', message: 'x' })).toMatchObject({
      place: 'clientSecret',
      fields: ['clientSecret'],
      text: expect.stringMatching(/did not accept this API key/),
    });
    expect(describeAddErrorFor('api-key', { code: 'banned', message: 'x' })).toMatchObject({ place: 'clientSecret', fields: ['clientSecret'] });
    expect(describeAddErrorFor('api-key', { code: 'invalid-input', message: 'An account with this API key and base URL is already in the vault.' })).toMatchObject({
      place: 'clientSecret',
      text: 'This API key is already in the vault for this base URL.',
    });
    expect(describeAddErrorFor('client-credentials', { code: 'banned', message: 'x' }).place).toBe('clientId');
  });
});
