// Finds the account a command line names: an exact id, an exact label, or an unambiguous prefix of either. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import { CliFailure } from './cli-failure';

const describe = (view: AccountView): string => `"${view.label}" (${view.id})`;

function exactlyOne(matches: readonly AccountView[]): AccountView | null {
  const [first] = matches;
  if (first === undefined) return null;
  if (matches.length === 1) return first;
  throw new CliFailure('ambiguous-account', `It matches ${matches.slice(0, 10).map(describe).join(', ')}.`);
}

/** Throws `unknown-account`, or `ambiguous-account` naming the matches (labels and ids; never a secret). */
export function selectAccount(accounts: readonly AccountView[], selector: string): AccountView {
  const byId = accounts.find((view) => view.id === selector);
  if (byId !== undefined) return byId;
  const byLabel = exactlyOne(accounts.filter((view) => view.label === selector));
  if (byLabel !== null) return byLabel;
  const lower = selector.toLowerCase();
  const byPrefix = exactlyOne(
    accounts.filter((view) => view.id.startsWith(lower) || view.label.toLowerCase().startsWith(lower)),
  );
  if (byPrefix !== null) return byPrefix;
  throw new CliFailure('unknown-account', `Nothing is called "${selector}"; \`akool-vault list\` shows the accounts.`);
}
