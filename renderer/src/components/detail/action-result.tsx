// The result of one action, shown beside the button that started it ("Check finished.", "Token renewed", or why it failed as an alert); a polite live region that stays mounted so each new result is announced. Must not import the vault API.

export type Outcome<Action extends string> = { action: Action; tone: 'done' | 'error'; text: string };

type Props<Action extends string> = { outcome: Outcome<Action> | null; testId: string };

export function ActionResult<Action extends string>({ outcome, testId }: Props<Action>) {
  return (
    <span className="action-result" aria-live="polite" data-testid={testId} data-action={outcome?.action}>
      {outcome?.tone === 'done' && outcome.text}
      {outcome?.tone === 'error' && (
        <span role="alert" className="error">
          {outcome.text}
        </span>
      )}
    </span>
  );
}
