// Akool's published answer codes mapped to our statuses and our own words, in one table. Must not import electron or node:*.
//
// Where each code comes from (checked 2026-11-29 with the project's doc search):
// - docs.akool.com/ai-tools-suite/error-code (Akool's error table): 1005 "Frequent operation", 1006 "Insufficient
//   quota balance", 1101 "Illegal token", 1102 "token cannot be empty", 1103 "Not paid or payment is overdue",
//   1104 "Insufficient credit balance", 1109 "account not exist", 1200 "Account blocked".
// - docs.akool.com/ai-tools-suite/faceswap (a docs page, not the table): 1005 "Operation is too frequent",
//   1006 "Your quota is not enough".
// - 1213 and 1221 (subscription required): only from issue 11's reading of the error table; the stored copy of the
//   table we could search is cut off before 1213, so they are NOT confirmed here. Their meaning is ours until checked.
// Our texts never repeat Akool's msg: the caller adds a redacted msg if it wants one. The 1101, 1102 and 1200
// sentences are word for word those of response.ts today, so moving to this table changes no visible text.

/** Akool's code for success; classifyCode answers `success` for it. */
export const akoolSuccessCode = 1000;

/** What the credentials sent were: the clientId/clientSecret pair, a bearer token, or an API key (x-api-key). */
export type CodeSubject = 'credentials' | 'token' | 'api-key';

/** The statuses an Akool code can put an account in. */
export type CodeStatus = 'invalid' | 'banned' | 'payment-overdue' | 'out-of-credit' | 'subscription-needed';

/** 'alert': the account cannot work until a person acts; 'attention': it works again once something is bought. */
export type CodeSeverity = 'alert' | 'attention';

export type CodeClass =
  | { kind: 'success'; code: number }
  | { kind: 'status'; code: number; status: CodeStatus; severity: CodeSeverity; text: string; whatToDo: string }
  /** Back off like HTTP 429; never a status change on its own. */
  | { kind: 'transient'; code: number; text: string }
  | { kind: 'other'; code: number; text: string };

interface StatusRow {
  status: CodeStatus;
  /** Our sentence for this code, given how the subject is named ("the API key"). */
  text: (what: string, code: number) => string;
}

const subjectNames: Readonly<Record<CodeSubject, string>> = {
  credentials: 'the clientId/clientSecret',
  token: 'the token',
  'api-key': 'the API key',
};

/** The one table: every Akool code that changes an account's status. */
const statusRows: ReadonlyMap<number, StatusRow> = new Map<number, StatusRow>([
  [1101, { status: 'invalid', text: (what, code) => `Akool rejected ${what} as invalid or expired (code ${code}).` }],
  [1102, { status: 'invalid', text: (what, code) => `Akool reports that ${what} was missing (code ${code}).` }],
  [1109, { status: 'invalid', text: (what, code) => `Akool has no account for ${what} (code ${code}).` }],
  [1200, { status: 'banned', text: (_, code) => `Akool reports this account as banned (code ${code}).` }],
  [1103, { status: 'payment-overdue', text: (_, code) => `Akool reports a payment pending or overdue (code ${code}).` }],
  [1006, { status: 'out-of-credit', text: (_, code) => `Akool reports not enough credit for this (code ${code}).` }],
  [1104, { status: 'out-of-credit', text: (_, code) => `Akool reports not enough credit for this (code ${code}).` }],
  [1213, { status: 'subscription-needed', text: (_, code) => `Akool says this needs a subscription (code ${code}).` }],
  [1221, { status: 'subscription-needed', text: (_, code) => `Akool says this needs a subscription (code ${code}).` }],
]);

/** Codes that mean "slow down": Akool's 1005, too many requests. */
const transientCodes: ReadonlySet<number> = new Set([1005]);

/** How serious each status is, and one sentence on what a person can do about it. */
export const statusAdvice: Readonly<Record<CodeStatus, { severity: CodeSeverity; whatToDo: string }>> = {
  invalid: {
    severity: 'alert',
    whatToDo: "Create new API credentials on Akool's API Credentials page and replace them here.",
  },
  banned: { severity: 'alert', whatToDo: 'Contact Akool support: only Akool can lift a ban.' },
  'payment-overdue': { severity: 'alert', whatToDo: "Settle the pending payment in your Akool account's billing page." },
  'out-of-credit': { severity: 'attention', whatToDo: 'Buy more credit or upgrade your plan in your Akool account.' },
  'subscription-needed': {
    severity: 'attention',
    whatToDo: 'Subscribe to, or renew, an Akool plan that includes this API.',
  },
};

/** Every code the table knows, success and transient ones included: for tests and the sandbox. */
export const knownAkoolCodes: readonly number[] = [akoolSuccessCode, ...transientCodes, ...statusRows.keys()];

/** Classifies Akool's numeric `code` for a call made with `subject`; any code outside the table is `other`. */
export function classifyCode(code: number, subject: CodeSubject): CodeClass {
  if (!Number.isSafeInteger(code)) return { kind: 'other', code, text: 'Akool answered an unreadable code.' };
  if (code === akoolSuccessCode) return { kind: 'success', code };
  if (transientCodes.has(code)) {
    return { kind: 'transient', code, text: `Akool asked to slow down: too many requests (code ${code}).` };
  }
  const row = statusRows.get(code);
  if (row === undefined) return { kind: 'other', code, text: `Akool answered code ${code}.` };
  const { severity, whatToDo } = statusAdvice[row.status];
  return { kind: 'status', code, status: row.status, severity, text: row.text(subjectNames[subject], code), whatToDo };
}
