// Proves the loopback listener binds 127.0.0.1 only, resolves with the port it got, and rejects a port already taken. Must not import main/.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../../sandbox/listen-loopback';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});
const newServer = (): Server => {
  const server = createServer();
  servers.push(server);
  return server;
};

describe('listenOnLoopback', () => {
  it('binds 127.0.0.1 on a free port and resolves with that port', async () => {
    const server = newServer();
    const port = await listenOnLoopback(server);
    expect(port).toBeGreaterThan(0);
    expect(server.address()).toEqual({ address: '127.0.0.1', family: 'IPv4', port });
  });

  it('rejects when the port is taken, and leaves no error listener behind', async () => {
    const port = await listenOnLoopback(newServer());
    const second = newServer();
    await expect(listenOnLoopback(second, port)).rejects.toThrow(/EADDRINUSE/);
    const third = newServer();
    await listenOnLoopback(third);
    expect(third.listenerCount('error')).toBe(0);
  });
});
