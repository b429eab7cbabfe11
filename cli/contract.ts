// The CLI channel contract: every message between `akool-vault` and the app, with zod schemas and the closed set of errors. Imports zod only.
import { z } from 'zod';

// The same contract is bundled into the CLI and loaded in main; neither needs zod's `new Function` fast path.
z.config({ jitless: true });

/** Bumped whenever a message changes shape; both ends refuse any other version. */
export const protocolVersion = 1;
/** The longest line either end reads; a longer one closes the connection without being parsed. */
export const maxLineBytes = 64 * 1024;
/** The longest text of one scan-output message: even escaped as \uXXXX it stays under maxLineBytes. */
export const scanOutputPiece = 8192;

const version = z.literal(protocolVersion);
const isControlChar = (char: string): boolean => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f;
/**
 * C1 controls, the line and paragraph separators, and the bidi marks, embeddings, overrides and isolates (U+061C,
 * U+200E-F, U+202A-E, U+2066-9): what could make a text shown in the approval dialog read as something else.
 */
const disguise = /[\u0080-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;
const singleLine = (max: number): z.ZodString => z.string().max(max);
const plainText = (max: number) => singleLine(max).refine((value) => ![...value].some(isControlChar), 'must not contain control characters');
/** True when the approval dialog can show `value` as it is: no control, bidi or other invisible control character. */
export const isShownText = (value: string): boolean => ![...value].some(isControlChar) && !disguise.test(value);
/** What the CLI reports and the approval dialog shows as it is. */
const shownText = (max: number) => singleLine(max).refine(isShownText, 'must not contain control, bidi or other invisible control characters');
const base64url32 = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const hexProof = z.string().regex(/^[0-9a-f]{64}$/);
/** Shown in the approval dialog inside the command line of `key` and `token`. */
const accountSelector = shownText(200).min(1);
const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/);

/** What the CLI says about itself: reported by the CLI, never proven to the app. */
export const callerSchema = z.strictObject({
  /** Shown in the approval dialog as it is. */
  cwd: shownText(4096).min(1),
  pid: z.number().int().positive().max(2 ** 32),
  ppid: z.number().int().nonnegative().max(2 ** 32),
});
export type Caller = z.infer<typeof callerSchema>;

export const secretKinds = ['token', 'key'] as const;
export type SecretKind = (typeof secretKinds)[number];

/** proxy: the child holds a stand-in and talks to a local proxy; env: the child holds the real key or token. */
export const runModes = ['proxy', 'env'] as const;
export type RunMode = (typeof runModes)[number];

export const referenceFields = ['api-key', 'token', 'base-url'] as const;
export type ReferenceField = (typeof referenceFields)[number];

/** One `NAME=akool://<account>/<field>` line of an env file, resolved by the app for the child only. */
export const referenceSchema = z.strictObject({ name: envName, account: accountSelector, field: z.enum(referenceFields) });
export type Reference = z.infer<typeof referenceSchema>;

export const clientMessageSchema = z.discriminatedUnion('type', [
  /** Proves the CLI read the connection key (HMAC over the server's nonce) and sends its own nonce for the app to answer. */
  z.strictObject({ v: version, type: z.literal('hello'), proof: hexProof, nonce: base64url32 }),
  z.strictObject({ v: version, type: z.literal('status') }),
  z.strictObject({ v: version, type: z.literal('list') }),
  z.strictObject({ v: version, type: z.literal('secret'), which: z.enum(secretKinds), account: accountSelector, caller: callerSchema }),
  z.strictObject({
    v: version,
    type: z.literal('run'),
    account: accountSelector,
    mode: z.enum(runModes),
    /** Shown in the approval dialog. */
    command: z.array(shownText(4096)).min(1).max(256),
    references: z.array(referenceSchema).max(100),
    /** Shown in the approval dialog. */
    allowOrigins: z.array(shownText(2048)).max(20),
    caller: callerSchema,
  }),
  /** `akool-vault scan ARGS…`: the app parses the arguments (DIR against `caller.cwd`), scans, and streams what to print. */
  z.strictObject({ v: version, type: z.literal('scan'), args: z.array(singleLine(4096)).max(64), caller: callerSchema }),
  z.strictObject({
    v: version,
    type: z.literal('run-ended'),
    exitCode: z.number().int().min(-(2 ** 31)).max(2 ** 32).nullable(),
    signal: plainText(32).nullable(),
  }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** 0 good, 1 attention, 2 alert: the same levels as the tray icon. */
export const statusLevels = ['ok', 'attention', 'alert'] as const;
export type StatusLevel = (typeof statusLevels)[number];

export const statusAccountSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['api-key', 'client-credentials']),
  status: z.string(),
  level: z.enum(statusLevels),
  credit: z.number().nullable(),
  expiresAt: z.string().nullable(),
});
export type StatusAccount = z.infer<typeof statusAccountSchema>;

export const listAccountSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['api-key', 'client-credentials']),
  /** First 8 hex characters of SHA-256 of the token (client credentials) or the key (API key); never the value. */
  fingerprint: z.string().nullable(),
});
export type ListAccount = z.infer<typeof listAccountSchema>;

/** Requests by Akool code during a run: `code` is the Akool code, or `http <status>` when the answer had none. */
export const requestCountSchema = z.strictObject({ code: plainText(16), count: z.number().int().nonnegative() });

export const runSummarySchema = z.strictObject({
  mode: z.enum(runModes),
  requests: z.array(requestCountSchema).max(200),
  /** Credit read before the run minus credit read after it; null when either read failed. */
  creditUsed: z.number().nullable(),
  /** Why the run ended: the child exited, the connection dropped, or the person pressed Stop. */
  ended: z.enum(['exited', 'disconnected', 'stopped']),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

export const cliErrorCodes = [
  'unsupported-version',
  'bad-message',
  'wrong-key',
  'unknown-account',
  'ambiguous-account',
  'denied',
  'timed-out',
  'refused',
  'not-applicable',
  'unavailable',
  'busy',
  'internal',
] as const;
export type CliErrorCode = (typeof cliErrorCodes)[number];

/** The sentence each error prints; `detail` (e.g. the accounts a label matched) follows it. */
export const cliErrorSentences: Readonly<Record<CliErrorCode, string>> = {
  'unsupported-version': 'This akool-vault command and the running app speak different protocol versions: update the older one.',
  'bad-message': 'The app could not read a message from this command.',
  'wrong-key': "The connection key did not match: this command cannot read the app's key file, or the app restarted meanwhile.",
  'unknown-account': 'No account matches that name, id or prefix.',
  'ambiguous-account': 'Several accounts match: give the id, or a longer prefix.',
  denied: 'The request was denied in the akool-vault window.',
  'timed-out': 'Nobody answered in the akool-vault window within 60 seconds, so the request was denied.',
  refused: 'akool-vault refuses to use this account until it is fixed in the window.',
  'not-applicable': 'That does not apply to this kind of account.',
  unavailable: "akool-vault could not open this account's secret; the window says why.",
  busy: 'Too many requests are waiting in the akool-vault window; answer them first.',
  internal: 'Something went wrong inside akool-vault; nothing was handed out.',
};

export const cliErrorSchema = z.strictObject({
  v: version,
  type: z.literal('error'),
  code: z.enum(cliErrorCodes),
  detail: plainText(2000).nullable(),
});
export type CliErrorMessage = z.infer<typeof cliErrorSchema>;

export const serverMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ v: version, type: z.literal('challenge'), nonce: base64url32 }),
  /** The app's proof that it holds the same key (HMAC over the CLI's nonce): a process squatting the pipe has none. */
  z.strictObject({ v: version, type: z.literal('welcome'), proof: hexProof }),
  /** Sent while a request waits for the person at the desktop. */
  z.strictObject({ v: version, type: z.literal('waiting') }),
  z.strictObject({ v: version, type: z.literal('status'), level: z.enum(statusLevels), accounts: z.array(statusAccountSchema) }),
  z.strictObject({ v: version, type: z.literal('list'), accounts: z.array(listAccountSchema) }),
  z.strictObject({ v: version, type: z.literal('secret'), value: z.string().min(1).max(8192) }),
  z.strictObject({
    v: version,
    type: z.literal('run-granted'),
    env: z.record(envName, z.string().max(8192)),
  }),
  /** The person pressed Stop: the grant is revoked; an --env child should be ended by the CLI. */
  z.strictObject({ v: version, type: z.literal('run-stopped') }),
  z.strictObject({ v: version, type: z.literal('run-summary'), summary: runSummarySchema }),
  /** A piece of what `scan` prints, in order; pieces of at most 8,192 characters keep each line under maxLineBytes. */
  z.strictObject({ v: version, type: z.literal('scan-output'), stream: z.enum(['stdout', 'stderr']), text: z.string().max(scanOutputPiece) }),
  /** The scan's end: 0 nothing found, 1 found, 64 bad usage. */
  z.strictObject({ v: version, type: z.literal('scan-done'), exitCode: z.union([z.literal(0), z.literal(1), z.literal(64)]) }),
  cliErrorSchema,
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** The text of an error as the CLI prints it. */
export function describeCliError(code: CliErrorCode, detail: string | null): string {
  return detail === null ? cliErrorSentences[code] : `${cliErrorSentences[code]} ${detail}`;
}

/** The file the app writes (0600) into its data directory: where it listens and the key a CLI must prove it read. */
export const connectionFileName = 'cli-connection.json';
export const connectionFileSchema = z.strictObject({
  v: version,
  /** A Unix socket path or a Windows named pipe. */
  endpoint: singleLine(1024).min(1),
  key: base64url32,
});
export type ConnectionFile = z.infer<typeof connectionFileSchema>;
