// Proves the CLI channel refuses text the approval dialog would show misleadingly: control, C1 and bidi characters in the folder, the command line and the allowed origins.
import { afterEach, describe, expect, it } from 'vitest';
import { clientMessageSchema, protocolVersion } from '../../../cli/contract';
import { exitCodes } from '../../../cli/exit-codes';
import { startCliRig, type CliRig } from '../../support/cli-rig';

const run = (overrides: { cwd?: string; command?: string[]; allowOrigins?: string[]; account?: string }) => ({
  v: protocolVersion,
  type: 'run',
  account: overrides.account ?? 'Keyed',
  mode: 'proxy',
  command: overrides.command ?? ['node', 'job.js'],
  references: [],
  allowOrigins: overrides.allowOrigins ?? [],
  caller: { cwd: overrides.cwd ?? '/home/me/project', pid: 10, ppid: 9 },
});

/** A right-to-left override, an isolate, a left-to-right mark, a C1 next-line, a line separator, a newline, an escape. */
const disguises = ['\u202e', '\u2066', '\u200e', '\u0085', '\u2028', '\n', '\u001b'];

let rig: CliRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

describe('CLI channel text the approval dialog shows', () => {
  it('accepts plain text, right-to-left letters included', () => {
    expect(clientMessageSchema.safeParse(run({ cwd: '/home/me/פרויקט', command: ['node', 'كتاب.js'], allowOrigins: ['http://localhost:5173'] })).success).toBe(true);
  });

  it.each(disguises.map((char) => [char.charCodeAt(0).toString(16).padStart(4, '0'), char]))('refuses U+%s in the folder, an argument, an origin or the account', (_code, char) => {
    expect(clientMessageSchema.safeParse(run({ cwd: `/home/me/${char}project` })).success).toBe(false);
    expect(clientMessageSchema.safeParse(run({ command: ['node', `job${char}.js`] })).success).toBe(false);
    expect(clientMessageSchema.safeParse(run({ allowOrigins: [`http://localhost:5173${char}`] })).success).toBe(false);
    expect(clientMessageSchema.safeParse(run({ account: `Keyed${char}` })).success).toBe(false);
  });

  it('`run` with a bidi override in its command line stops with a usage error and never reaches the window', async () => {
    rig = await startCliRig();
    await rig.addApiKey('Keyed', 'demo-secret-active');
    const result = await rig.cli(['run', '--account', 'Keyed', '--', process.execPath, '-e', '0 // \u202egnp.sj']);
    expect(result.code).toBe(exitCodes.usage);
    expect(result.stderr).toContain('must not contain control or bidi characters');
    expect((await rig.call('getApprovals', {})).approvals).toEqual([]);
  });

  it('`key` from a folder whose name holds a bidi isolate stops with a usage error and never reaches the window', async () => {
    rig = await startCliRig();
    await rig.addApiKey('Keyed', 'demo-secret-active');
    const result = await rig.cli(['key', '--account', 'Keyed'], { cwd: '/tmp/\u2066project' });
    expect(result.code).toBe(exitCodes.usage);
    expect(result.stderr).toContain('must not contain control or bidi characters');
    expect((await rig.call('getApprovals', {})).approvals).toEqual([]);
  });
});
