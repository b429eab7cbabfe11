// Cuts server text out of a problem stored by older versions, keeping akool-vault's own sentence for the code. Must not import electron or node:*.

/** Older versions appended the server's msg after this, to our own sentence for codes 1101, 1102 and 1200. */
const saidMarker = ' Akool said: ';
/** Older versions wrote `Akool answered code <n>: <msg>` for any other code. */
const answeredWithText = /^Akool answered code -?\d{1,15}:/;
/** Older versions stored at most our sentence and a 200-character excerpt; anything longer is not looked at. */
const maxStoredLength = 600;
const maxOwnTextLength = 400;

/**
 * The stored problem without any server text: what follows ` Akool said: ` is dropped, and `Akool answered code n: msg`
 * becomes `Akool answered code n.`. Idempotent: text akool-vault writes now passes unchanged. Null stays null.
 */
export function ownProblemText(stored: string | null): string | null {
  if (stored === null || stored.length > maxStoredLength) return null;
  const at = stored.indexOf(saidMarker);
  const sentence = at === -1 ? stored : stored.slice(0, at);
  if (answeredWithText.test(sentence.slice(0, 64))) return `${sentence.slice(0, sentence.indexOf(':'))}.`;
  return sentence.length > maxOwnTextLength ? null : sentence;
}
