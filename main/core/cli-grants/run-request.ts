// Use case: `akool-vault run`: approval, then a grant (a stand-in and a loopback proxy, or with --env the real values) for as long as the child runs. Must not import electron.
import type { Caller, Reference, RunMode, RunSummary } from '../../../cli/contract';
import type { AccountView } from '../../../preload/contract';
import { selectAccount } from './account-selector';
import { CliFailure } from './cli-failure';
import type { CliAccounts, CliDeps } from './cli-deps';
import { approve, asCliFailure, refuseBlocked, type CliSession } from './grant-checks';
import { openProxyCredentials } from './proxy-credentials';
import type { GrantProxy } from './proxy-port';
import type { ActiveRun, RunEnd } from './run-registry';

export interface RunRequest {
  readonly account: string;
  readonly mode: RunMode;
  readonly command: readonly string[];
  readonly references: readonly Reference[];
  readonly allowOrigins: readonly string[];
  readonly caller: Caller;
}

export interface RunSession extends CliSession {
  /** The person pressed Stop: the grant is already revoked. */
  onStopped(): void;
}

export interface RunGrant {
  /** What the CLI adds to the child's environment. */
  readonly env: Readonly<Record<string, string>>;
  /** Revokes the grant, reads the credit again and closes the proxy; Stop or the first call decides how the run ended. */
  finish(ended: RunEnd): Promise<RunSummary>;
}

const revokedBecause: Readonly<Record<RunEnd, string>> = {
  exited: 'The command this grant was made for has ended.',
  disconnected: 'The akool-vault command that asked for this grant went away.',
  stopped: 'The run was stopped in the akool-vault window.',
};

interface Referenced {
  readonly reference: Reference;
  readonly view: AccountView;
}

function checkReferences(request: RunRequest, view: AccountView, views: readonly AccountView[]): Referenced[] {
  return request.references.map((reference) => {
    const target = selectAccount(views, reference.account);
    if (request.mode === 'proxy' && target.id !== view.id) {
      throw new CliFailure(
        'not-applicable',
        `${reference.name}: without --env, an env file may refer only to the run's own account ("${view.label}").`,
      );
    }
    refuseBlocked(target);
    if (reference.field === 'token' && target.kind === 'api-key') {
      throw new CliFailure('not-applicable', `${reference.name}: "${target.label}" is an API-key account and has no token.`);
    }
    return { reference, view: target };
  });
}

function checkOrigins(request: RunRequest): void {
  for (const origin of request.allowOrigins) {
    const url = URL.canParse(origin) ? new URL(origin) : null;
    if (request.mode === 'env' || url === null || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
      throw new CliFailure('not-applicable', '--allow-origin takes an origin such as http://localhost:5173, and only without --env.');
    }
  }
}

async function readCredit(accounts: CliAccounts, id: string): Promise<number | null> {
  const outcome = await accounts.probe(id).catch(() => null);
  return outcome?.kind === 'ok' ? outcome.credit : null;
}

/** The real values for --env: the key (and token) of the run's account, and whatever the env file refers to. */
async function realValue(accounts: CliAccounts, view: AccountView, field: Reference['field'] | 'key'): Promise<string> {
  const secret = await accounts.reveal(view.id, field === 'token' ? 'token' : 'key');
  return field === 'base-url' ? secret.baseUrl : secret.value;
}

async function envModeValues(accounts: CliAccounts, view: AccountView, referenced: readonly Referenced[]): Promise<Record<string, string>> {
  const env: Record<string, string> = {
    AKOOL_BASE_URL: await realValue(accounts, view, 'base-url'),
    AKOOL_API_KEY: await realValue(accounts, view, 'key'),
  };
  if (view.kind === 'client-credentials') env['AKOOL_TOKEN'] = await realValue(accounts, view, 'token');
  for (const { reference, view: target } of referenced) {
    env[reference.name] = await realValue(accounts, target, reference.field === 'api-key' ? 'key' : reference.field);
  }
  return env;
}

function proxyModeValues(proxy: GrantProxy, standIn: string, referenced: readonly Referenced[]): Record<string, string> {
  const env: Record<string, string> = { AKOOL_BASE_URL: proxy.baseUrl, AKOOL_API_KEY: standIn, AKOOL_TOKEN: standIn };
  for (const { reference } of referenced) env[reference.name] = reference.field === 'base-url' ? proxy.baseUrl : standIn;
  return env;
}

/** The numbers a proxied answer is counted under. */
const codeOf = (status: number, akoolCode: number | undefined): string => (akoolCode === undefined ? `http ${status}` : String(akoolCode));

export async function grantRun(deps: CliDeps, request: RunRequest, session: RunSession): Promise<RunGrant> {
  const views = deps.accounts.state().accounts;
  const view = selectAccount(views, request.account);
  refuseBlocked(view);
  const referenced = checkReferences(request, view, views);
  checkOrigins(request);
  const others = [...new Map(referenced.filter((entry) => entry.view.id !== view.id).map((entry) => [entry.view.id, entry.view.label])).entries()];
  await approve(
    deps.approvals,
    {
      accountId: view.id,
      accountLabel: view.label,
      alsoAccounts: others.map(([, label]) => label),
      alsoAccountIds: others.map(([id]) => id),
      command: 'run',
      commandLine: [...request.command],
      cwd: request.caller.cwd,
      pid: request.caller.pid,
      ppid: request.caller.ppid,
      mode: request.mode,
      allowOrigins: [...request.allowOrigins],
    },
    session,
  );
  const creditBefore = await readCredit(deps.accounts, view.id);
  let run: ActiveRun | null = null;
  let proxy: GrantProxy | null = null;
  let env: Record<string, string>;
  try {
    if (request.mode === 'proxy') {
      const standIn = deps.newStandIn();
      const credentials = await openProxyCredentials(deps.accounts, view);
      proxy = await deps.startProxy({
        standIn,
        target: credentials.target,
        credential: credentials.credential,
        secrets: credentials.secrets,
        allowOrigins: request.allowOrigins,
        onRequest: ({ method, path, status, akoolCode }) => {
          deps.logger.info('cli proxy request', { account: view.id, method, path, status, akoolCode: akoolCode ?? null });
          run?.count(codeOf(status, akoolCode));
        },
        // The proxy withheld an answer carrying a piece of the secret and revoked the grant: the next grant, which
        // could ask the next guess, must need a person, not an hour's allowance.
        onSecretEchoed: () => {
          deps.approvals.forgetAllowances(view.id);
          deps.logger.warn('cli proxy answer carried a secret; grant revoked', { account: view.id });
        },
      });
      env = proxyModeValues(proxy, standIn, referenced);
    } else {
      env = await envModeValues(deps.accounts, view, referenced);
    }
  } catch (error) {
    await proxy?.close().catch(() => undefined);
    throw asCliFailure(error);
  }
  let concluding: Promise<RunSummary> | null = null;
  /** Revokes the grant and records the run as ended; the first reason given is the one kept. */
  const conclude = (ended: RunEnd): Promise<RunSummary> =>
    (concluding ??= (async () => {
      proxy?.revoke(revokedBecause[ended]);
      const creditAfter = await readCredit(deps.accounts, view.id);
      const creditUsed = creditBefore !== null && creditAfter !== null ? creditBefore - creditAfter : null;
      const requests = started.requests();
      started.end(ended, creditUsed);
      deps.logger.info('cli run ended', { account: view.id, mode: request.mode, ended, creditUsed });
      return { mode: request.mode, requests, creditUsed, ended };
    })());
  const started = deps.runs.start({
    accountId: view.id,
    commandLine: request.command,
    mode: request.mode,
    // The listener stays until the child is gone, so the child's later calls get 401 and the reason rather than nothing.
    onStop: () => {
      proxy?.revoke(revokedBecause.stopped);
      // A stopped child must not take a new grant at once under an hour's allowance.
      deps.approvals.forgetAllowances(view.id);
      session.onStopped();
      void conclude('stopped');
    },
  });
  run = started;
  deps.logger.info('cli run started', { account: view.id, mode: request.mode });
  return {
    env,
    finish: async (ended) => {
      const summary = await conclude(ended);
      await proxy?.close().catch(() => undefined);
      return summary;
    },
  };
}
