// akool-vault's own sentence for each stored problem code, and the code for each failure: the window never shows text from the file as ours. Must not import electron.
import type { AccountKind } from '../../../preload/contract';
import type { AkoolFailure } from '../akool/client';
import { classifyCode } from '../akool/status-codes';
import type { ProblemCode } from '../redaction/stored-problem';
import { recordChangedText } from './account-seals';

const fixedTexts = {
  unreachable: 'Could not reach the Akool API.',
  'bad-response': 'The Akool API gave an answer akool-vault cannot use.',
  'record-changed': recordChangedText,
} as const;

/** Our sentence for `code`; an Akool code is worded for what the account sends (its API key, or its client ID and secret). */
export function problemText(code: ProblemCode, kind: AccountKind): string {
  if (code === 'unreachable' || code === 'bad-response' || code === 'record-changed') return fixedTexts[code];
  const known = classifyCode(Number(code.slice('akool:'.length)), kind === 'api-key' ? 'api-key' : 'credentials');
  // A success code is never stored by akool-vault; one found in the file still reads as our words only.
  return known.kind === 'success' ? `Akool answered code ${known.code}.` : known.text;
}

/** The code stored for a failed check. */
export function problemCodeOf(failure: AkoolFailure): ProblemCode {
  switch (failure.kind) {
    case 'unreachable':
    case 'bad-response':
      return failure.kind;
    case 'banned':
      return 'akool:1200';
    default:
      return `akool:${failure.code}`;
  }
}
