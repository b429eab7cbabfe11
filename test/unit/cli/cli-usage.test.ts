// Proves the command line's front door: --help lists every command of the table, bad arguments print a usage line and exit 64.
import { describe, expect, it } from 'vitest';
import { commands } from '../../../cli/commands/table';
import { runCliCaptured } from '../../support/cli-io';

describe('akool-vault usage', () => {
  it('--help lists every command, scan included', async () => {
    const result = await runCliCaptured(['--help']);
    expect(result.code).toBe(0);
    for (const name of ['status', 'list', 'run', 'token', 'key', 'scan']) expect(result.stdout).toContain(`akool-vault ${name}`);
    expect(commands.map((command) => command.name)).toEqual(['status', 'list', 'run', 'token', 'key', 'scan']);
  });

  it.each([
    [[], 'no command given'],
    [['frobnicate'], 'unknown command'],
    [['status', '--colour'], "Unknown option '--colour'"],
    [['token'], '--account is required'],
    [['run', '--account', 'A'], 'put -- before the command'],
    [['run', '--account', 'A', '--'], 'no command after --'],
    [['run', '--', 'node'], '--account is required'],
  ])('%j exits 64 with a usage line', async (argv, why) => {
    const result = await runCliCaptured(argv, { env: { AKOOL_VAULT_DATA_DIR: '/nonexistent' } });
    expect(result.code).toBe(64);
    expect(result.stderr).toContain(why);
    expect(result.stderr).toMatch(/usage: akool-vault/);
  });

  it('a command\'s own --help shows its usage; after -- it belongs to the child', async () => {
    expect((await runCliCaptured(['run', '--help'])).stdout).toContain('usage: akool-vault run --account A');
    const result = await runCliCaptured(['run', '--account', 'A', '--', 'node', '--help'], { env: { AKOOL_VAULT_DATA_DIR: '/nonexistent' } });
    expect(result.code).toBe(3);
  });
});
