// Proves no token, Bearer, Authorization or x-api-key value reaches a log line, through the wrapper, the file logger and the composed runtime.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeVault } from '../../../main/compose-vault';
import { redact } from '../../../main/core/redaction/redact';
import { createRedactingLogger } from '../../../main/core/redaction/redacting-logger';
import { createAesGcmCipher } from '../../../main/node/aes-gcm-cipher';
import { createMemoryClipboard } from '../../../main/node/memory-clipboard';
import { systemClock } from '../../../main/node/system-clock';
import { createFileLogger } from '../../../main/platform/file-logger';
import { createMemoryLogger } from '../../support/memory-logger';
import { createMemoryNotifier } from '../../support/memory-notifier';
import { createMemoryStore } from '../../support/memory-store';
import { leaksPiece } from '../../support/canary-pieces';
import { makeTempDir } from '../../support/temp-dir';

const canary = `canary${randomBytes(6).toString('hex')}`;
const jwtCanary = `eyJ${randomBytes(9).toString('base64url')}.eyJ${canary}.${randomBytes(9).toString('base64url')}`;
/** Any 6-character run of either canary, as is or encoded: a partial redaction leaks too. */
const leaks = (text: string): boolean => leaksPiece(text, [canary, jwtCanary]);

/** Messages a careless caller could write, each carrying the canary in a different credential form. */
const carelessMessages = [
  `exchange answered ${jwtCanary}`,
  `sent Authorization: Bearer ${canary}`,
  `sent authorization: Basic ${canary}`,
  `proxy-authorization=${canary}`,
  `x-api-key: ${canary}`,
  `X-API-KEY=${canary}`,
  `body {"clientId":"abc","clientSecret":"${canary}"}`,
  `client_secret='${canary}'`,
  `apiKey: ${canary}`,
];

describe('redacting logger', () => {
  it('removes credentials from every message and keeps the rest readable', () => {
    const sink = createMemoryLogger();
    const logger = createRedactingLogger(sink);
    carelessMessages.forEach((message) => logger.warn(message));
    expect(sink.lines).toHaveLength(carelessMessages.length);
    expect(sink.lines.filter(leaks)).toEqual([]);
    expect(sink.lines.every((line) => line.includes('[redacted]'))).toBe(true);
    expect(sink.lines[1]).toContain('sent Authorization: Bearer [redacted]');
    expect(sink.lines[6]).toContain('"clientId\\":\\"abc\\"');
  });

  it('removes credentials from field values and field names, and the whole value of credential-named fields', () => {
    const sink = createMemoryLogger();
    const logger = createRedactingLogger(sink);
    logger.error('request failed', {
      detail: `header authorization: Bearer ${canary}`,
      [jwtCanary]: 'a key that is a token',
      authorization: canary,
      'X-Api-Key': canary,
      token: canary,
      clientSecret: canary,
      status: 401,
      retry: false,
      channel: 'vault:addAccount',
    });
    const [line = ''] = sink.lines;
    expect(leaks(line)).toBe(false);
    expect(line).toContain('"status":401');
    expect(line).toContain('"channel":"vault:addAccount"');
  });

  it('leaves ordinary words about credentials alone', () => {
    for (const text of ['authorization failed', 'the api key is missing', 'no client secret stored', 'Bearer']) {
      expect(redact(text, [])).toBe(text);
    }
  });

  it('is wired into the file logger, whose file never holds the canary', () => {
    const dir = makeTempDir();
    try {
      const logger = createFileLogger(join(dir.path, 'logs', 'akool-vault.log'));
      carelessMessages.forEach((message) => logger.info(message, { header: `x-api-key: ${canary}` }));
      const text = readFileSync(join(dir.path, 'logs', 'akool-vault.log'), 'utf8');
      expect(text.split('\n').filter(Boolean)).toHaveLength(carelessMessages.length);
      expect(leaks(text)).toBe(false);
    } finally {
      dir.remove();
    }
  });

  it('is wired into the composed runtime: what core logs passes redaction before the port sees it', async () => {
    const store = Object.assign(createMemoryStore(), { path: `/data/${jwtCanary}/vault.json` });
    store.failWrites = true;
    const logger = createMemoryLogger();
    const runtime = await composeVault({
      cipher: createAesGcmCipher(randomBytes(32)),
      store,
      marker: createMemoryStore(),
      http: fetch,
      clock: systemClock,
      clipboard: createMemoryClipboard(),
      logger,
      notifier: createMemoryNotifier(),
    });
    const reply = await runtime.dispatch('vault:setWeakProtectionOptIn', { optIn: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(logger.lines.some((line) => line.includes('vault file write failed'))).toBe(true);
    expect(logger.lines.filter(leaks)).toEqual([]);
  });
});
