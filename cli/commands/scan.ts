// `akool-vault scan [DIR] [--history] [--json|--sarif] [--verify] [--import] [--fix]`: the running app scans (one engine with the window) and this prints what it sends; exit 0 none, 1 found, 64 usage.
import { confused, expectMessage } from '../app-connection';
import { protocolVersion } from '../contract';
import { importWaitingText } from '../waiting-text';
import type { Command } from './command';

export const scanCommand: Command = {
  name: 'scan',
  usage: 'akool-vault scan [DIR] [--history] [--json|--sarif] [--verify] [--import] [--fix] [--base-url URL]',
  summary: 'Finds Akool secrets in a folder (and its git history), says how exposed each is, imports and replaces them.',
  run: async (args, { io, connect }) => {
    const channel = await connect();
    channel.send({ v: protocolVersion, type: 'scan', args: [...args], caller: { cwd: io.cwd, pid: io.pid, ppid: io.ppid } });
    for (;;) {
      const message = await expectMessage(channel);
      if (message.type === 'scan-output') (message.stream === 'stdout' ? io.stdout : io.stderr).write(message.text);
      else if (message.type === 'scan-done') {
        channel.end();
        return message.exitCode;
      } else if (message.type === 'waiting') io.stderr.write(importWaitingText);
      else throw confused();
    }
  },
};
