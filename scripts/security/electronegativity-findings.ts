// Reads Electronegativity's scan result as untrusted data and judges it against the reviewed allowlist. Must not import main/ or run the scanner.
import { z } from 'zod';

export const blockingSeverities = ['HIGH', 'MEDIUM'] as const;

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  /** Relative to the scanned folder, e.g. main/index.js; "N/A" for project-wide findings. */
  file: string;
  line: number;
  /** The trimmed source line the finding points at: stable across rebuilds, unlike the line number. */
  sample: string;
}

export interface ScanResult {
  findings: Finding[];
  /** Files the scanner could not parse: each one is a file it did not check. */
  parseErrors: string[];
}

const issueSchema = z.object({
  id: z.string(),
  file: z.string(),
  severity: z.object({ name: z.string() }),
  confidence: z.object({ name: z.string() }),
  location: z.object({ line: z.number() }).optional(),
  sample: z.string().optional(),
});

const resultSchema = z.object({
  issues: z.array(issueSchema),
  errors: z.array(z.object({ file: z.string(), tolerable: z.boolean() })),
});

/** The scanner's `run()` result, or an error naming what was not in the expected shape. */
export function readScanResult(raw: unknown): ScanResult {
  const parsed = resultSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Electronegativity returned an unexpected result: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  return {
    findings: parsed.data.issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location?.line ?? 0,
      sample: issue.sample ?? '',
    })),
    parseErrors: parsed.data.errors.filter((error) => !error.tolerable).map((error) => error.file),
  };
}

const allowlistSchema = z.array(
  z.strictObject({
    check: z.string().min(1),
    file: z.string().min(1),
    sample: z.string().min(1),
    reason: z.string().min(40, 'every allowlist entry needs a reason a reviewer can check'),
  }),
);
export type AllowlistEntry = z.infer<typeof allowlistSchema>[number];

export function readAllowlist(raw: unknown): AllowlistEntry[] {
  const parsed = allowlistSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`The Electronegativity allowlist is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown'}`);
  }
  return parsed.data;
}

export interface Verdict {
  /** HIGH or MEDIUM findings no allowlist entry covers: each one fails the run. */
  blocking: Finding[];
  allowed: Array<{ finding: Finding; entry: AllowlistEntry }>;
  /** LOW and INFORMATIONAL findings: reported, never failing. */
  reported: Finding[];
  /** Entries that matched nothing: they fail the run too, so the list only holds live, reviewed exceptions. */
  stale: AllowlistEntry[];
}

const covers = (entry: AllowlistEntry, finding: Finding): boolean =>
  entry.check === finding.check && entry.file === finding.file && entry.sample === finding.sample;

export function judgeFindings(findings: readonly Finding[], allowlist: readonly AllowlistEntry[]): Verdict {
  const verdict: Verdict = { blocking: [], allowed: [], reported: [], stale: [] };
  const used = new Set<AllowlistEntry>();
  for (const finding of findings) {
    if (!blockingSeverities.some((severity) => severity === finding.severity)) {
      verdict.reported.push(finding);
      continue;
    }
    const entry = allowlist.find((candidate) => covers(candidate, finding));
    if (entry === undefined) {
      verdict.blocking.push(finding);
    } else {
      used.add(entry);
      verdict.allowed.push({ finding, entry });
    }
  }
  verdict.stale = allowlist.filter((entry) => !used.has(entry));
  return verdict;
}
