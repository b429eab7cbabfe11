// The scan's part of the IPC contract: channels to scan a folder and import what it found, the CLI-import approvals waiting; fingerprints only, never a value. Imports zod only.
import { z } from 'zod';

// Built before contract.ts's own call runs (imports evaluate first), so this module turns zod's eval fast path off itself.
z.config({ jitless: true });

const fingerprint = z.string().regex(/^[0-9a-f]{8}$/);
const isControlChar = (char: string): boolean => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f;
const noControlChars = (value: string): boolean => ![...value].some(isControlChar);
const text = (max: number) => z.string().max(max).refine(noControlChars, 'must not contain control characters');

export const scanKinds = ['client-secret', 'api-key', 'client-id', 'token', 'storage-write'] as const;
export const scanExposures = ['client-bundle', 'client-env', 'history', 'committed', 'local'] as const;
export const scanVerifications = ['live', 'rejected', 'banned', 'unreachable'] as const;
export const scanSkipReasons = ['node_modules', 'binary', 'too-large', 'unreadable', 'history-truncated', 'history-timed-out', 'not-a-git-repository'] as const;

/** What one scan view may hold; main cuts to these (scan-view.ts) and says how many it left out. */
export const scanViewLimits = { findings: 10_000, skipped: 100_000, path: 4096, name: 200, offers: 100 } as const;

/** How many `scan --import` approvals may wait at once; scan-session.ts refuses one more. */
export const maxWaitingScanImports = 5;

/** A finding as the window sees it: where, what, how exposed, its fingerprint (empty for a storage write). */
export const scanFindingSchema = z.strictObject({
  file: text(scanViewLimits.path),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  kind: z.enum(scanKinds),
  exposure: z.enum(scanExposures),
  fingerprint: z.union([fingerprint, z.literal('')]),
  name: text(scanViewLimits.name),
  commit: z.string().regex(/^[0-9a-f]{40}$/).optional(),
  verified: z.enum(scanVerifications).optional(),
  inVault: z.boolean().optional(),
});
export type ScanFindingView = z.infer<typeof scanFindingSchema>;

export const scanViewSchema = z.strictObject({
  root: text(scanViewLimits.path),
  findings: z.array(scanFindingSchema).max(scanViewLimits.findings),
  skipped: z.array(z.strictObject({ path: text(scanViewLimits.path), reason: z.enum(scanSkipReasons) })).max(scanViewLimits.skipped),
  filesScanned: z.number().int().nonnegative(),
  /** Findings and skipped paths past the limits, not sent. */
  findingsLeftOut: z.number().int().nonnegative(),
  skippedLeftOut: z.number().int().nonnegative(),
});
export type ScanView = z.infer<typeof scanViewSchema>;

/** One line of the approval dialog for `akool-vault scan --import`. */
export const importOfferSchema = z.strictObject({
  fingerprint,
  kind: z.enum(scanKinds),
  file: text(scanViewLimits.path),
  line: z.number().int().positive(),
  exposure: z.enum(scanExposures),
  suggestedLabel: text(100),
  withClientId: z.boolean(),
});
export type ImportOfferView = z.infer<typeof importOfferSchema>;

/** One `akool-vault scan --import` waiting for the person: the folder and its live findings. */
export const importRequestSchema = z.strictObject({
  requestId: z.uuid(),
  root: text(scanViewLimits.path),
  offers: z.array(importOfferSchema).min(1).max(scanViewLimits.offers),
});
export type ImportRequestView = z.infer<typeof importRequestSchema>;
const waitingImportsSchema = z.strictObject({ requests: z.array(importRequestSchema).max(maxWaitingScanImports) });

const importResultSchema = z.strictObject({
  imported: z.array(z.strictObject({ fingerprint, accountId: z.uuid(), label: z.string() })),
  failed: z.array(z.strictObject({ fingerprint, reason: text(300) })),
});

export const scanChannelDefinitions = {
  /** Scans an absolute folder in main; `verify` sends each candidate to Akool (opt-in). The view replaces any earlier scan's. */
  scanFolder: {
    input: z.strictObject({
      dir: text(4096).min(1),
      history: z.boolean(),
      verify: z.boolean(),
      baseUrl: z.string().trim().max(2048).optional(),
    }),
    output: scanViewSchema,
  },
  /** Imports findings of the last window scan, by fingerprint: the values never left main. */
  importScanFindings: {
    input: z.strictObject({ fingerprints: z.array(fingerprint).min(1).max(100) }),
    output: importResultSchema,
  },
  /** The `scan --import` approvals waiting now, oldest first: what a window opened (or reloaded) after the request shows. */
  getScanImports: { input: z.strictObject({}), output: waitingImportsSchema },
  /** The person's answer to one waiting import: the fingerprints allowed (empty: none). */
  answerScanImport: {
    input: z.strictObject({ requestId: z.uuid(), allowed: z.array(fingerprint).max(100) }),
    output: z.strictObject({ answered: z.boolean() }),
  },
} as const;

export const scanEventDefinitions = {
  /** The `scan --import` approvals waiting changed (one asked, answered or timed out): which live findings become accounts is the person's. */
  scanImportsChanged: waitingImportsSchema,
} as const;
