// Schema of the vault file: account metadata, encrypted secrets, settings, notifications sent, the protection floor and the seal format, version 1. Must not import electron.
import { z } from 'zod';
import { accountKinds, defaultSettings, lowCreditLevels, lowCreditThresholdSchema, settingsSchema } from '../../../preload/contract';
import { readCreditHistory } from '../credit/credit-history';
import { storedProblemCode } from '../redaction/stored-problem';
import { shapedEmail, shapedUid } from '../shared/identity-shapes';

const epochMs = z.number().int().nonnegative();

export const lastResults = [
  'unknown',
  'active',
  'invalid',
  'banned',
  'payment-overdue',
  'out-of-credit',
  'subscription-needed',
  'unreachable',
  'error',
  'record-changed',
] as const;
export type LastResult = (typeof lastResults)[number];

/** Expiry notifications, mildest first. */
export const expiryAlertLevels = ['expiring-14d', 'expiring-3d', 'expired'] as const;
export type ExpiryAlertLevel = (typeof expiryAlertLevels)[number];

/** Statuses notified once when an account enters them (see alert-policy.ts). */
export const alertProblems = ['banned', 'invalid', 'payment-overdue', 'out-of-credit', 'subscription-needed'] as const;
export type AlertProblem = (typeof alertProblems)[number];

const alertMemorySchema = z.object({
  /** The problem last notified and not yet cleared by a successful check. */
  problem: z.enum(alertProblems).nullable(),
  /** The most severe expiry notification shown for the token with this fingerprint. */
  expiry: z.object({ fingerprint: z.string().regex(/^[0-9a-f]{8}$/), level: z.enum(expiryAlertLevels) }).nullable(),
});
export type AlertMemory = z.infer<typeof alertMemorySchema>;
export const noAlerts: AlertMemory = { problem: null, expiry: null };

const accountRecordSchema = z.object({
  id: z.uuid(),
  /** Absent: a client-credentials account (records written before API-key accounts existed have none). */
  kind: z.enum(accountKinds).optional(),
  label: z.string().min(1).max(100),
  /** Empty for an API-key account (it has no client ID), never for a client-credentials one (see the refine below). */
  clientId: z.string().max(256),
  baseUrl: z.string().min(1).max(2048),
  createdAt: epochMs,
  /**
   * For an API-key account: the key's fingerprint, every other field null (a key has no expiry and no claims). A
   * client-credentials account saved without a token yet (Akool recognised it but issued none, or "Save without
   * checking") has every field null until its first exchange.
   */
  token: z.object({
    fingerprint: z.string().regex(/^[0-9a-f]{8}$/).nullable(),
    expiresAt: epochMs.nullable(),
    issuedAt: epochMs.nullable(),
    /** Claims of the strict shape only (see token-claims): older files lose any other server text here on open. */
    email: z.string().nullable().transform(shapedEmail),
    uid: z.string().nullable().transform(shapedUid),
  }),
  status: z.object({
    result: z.enum(lastResults),
    /** Our code for the last failure (stored-problem.ts): never text, and older files keep only the code their sentence named. */
    problem: z.string().nullable().transform(storedProblemCode),
    credit: z.number().nullable(),
    checkedAt: epochMs.nullable(),
  }),
  /** The user dismissed the banner for the current ban; reset when the account is banned anew. */
  banDismissed: z.boolean().default(false),
  /** Which notifications were already shown, so a restart does not repeat them. */
  alerts: alertMemorySchema.default(noAlerts),
  /** Credit readings, oldest first (credit-history.ts); read leniently, so a damaged history is dropped, never the file. */
  creditHistory: z.unknown().transform((value) => readCreditHistory(value)).optional(),
  /** How far into the current low-credit dip the account was notified; anything unknown reads as none. */
  lowCredit: z.object({ level: z.enum(lowCreditLevels) }).optional().catch(undefined),
  /** The account's own threshold: a number, or null for off; absent (or unusable) means the global setting. */
  lowCreditThreshold: lowCreditThresholdSchema.optional().catch(undefined),
}).refine((record) => record.kind === 'api-key' || record.clientId.length > 0, 'a client-credentials account needs a client ID');
export type AccountRecord = z.infer<typeof accountRecordSchema>;

const { shape } = settingsSchema;
/** Settings as stored: every field defaults, so files written by older versions still open. */
const storedSettingsSchema = z.object({
  weakProtectionOptIn: z.boolean().default(false),
  clipboardClearSeconds: shape.clipboardClearSeconds.default(defaultSettings.clipboardClearSeconds),
  checkIntervalMinutes: shape.checkIntervalMinutes.default(defaultSettings.checkIntervalMinutes),
  renewWindowDays: shape.renewWindowDays.default(defaultSettings.renewWindowDays),
  notifications: shape.notifications.default(defaultSettings.notifications),
  launchAtLogin: shape.launchAtLogin.default(defaultSettings.launchAtLogin),
  startHidden: shape.startHidden.default(defaultSettings.startHidden),
  /** Absent until the user chooses: the platform's default applies (see AccountServiceDeps.keepInTrayDefault). */
  keepInTray: shape.keepInTray.optional(),
  lowCreditThreshold: shape.lowCreditThreshold.default(defaultSettings.lowCreditThreshold),
});

/** A character outside the base64 alphabet and its padding, or padding before the end or longer than two. */
const notBase64 = /[^A-Za-z0-9+/=]/;
const misplacedPadding = /=[^=]|={3}/;
/**
 * Base64 text: what `^[A-Za-z0-9+/]*={0,2}$` matches, as two scans for a wrong character, which take an eighth of that
 * pattern's time (2,000 ciphertexts, ~1 MB, are checked at every start).
 */
export const isBase64Text = (text: string): boolean => !notBase64.test(text) && !misplacedPadding.test(text);
const base64 = z.string().refine(isBase64Text, 'Not base64 text.');

/** Protection levels that can seal a secret, weakest first. */
export const sealLevels = ['weak', 'strong'] as const;
export type SealLevel = (typeof sealLevels)[number];

export const vaultDocumentSchema = z.object({
  version: z.literal(1),
  accounts: z.array(accountRecordSchema),
  /** service → account → base64 ciphertext, as written by the keytar-compatible vault. */
  secrets: z.record(z.string(), z.record(z.string(), base64)),
  settings: storedSettingsSchema,
  /** True once the app has said that closing the window keeps it running in the tray. */
  closeHintShown: z.boolean().default(false),
  /** The strongest protection that ever sealed a secret in this file; nothing is sealed under less. Absent until the first seal. */
  protectionFloor: z.enum(sealLevels).optional(),
  /** 'bound' once every secret is sealed with its account binding (seal-envelope.ts); absent in files written before, which are migrated once. */
  seals: z.literal('bound').optional(),
  /** Counts the writes of this file; the generation marker beside it vouches for the current one (generation-guard.ts). Absent in files written before. */
  generation: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
});
export type VaultDocument = z.infer<typeof vaultDocumentSchema>;

const { keepInTray: _platformChooses, ...storedDefaults } = defaultSettings;

export const emptyVaultDocument: VaultDocument = {
  version: 1,
  accounts: [],
  secrets: {},
  settings: { ...storedDefaults, weakProtectionOptIn: false },
  closeHintShown: false,
  seals: 'bound',
};
