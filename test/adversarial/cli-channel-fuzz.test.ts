// Fuzzes the CLI channel with 1,000 seeded hostile messages (before and after the key handshake), an oversized line and a wrong key: every answer is a contract message, nothing is handed out, and the app keeps serving.
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proofFor, randomToken } from '../../cli/channel/proof';
import { createLineReader } from '../../cli/channel/line-reader';
import { maxLineBytes, serverMessageSchema, type ServerMessage } from '../../cli/contract';
import { ipcEvent } from '../../preload/contract';
import { startCliRig, type CliRig } from '../support/cli-rig';
import { hostilePayload } from './support/payload-generator';
import { seededRandom, type Random } from './support/seeded-random';

const messages = 1000;
const seed = 0xc11_0001;
const activeKey = 'demo-secret-active';
const caller = { cwd: '/tmp', pid: 10, ppid: 9 };

const templates: readonly Record<string, unknown>[] = [
  { v: 1, type: 'status' },
  { v: 1, type: 'list' },
  { v: 1, type: 'secret', which: 'key', account: 'Keyed', caller },
  { v: 1, type: 'run', account: 'Keyed', mode: 'proxy', command: ['node'], references: [], allowOrigins: [], caller },
  { v: 1, type: 'run-ended', exitCode: 0, signal: null },
  { v: 1, type: 'hello', proof: '0'.repeat(64), nonce: 'A'.repeat(43) },
];

/** A line to send: broken JSON, a hostile value, or a template with one field made hostile. */
function hostileLine(random: Random): string {
  const template = random.pick(templates);
  switch (random.int(0, 5)) {
    case 0:
      return JSON.stringify(template).slice(0, random.int(0, 40));
    case 1:
      return JSON.stringify(hostilePayload(random, 'none'));
    case 2: {
      const keys = Object.keys(template);
      const mutated: Record<string, unknown> = { ...template };
      Reflect.set(mutated, random.pick(keys), hostilePayload(random, 'none'));
      return JSON.stringify(mutated);
    }
    case 3:
      return JSON.stringify({ ...template, v: random.pick([0, 2, '1', null, 1.5]) });
    case 4:
      return `{"__proto__":${JSON.stringify(template)},"type":"status"}`;
    default:
      return JSON.stringify({ ...template, extra: 'field' });
  }
}

interface Exchange {
  answers: unknown[];
  closed: boolean;
}

/** Sends lines on a fresh connection (after proving the key when `handshake`), and collects every line until it closes. */
function exchange(endpoint: string, key: string, lines: readonly string[], handshake: boolean): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = connect(endpoint);
    const reader = createLineReader(maxLineBytes);
    const answers: unknown[] = [];
    let sent = false;
    socket.on('data', (chunk: Buffer) => {
      const result = reader.push(chunk);
      if (!result.ok) return socket.destroy();
      for (const line of result.lines) {
        const answer: unknown = JSON.parse(line);
        answers.push(answer);
        const parsed = serverMessageSchema.safeParse(answer);
        if (!sent && parsed.success && parsed.data.type === 'challenge') {
          sent = true;
          const hello = handshake ? [JSON.stringify({ v: 1, type: 'hello', proof: proofFor(key, 'cli', parsed.data.nonce), nonce: randomToken() })] : [];
          socket.write([...hello, ...lines].map((text) => `${text}\n`).join(''));
        }
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ answers, closed: true }));
  });
}

let rig: CliRig;
let key: string;
beforeAll(async () => {
  rig = await startCliRig();
  await rig.addApiKey('Keyed', activeKey);
  key = JSON.parse(readFileSync(join(rig.dataDir, 'cli-connection.json'), 'utf8')).key;
  // Any request that happens to be valid and asks the person is denied at once, as a person who did not start it would.
  rig.runtime.onEvent((channel) => {
    if (channel !== ipcEvent('approvalsChanged')) return;
    void rig.call('getApprovals', {}).then(({ approvals }) => approvals.forEach((approval) => void rig.call('answerApproval', { id: approval.id, answer: 'deny' })));
  });
});
afterAll(async () => rig.close());

describe('the CLI channel under hostile input', () => {
  it(`answers ${messages} fuzzed messages with contract messages only, and hands out nothing`, async () => {
    const random = seededRandom(seed);
    const cases = Array.from({ length: messages }, () => ({ line: hostileLine(random), handshake: random.next() < 0.8 }));
    const batch = 25;
    let handedOut = 0;
    for (let start = 0; start < cases.length; start += batch) {
      const results = await Promise.all(cases.slice(start, start + batch).map(({ line, handshake }) => exchange(rig.server.endpoint, key, [line], handshake)));
      for (const result of results) {
        expect(result.closed).toBe(true);
        for (const answer of result.answers) {
          const parsed = serverMessageSchema.safeParse(answer);
          expect(parsed.success).toBe(true);
          if (parsed.success && (parsed.data.type === 'secret' || parsed.data.type === 'run-granted')) handedOut += 1;
        }
        expect(JSON.stringify(result.answers)).not.toContain(activeKey);
      }
    }
    expect(handedOut).toBe(0);
    expect((await rig.cli(['status'])).code).toBe(0);
  }, 120_000);

  it('closes a line longer than the limit with bad-message, without reading it all', async () => {
    const result = await exchange(rig.server.endpoint, key, [`{"v":1,"type":"status","pad":"${'x'.repeat(maxLineBytes)}"}`], true);
    const last: ServerMessage = serverMessageSchema.parse(result.answers.at(-1));
    expect(last).toMatchObject({ type: 'error', code: 'bad-message' });
  });

  it('refuses a wrong proof with wrong-key and answers nothing after it', async () => {
    const result = await exchange(rig.server.endpoint, 'B'.repeat(43), [JSON.stringify({ v: 1, type: 'secret', which: 'key', account: 'Keyed', caller })], true);
    expect(result.answers.map((answer) => serverMessageSchema.parse(answer).type)).toEqual(['challenge', 'error']);
    expect(result.answers.at(-1)).toMatchObject({ code: 'wrong-key' });
  });

  it('refuses any request sent before the handshake, and another protocol version by name', async () => {
    const early = await exchange(rig.server.endpoint, key, [JSON.stringify({ v: 1, type: 'status' })], false);
    expect(early.answers.at(-1)).toMatchObject({ type: 'error', code: 'bad-message' });
    const future = await exchange(rig.server.endpoint, key, [JSON.stringify({ v: 2, type: 'status' })], true);
    expect(future.answers.at(-1)).toMatchObject({ type: 'error', code: 'unsupported-version' });
  });
});
