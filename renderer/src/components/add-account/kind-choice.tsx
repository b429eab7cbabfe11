// The add sheet's choice of how the account signs in, as a segmented control of two radios: API key (Akool's recommended method, the default) or client ID + secret. Must not import the vault API.
import { useId } from 'react';
import type { AccountKind } from '../../../../preload/contract';

type Props = { kind: AccountKind; onChange(kind: AccountKind): void };

const choices: readonly { kind: AccountKind; text: string }[] = [
  { kind: 'api-key', text: 'API key (recommended by Akool)' },
  { kind: 'client-credentials', text: 'Client ID + secret (legacy: exchanges for a bearer token)' },
];

export function KindChoice({ kind, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="kind-choice" data-testid="kind-choice">
      <legend>Sign in with</legend>
      <div className="segments">
        {choices.map((choice) => (
          <label key={choice.kind} className="segment">
            <input
              type="radio"
              name={name}
              value={choice.kind}
              checked={kind === choice.kind}
              onChange={() => onChange(choice.kind)}
            />
            <span>{choice.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
