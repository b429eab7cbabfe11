// The IPC contract: every channel and push event with its zod schemas and view types. Imports zod only.
import { z } from 'zod';
import { scanChannelDefinitions, scanEventDefinitions } from './scan-contract';

// The renderer's CSP forbids eval, and the bridge parses replies inside the page. zod decides when a schema
// is built whether to compile a fast path with `new Function`, so turn that off before any schema below exists.
z.config({ jitless: true });

const isControlChar = (char: string): boolean => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f;
const noControlChars = (value: string): boolean => ![...value].some(isControlChar);

const label = z.string().trim().min(1).max(100).refine(noControlChars, 'must not contain control characters');
const clientId = z.string().trim().min(1).max(256).refine(noControlChars, 'must not contain control characters');
const clientSecret = z.string().min(1).max(1024).refine(noControlChars, 'must not contain control characters');
const accountId = z.uuid();
const isoDate = z.iso.datetime();

export const accountStatuses = [
  'active',
  'expiring',
  'expired',
  'invalid',
  'banned',
  /** Akool's 1103: a payment is pending or overdue. */
  'payment-overdue',
  /** Akool's 1006 or 1104: not enough credit. */
  'out-of-credit',
  /** Akool's 1213 or 1221: the API needs a subscription. */
  'subscription-needed',
  'unreachable',
  'error',
  'unknown',
  /** The record no longer matches what its secrets were sealed with: changed outside akool-vault, so nothing is sent. */
  'record-changed',
] as const;
export type AccountStatus = (typeof accountStatuses)[number];

/** A low-credit threshold: credits above 0; null turns the warning off. */
export const lowCreditThresholdSchema = z.number().positive().max(Number.MAX_SAFE_INTEGER).nullable();

/** How far below its low-credit threshold an account's credit is. */
export const lowCreditLevels = ['none', 'below', 'below-half'] as const;

/** One point of the credit chart. */
export const creditPointSchema = z.strictObject({ at: isoDate, credit: z.number() });

/** The credit forecast as the window shows it: `text` says how it was made (or why there is none yet). */
export const creditForecastSchema = z.strictObject({
  kind: z.enum(['too-few-samples', 'not-falling', 'falling']),
  /** Credits used per day; null while there are too few samples. */
  burnPerDay: z.number().nullable(),
  /** Days the latest credit lasts at that rate; only when falling. */
  daysLeft: z.number().nullable(),
  text: z.string(),
});
export type CreditForecastView = z.infer<typeof creditForecastSchema>;

/** How an account authenticates: an API key sent as x-api-key (Akool's recommended method), or the legacy token exchange. */
export const accountKinds = ['api-key', 'client-credentials'] as const;
export type AccountKind = (typeof accountKinds)[number];

/** The pages the window may ask to show in the user's browser, by name only: main holds their addresses (main/core/guides/guide-pages.ts). */
export const guidePages = ['akool-api-credentials'] as const;
export type GuidePage = (typeof guidePages)[number];

/** What can be copied: the token or `Bearer <token>` (client-credentials only), the API key or `x-api-key: <key>` (both kinds). */
export const copyFormats = ['token', 'header', 'api-key', 'api-key-header'] as const;
export type CopyFormat = (typeof copyFormats)[number];

/** What the renderer may know about an account: never the secret, never the token. */
export const accountViewSchema = z.strictObject({
  id: accountId,
  label: z.string(),
  clientId: z.string(),
  /** The base URL as requests use it: its host in ASCII, an IDN host in punycode (`xn--…`). */
  baseUrl: z.string(),
  /** The same base URL with its host in Unicode; equal to baseUrl for an ASCII host. The window shows both when they differ. */
  baseUrlUnicode: z.string(),
  /**
   * The address the Replace secret form starts with: the account's base URL, or Akool's own (https://openapi.akool.com) once the
   * account was changed outside akool-vault, never the file's then.
   */
  replaceBaseUrl: z.string(),
  status: z.enum(accountStatuses),
  /** Safe, redacted text explaining a non-active status, e.g. the server's code and msg. */
  problem: z.string().nullable(),
  expiresAt: isoDate.nullable(),
  issuedAt: isoDate.nullable(),
  email: z.string().nullable(),
  uid: z.string().nullable(),
  credit: z.number().nullable(),
  checkedAt: isoDate.nullable(),
  /** First 8 hex characters of SHA-256 of the token: tells tokens apart without revealing them. Null for an API-key account. */
  tokenFingerprint: z.string().regex(/^[0-9a-f]{8}$/).nullable(),
  kind: z.enum(accountKinds),
  /** First 8 hex characters of SHA-256 of an API-key account's key; null for a client-credentials account. */
  keyFingerprint: z.string().regex(/^[0-9a-f]{8}$/).nullable(),
  createdAt: isoDate,
  /** True once the user dismissed the ban banner for this account's current ban. */
  banDismissed: z.boolean(),
  /** The last 30 days of credit, oldest first, at most 200 points. */
  creditHistory: z.array(creditPointSchema).max(200),
  creditForecast: creditForecastSchema,
  /** Where the credit is against the threshold in force; 'none' when the warning is off. */
  lowCredit: z.enum(lowCreditLevels),
  /** The threshold in force for this account (its own, else the global setting); null: off. */
  lowCreditThreshold: lowCreditThresholdSchema,
  /** True when the account has its own threshold (or its own "off") instead of the global setting. */
  lowCreditOverridden: z.boolean(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const protectionViewSchema = z.strictObject({
  backend: z.string(),
  /** Judged from what the cipher produced (a probe ciphertext), never from the backend's name alone. */
  level: z.enum(['strong', 'weak', 'unavailable']),
  weakOptIn: z.boolean(),
  canStoreSecrets: z.boolean(),
  /** The public marker a fresh ciphertext starts with (e.g. 'v10' or 'v11' on Linux), or null when nothing can be sealed. */
  sealMark: z.string().nullable(),
  /** How many stored secrets are still sealed under weak protection; the warning stays until this is 0. */
  weakSeals: z.number().int().nonnegative(),
});
export type ProtectionView = z.infer<typeof protectionViewSchema>;

/** Clipboard clear delays the user may pick, in seconds; 0 means never. */
export const clipboardClearChoices = [0, 10, 30, 60, 120, 300] as const;

export const settingsSchema = z.strictObject({
  clipboardClearSeconds: z.literal(clipboardClearChoices),
  checkIntervalMinutes: z.number().int().min(5).max(24 * 60),
  renewWindowDays: z.number().int().min(1).max(90),
  notifications: z.boolean(),
  launchAtLogin: z.boolean(),
  startHidden: z.boolean(),
  /** Closing the window keeps akool-vault running in the tray (true) or quits it (false). */
  keepInTray: z.boolean(),
  /** Warn when an account's credit falls below this (unless the account has its own); null: off. */
  lowCreditThreshold: lowCreditThresholdSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  clipboardClearSeconds: 30,
  checkIntervalMinutes: 15,
  renewWindowDays: 7,
  notifications: true,
  launchAtLogin: false,
  startHidden: false,
  /** Where the platform does not choose: a vault that never stored a choice gets the platform's default (main/platform/tray-presence.ts). */
  keepInTray: true,
  lowCreditThreshold: null,
};

export const vaultStateSchema = z.strictObject({
  accounts: z.array(accountViewSchema),
  protection: protectionViewSchema,
  settings: settingsSchema,
  /** A one-off report, e.g. that an unreadable store file was moved aside. */
  notice: z.string().nullable(),
  /** True while the vault file is not the one akool-vault saved last: read only, nothing is sent, until the person accepts it. */
  locked: z.boolean(),
});
export type VaultState = z.infer<typeof vaultStateSchema>;

const byId = z.strictObject({ id: accountId });

/** What a command-line request asks for: shown in the window while it waits for the person. Never a secret. */
export const approvalViewSchema = z.strictObject({
  id: z.uuid(),
  accountId,
  accountLabel: z.string(),
  /** Other accounts an --env file refers to, by label. */
  alsoAccounts: z.array(z.string()).max(100),
  command: z.enum(['run', 'token', 'key']),
  /** For run: the child's command line; for token and key: the akool-vault command. */
  commandLine: z.array(z.string()).max(256),
  cwd: z.string(),
  /** As the CLI reported them: not proven. */
  pid: z.number().int(),
  ppid: z.number().int(),
  /** proxy: a stand-in and the local proxy; env: the real key or token in the child's environment; print: written to stdout. */
  mode: z.enum(['proxy', 'env', 'print']),
  /** Origins whose pages may call the proxy (--allow-origin); empty for none. */
  allowOrigins: z.array(z.string()).max(20),
  /** Whether "for this folder for 1 hour" may be chosen: only a proxy run that names no other account. */
  folderHourOffered: z.boolean(),
  requestedAt: isoDate,
  /** Unanswered by then, the request is denied. */
  expiresAt: isoDate,
});
export type ApprovalView = z.infer<typeof approvalViewSchema>;
export const approvalAnswers = ['once', 'folder-hour', 'deny'] as const;
export type ApprovalAnswer = (typeof approvalAnswers)[number];

/** One `akool-vault run`: active while the child runs, then kept among the account's last 20. */
export const runViewSchema = z.strictObject({
  id: z.uuid(),
  accountId,
  startedAt: isoDate,
  endedAt: isoDate.nullable(),
  commandLine: z.array(z.string()).max(256),
  mode: z.enum(['proxy', 'env']),
  /** Requests through the proxy by Akool code (or `http <status>` when the answer had none). */
  requests: z.array(z.strictObject({ code: z.string(), count: z.number().int().nonnegative() })).max(200),
  /** Credit read before the run minus credit read after it; null while running or when a read failed. */
  creditUsed: z.number().nullable(),
  ended: z.enum(['exited', 'disconnected', 'stopped']).nullable(),
});
export type RunView = z.infer<typeof runViewSchema>;
export const accountRunsSchema = z.strictObject({ active: z.array(runViewSchema), recent: z.array(runViewSchema).max(20) });
export type AccountRuns = z.infer<typeof accountRunsSchema>;

const channelDefinitions = {
  getState: { input: z.strictObject({}), output: vaultStateSchema },
  addAccount: {
    /** By API key (checked at once with x-api-key), or by clientId and secret (exchanged); `kind` absent means the latter. */
    input: z.union([
      z.strictObject({
        kind: z.literal('api-key'),
        /** Optional: when absent the vault names the account after its key fingerprint. */
        label: label.optional(),
        apiKey: clientSecret,
        baseUrl: z.string().trim().max(2048).optional(),
        /** "Save without checking" (after a network failure): stored unchecked; the monitor checks it when it can. */
        skipCheck: z.boolean().optional(),
      }),
      z.strictObject({
        kind: z.literal('client-credentials').default('client-credentials'),
        /** Optional: when absent the vault names the account after the email in its token, else its client ID. */
        label: label.optional(),
        clientId,
        clientSecret,
        baseUrl: z.string().trim().max(2048).optional(),
        /** "Save without checking": the secret is stored without an exchange; the monitor exchanges and checks it later. */
        skipCheck: z.boolean().optional(),
      }),
    ]),
    output: accountViewSchema,
  },
  checkAccount: { input: byId, output: accountViewSchema },
  renewToken: { input: byId, output: accountViewSchema },
  renameAccount: { input: z.strictObject({ id: accountId, label }), output: accountViewSchema },
  replaceSecret: {
    /**
     * The secret is typed again; `baseUrl` (same rules as addAccount, empty means the default) moves the account there,
     * sealed for it, once the exchange there worked. Required when the account's status is record-changed.
     */
    input: z.strictObject({ id: accountId, clientSecret, baseUrl: z.string().trim().max(2048).optional() }),
    output: accountViewSchema,
  },
  /** Hides the account at once; its record and secrets are dropped at `undoUntil` (or on quit) unless undoRemove comes first. */
  removeAccount: { input: byId, output: z.strictObject({ id: accountId, undoUntil: isoDate }) },
  /** Brings back an account whose removal is still inside its undo window. */
  undoRemove: { input: byId, output: accountViewSchema },
  copyToken: {
    /** `header` copies `Bearer <token>`, `api-key-header` copies `x-api-key: <key>`; token formats are for client-credentials accounts only. */
    input: z.strictObject({ id: accountId, format: z.enum(copyFormats).optional() }),
    /** `concealed` is false when the copy could not ask clipboard history and managers to skip it. */
    output: z.strictObject({ clearsAt: isoDate.nullable(), concealed: z.boolean() }),
  },
  clearClipboard: { input: z.strictObject({}), output: z.strictObject({ cleared: z.boolean() }) },
  /** Every account, or only `ids` (the ones the window shows under its search and filter). */
  checkAll: { input: z.strictObject({ ids: z.array(accountId).max(10_000).optional() }), output: z.strictObject({ checked: z.number().int().nonnegative() }) },
  dismissBanAlert: { input: byId, output: accountViewSchema },
  updateSettings: {
    /** `clipboardClearSeconds: 0` (never) is refused unless `confirmNeverClear` says the user confirmed it in Settings. */
    input: settingsSchema.partial().extend({ confirmNeverClear: z.literal(true).optional() }),
    output: settingsSchema,
  },
  setWeakProtectionOptIn: { input: z.strictObject({ optIn: z.boolean() }), output: protectionViewSchema },
  /** An account's own low-credit threshold: a number, null (off for this account) or 'default' (the global setting). */
  setLowCreditThreshold: {
    input: z.strictObject({ id: accountId, threshold: z.union([lowCreditThresholdSchema, z.literal('default')]) }),
    output: accountViewSchema,
  },
  /** Command-line requests waiting for the person, oldest first. */
  getApprovals: { input: z.strictObject({}), output: z.strictObject({ approvals: z.array(approvalViewSchema) }) },
  answerApproval: {
    input: z.strictObject({ id: z.uuid(), answer: z.enum(approvalAnswers) }),
    output: z.strictObject({ answered: z.boolean() }),
  },
  getRuns: { input: byId, output: accountRunsSchema },
  /** Revokes the run's grant at once. */
  stopRun: { input: z.strictObject({ runId: z.uuid() }), output: z.strictObject({ stopped: z.boolean() }) },
  /** Settings › "Install command-line tool": copies `akool-vault` where a terminal finds it. */
  installCli: {
    input: z.strictObject({}),
    output: z.strictObject({ command: z.string(), binDir: z.string(), onPath: z.boolean() }),
  },
  /**
   * "Accept this vault file", after the person confirmed: the file on disk, which is not the one akool-vault saved last
   * (`locked`), becomes the current one and its accounts send again.
   */
  acceptVaultFile: { input: z.strictObject({ confirmed: z.literal(true) }), output: vaultStateSchema },
  /** Shows one of the listed pages in the user's browser after a click or key press; the window names it, never its address. */
  openGuide: { input: z.strictObject({ page: z.enum(guidePages) }), output: z.strictObject({ opened: z.literal(true) }) },
  ...scanChannelDefinitions,
} as const;

type Definitions = typeof channelDefinitions;
export type ChannelName = keyof Definitions;
export type ChannelInput<K extends ChannelName> = z.input<Definitions[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Definitions[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Definitions[K]['output']>;

/** The channel table, typed per key so generic code keeps each channel's own input and output types. */
export const channels: {
  [K in ChannelName]: {
    input: z.ZodType<ParsedInput<K>, ChannelInput<K>>;
    output: z.ZodType<ChannelOutput<K>>;
  };
} = channelDefinitions;
export const channelNames: readonly ChannelName[] = [
  'getState',
  'addAccount',
  'checkAccount',
  'renewToken',
  'renameAccount',
  'replaceSecret',
  'removeAccount',
  'undoRemove',
  'copyToken',
  'clearClipboard',
  'checkAll',
  'dismissBanAlert',
  'updateSettings',
  'setWeakProtectionOptIn',
  'setLowCreditThreshold',
  'getApprovals',
  'answerApproval',
  'getRuns',
  'stopRun',
  'installCli',
  'openGuide',
  'scanFolder',
  'importScanFindings',
  'getScanImports',
  'answerScanImport',
  'acceptVaultFile',
];

/** The IPC channel string for a contract key. */
export const ipcChannel = (name: ChannelName): string => `vault:${name}`;

const eventDefinitions = {
  accountsChanged: vaultStateSchema,
  clipboardCleared: z.strictObject({ reason: z.enum(['timeout', 'quit', 'manual']) }),
  /** Asks the window to show one account, e.g. after a click on its notification or tray entry. */
  focusAccount: byId,
  /** The command-line requests waiting for the person changed. */
  approvalsChanged: z.strictObject({ approvals: z.array(approvalViewSchema) }),
  /** An account's runs changed (one started, ended or was stopped). */
  runsChanged: byId,
  ...scanEventDefinitions,
} as const;

export type EventName = keyof typeof eventDefinitions;
export type EventPayload<K extends EventName> = z.output<(typeof eventDefinitions)[K]>;
export const events: { [K in EventName]: z.ZodType<EventPayload<K>> } = eventDefinitions;
export const eventNames: readonly EventName[] = ['accountsChanged', 'clipboardCleared', 'focusAccount', 'approvalsChanged', 'runsChanged', 'scanImportsChanged'];
export const ipcEvent = (name: EventName): string => `vault-event:${name}`;

export const errorCodes = [
  'invalid-input',
  'not-found',
  'invalid-credentials',
  'banned',
  'payment-overdue',
  'out-of-credit',
  'subscription-needed',
  /** Akool's 1005: too many requests; try again shortly. */
  'throttled',
  'rejected',
  'unreachable',
  'bad-response',
  'protection-unavailable',
  'storage-failed',
  'record-changed',
  /** The vault file is not the one akool-vault saved last (rolled back): it is read only and nothing is sent. */
  'vault-rolled-back',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorSchema = z.strictObject({ code: z.enum(errorCodes), message: z.string() });
export type VaultErrorPayload = z.infer<typeof errorSchema>;

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: VaultErrorPayload };

/** The response envelope schema for one channel; the data part is the channel's strict output. */
export const envelopeSchema = <K extends ChannelName>(name: K): z.ZodType<Envelope<ChannelOutput<K>>> =>
  z.union([
    z.strictObject({ ok: z.literal(true), data: channels[name].output }),
    z.strictObject({ ok: z.literal(false), error: errorSchema }),
  ]);
