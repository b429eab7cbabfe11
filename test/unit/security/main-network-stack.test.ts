// Proves main/ reaches the network only through Chromium (session.fetch / net.fetch): no Node http(s), net, tls, undici or global fetch, so NODE_EXTRA_CA_CERTS and NODE_TLS_REJECT_UNAUTHORIZED cannot touch an Akool request.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** Node's own network modules, imported or required, with or without `node:`. */
const nodeNetwork = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](?:node:)?(?:https?|http2|net|tls|dgram|undici)(?:\/[^'"]*)?['"]/;
/** A call of the global fetch: `fetch(` not reached through an object (`session.fetch(`, `net.fetch(`) or a longer name. */
const globalFetch = /(?:^|[^.\w$])fetch\s*\(/m;

function networkFindings(source: string): string[] {
  const findings: string[] = [];
  if (nodeNetwork.test(source)) findings.push('node network module');
  if (globalFetch.test(source)) findings.push('global fetch');
  return findings;
}

/**
 * The grant proxy (main/node/proxy) is the one exception: its loopback listener can only be node:http, and it streams
 * the child's requests upstream with node:http(s) through upstream-agent.ts, which pins TLS against the environment
 * (tested below and in test/unit/node/proxy). It reaches only the account's bound base URL.
 */
const grantProxyDir = join(root, 'main', 'node', 'proxy');
const isGrantProxy = (file: string): boolean => !relative(grantProxyDir, file).startsWith('..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|cts|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });

describe('main/ network stack', () => {
  it('flags every Node network module and the global fetch, and nothing reached through Chromium', () => {
    for (const planted of [
      "import https from 'node:https';",
      "import { request } from 'http';",
      "const tls = require('node:tls');",
      "await import('undici');",
      "import { connect } from 'node:net';",
      'const reply = await fetch(url);',
      'return fetch (url)',
    ]) {
      expect(networkFindings(planted), planted).not.toEqual([]);
    }
    for (const allowed of ['await session.fetch(url)', 'net.fetch(url)', 'this.fetch(url)', 'prefetch(url)', "import { net } from 'electron';", "import { join } from 'node:path';"]) {
      expect(networkFindings(allowed), allowed).toEqual([]);
    }
  });

  it('holds for every source file under main/ but the grant proxy', () => {
    const files = sourceFiles(join(root, 'main')).filter((file) => !isGrantProxy(file));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => networkFindings(readFileSync(file, 'utf8')).map((finding) => `${relative(root, file)}: ${finding}`));
    expect(found).toEqual([]);
  });

  it('lets the grant proxy reach the network only through its pinned agent: no tls, net, undici or fetch elsewhere in it', () => {
    const files = sourceFiles(grantProxyDir);
    expect(files.length).toBeGreaterThan(5);
    const pinned = /['"]node:tls['"]/;
    const other = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](?:node:)?(?:http2|net|dgram|undici)(?:\/[^'"]*)?['"]/;
    const found = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const name = relative(root, file);
      return [
        ...(other.test(source) ? [`${name}: other network module`] : []),
        ...(globalFetch.test(source) ? [`${name}: global fetch`] : []),
        ...(pinned.test(source) && !name.endsWith('upstream-agent.ts') ? [`${name}: tls outside the pinned agent`] : []),
      ];
    });
    expect(found).toEqual([]);
  });
});
