// Proves the transport guard checks Host, Origin, capability, method and content type, and parses invoke bodies strictly. Must not import main/.
import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { guardTransport, hostAllowed, invokeBodyLimitBytes, parseInvokeBody, type GuardExpectation } from '../../harness/request-guard';

const capability = 'cd'.repeat(32);
const expected: GuardExpectation = { capability, host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321' };
const good: IncomingHttpHeaders = {
  host: '127.0.0.1:4321',
  'x-harness-capability': capability,
  'content-type': 'application/json',
};

const invoke = (headers: IncomingHttpHeaders, method = 'POST') => guardTransport({ method, headers }, 'invoke', expected);

describe('guardTransport', () => {
  it('lets a well-formed invoke and event request through', () => {
    expect(invoke(good)).toEqual({ ok: true });
    expect(invoke({ ...good, 'content-type': 'application/json; charset=utf-8' })).toEqual({ ok: true });
    expect(invoke({ ...good, origin: 'http://127.0.0.1:4321' })).toEqual({ ok: true });
    expect(guardTransport({ method: 'GET', headers: { ...good, 'content-type': undefined } }, 'events', expected)).toEqual({ ok: true });
  });

  it.each([
    ['a missing capability', { ...good, 'x-harness-capability': undefined }],
    ['a wrong capability', { ...good, 'x-harness-capability': 'ef'.repeat(32) }],
    ['a localhost Host', { ...good, host: 'localhost:4321' }],
    ['a rebound DNS Host', { ...good, host: 'attacker.example:4321' }],
    ['another port in Host', { ...good, host: '127.0.0.1:4322' }],
    ['a missing Host', { ...good, host: undefined }],
    ['a foreign Origin', { ...good, origin: 'http://attacker.example' }],
    ['a null Origin', { ...good, origin: 'null' }],
  ])('refuses %s with 403', (_, headers) => {
    expect(invoke(headers)).toEqual({ ok: false, status: 403 });
  });

  it('refuses the wrong method with 405', () => {
    expect(invoke(good, 'GET')).toEqual({ ok: false, status: 405 });
    expect(guardTransport({ method: 'POST', headers: good }, 'events', expected)).toEqual({ ok: false, status: 405 });
  });

  it('refuses an invoke without a JSON content type with 400', () => {
    expect(invoke({ ...good, 'content-type': 'text/plain' })).toEqual({ ok: false, status: 400 });
    expect(invoke({ ...good, 'content-type': undefined })).toEqual({ ok: false, status: 400 });
  });

  it('checks the capability before revealing anything about method or content type', () => {
    expect(invoke({ ...good, 'x-harness-capability': undefined, 'content-type': 'text/plain' }, 'PUT')).toEqual({ ok: false, status: 403 });
  });
});

describe('hostAllowed', () => {
  it('accepts only the exact host', () => {
    expect(hostAllowed({ host: '127.0.0.1:4321' }, '127.0.0.1:4321')).toBe(true);
    expect(hostAllowed({ host: '127.0.0.1' }, '127.0.0.1:4321')).toBe(false);
  });
});

describe('parseInvokeBody', () => {
  it('returns channel and input', () => {
    expect(parseInvokeBody('{"channel":"vault:getState","input":{}}')).toEqual({ channel: 'vault:getState', input: {} });
  });

  it.each(['not json', '[]', '{"input":{}}', '{"channel":5,"input":{}}', '{"channel":"","input":{}}', '{"channel":"a","input":1,"extra":true}'])(
    'rejects %j',
    (text) => {
      expect(parseInvokeBody(text)).toBeNull();
    },
  );

  it('refuses a body longer than the transport reads, before parsing it', () => {
    const body = (padding: number): string => `{"channel":"vault:getState","input":{}${' '.repeat(padding)}}`;
    const fits = invokeBodyLimitBytes - body(0).length;
    expect(parseInvokeBody(body(fits))).toEqual({ channel: 'vault:getState', input: {} });
    expect(parseInvokeBody(body(fits + 1))).toBeNull();
  });
});
