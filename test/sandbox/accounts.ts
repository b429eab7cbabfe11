// Sandbox account types and the demo accounts the CLI and demo offer. Must not import node:* or main/.

/** How the sandbox treats an account: 'banned' still gets tokens but quota answers 1200. */
export type SandboxState = 'active' | 'banned' | 'invalid-secret';

export interface SandboxAccountSeed {
  clientId: string;
  clientSecret: string;
  state: SandboxState;
  credit: number;
  email: string;
  uid: string;
  tokenTtlSeconds: number;
  /** The first exchange answers a token whose exp lies one hour in the past; later ones are normal. */
  firstTokenExpired?: boolean;
  /** The first exchange answers a token issued this long ago (an old token close to its exp); later ones are fresh. */
  firstTokenAgeSeconds?: number;
  /** Quota answers this Akool code (with Akool's msg) instead of the credit, by token or by key. */
  quotaCode?: number;
  /** Every Nth quota check answers 1005 (too many requests); the others answer normally. */
  throttleEvery?: number;
  /** Each quota answer with credit lowers the credit by this much afterwards, never below 0. */
  creditDropPerCheck?: number;
}

const day = 24 * 60 * 60;

export const demoAccounts: readonly SandboxAccountSeed[] = [
  {
    clientId: 'demo-active',
    clientSecret: 'demo-secret-active',
    state: 'active',
    credit: 1234,
    email: 'active@sandbox.test',
    uid: '100001',
    tokenTtlSeconds: 400 * day,
  },
  {
    clientId: 'demo-expiring',
    clientSecret: 'demo-secret-expiring',
    state: 'active',
    credit: 50,
    email: 'expiring@sandbox.test',
    uid: '100002',
    tokenTtlSeconds: 3 * day,
  },
  {
    clientId: 'demo-renewable',
    clientSecret: 'demo-secret-renewable',
    state: 'active',
    credit: 300,
    email: 'renewable@sandbox.test',
    uid: '100006',
    tokenTtlSeconds: 400 * day,
    firstTokenAgeSeconds: 397 * day,
  },
  {
    clientId: 'demo-banned',
    clientSecret: 'demo-secret-banned',
    state: 'banned',
    credit: 0,
    email: 'banned@sandbox.test',
    uid: '100003',
    tokenTtlSeconds: 400 * day,
  },
  {
    clientId: 'demo-expired',
    clientSecret: 'demo-secret-expired',
    state: 'active',
    credit: 10,
    email: 'expired@sandbox.test',
    uid: '100004',
    tokenTtlSeconds: 400 * day,
    firstTokenExpired: true,
  },
  {
    clientId: 'demo-invalid',
    clientSecret: 'demo-secret-invalid',
    state: 'invalid-secret',
    credit: 0,
    email: 'invalid@sandbox.test',
    uid: '100005',
    tokenTtlSeconds: 400 * day,
  },
];
