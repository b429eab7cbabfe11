// The sandbox's memory: account states, credits, and every token it issued. Must not import node:http or main/.
import { randomBytes } from 'node:crypto';
import type { SandboxAccountSeed, SandboxState } from './accounts';
import { hasValidSignature, signJwt } from './jwt';

interface IssuedToken {
  clientId: string;
  exp: number;
  generation: number;
}

interface AccountRecord {
  seed: SandboxAccountSeed;
  generation: number;
  /** Every token issued, oldest first; its length is the exchange count. */
  tokens: string[];
  /** Quota checks that reached this account, by token or by key. */
  quotaChecks: number;
}

export interface AccountRegistry {
  find(clientId: string): SandboxAccountSeed | undefined;
  /** The account whose clientSecret equals `apiKey`: in Akool the "API Key" is the clientSecret. */
  findByApiKey(apiKey: string): SandboxAccountSeed | undefined;
  /** Counts one more quota check for the account and returns the new count (1 for the first). */
  countQuotaCheck(clientId: string): number;
  snapshot(): readonly SandboxAccountSeed[];
  setState(clientId: string, state: SandboxState): void;
  setCredit(clientId: string, credit: number): void;
  /** Invalidates every token issued to the account so far; later exchanges give valid tokens again. */
  expireTokens(clientId: string): void;
  issueToken(clientId: string): string;
  /** The account a token belongs to, or null when it is not ours, was tampered with, revoked or expired. */
  checkToken(token: string): SandboxAccountSeed | null;
  exchangeCount(clientId: string): number;
  issuedTokens(clientId: string): readonly string[];
}

export function createAccountRegistry(seeds: readonly SandboxAccountSeed[], now: () => number): AccountRegistry {
  const signingKey = randomBytes(32);
  const records = new Map<string, AccountRecord>();
  const issued = new Map<string, IssuedToken>();
  for (const seed of seeds) {
    if (records.has(seed.clientId)) throw new Error(`Duplicate sandbox clientId: ${seed.clientId}`);
    records.set(seed.clientId, { seed: { ...seed }, generation: 0, tokens: [], quotaChecks: 0 });
  }

  function record(clientId: string): AccountRecord {
    const found = records.get(clientId);
    if (found === undefined) throw new Error(`Unknown sandbox clientId: ${clientId}`);
    return found;
  }

  const nowSeconds = (): number => Math.floor(now() / 1000);

  return {
    find: (clientId) => records.get(clientId)?.seed,
    findByApiKey: (apiKey) => [...records.values()].find(({ seed }) => seed.clientSecret === apiKey)?.seed,
    countQuotaCheck(clientId) {
      const account = record(clientId);
      account.quotaChecks += 1;
      return account.quotaChecks;
    },
    snapshot: () => [...records.values()].map(({ seed }) => ({ ...seed })),
    setState(clientId, state) {
      record(clientId).seed.state = state;
    },
    setCredit(clientId, credit) {
      record(clientId).seed.credit = credit;
    },
    expireTokens(clientId) {
      record(clientId).generation += 1;
    },
    issueToken(clientId) {
      const account = record(clientId);
      const { seed } = account;
      const first = account.tokens.length === 0;
      const age = first ? (seed.firstTokenAgeSeconds ?? 0) : 0;
      const exp = first && seed.firstTokenExpired === true ? nowSeconds() - 3600 : nowSeconds() - age + seed.tokenTtlSeconds;
      const iat = exp - seed.tokenTtlSeconds;
      const jti = randomBytes(8).toString('hex');
      const token = signJwt(signingKey, { sub: seed.uid, uid: seed.uid, email: seed.email, iat, exp, jti });
      account.tokens.push(token);
      issued.set(token, { clientId, exp, generation: account.generation });
      return token;
    },
    checkToken(token) {
      const entry = issued.get(token);
      if (entry === undefined || !hasValidSignature(signingKey, token)) return null;
      const account = record(entry.clientId);
      if (entry.generation !== account.generation || entry.exp <= nowSeconds()) return null;
      return account.seed;
    },
    exchangeCount: (clientId) => record(clientId).tokens.length,
    issuedTokens: (clientId) => [...record(clientId).tokens],
  };
}
