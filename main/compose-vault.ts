// Builds the vault runtime (store, services, monitor, alerts, IPC dispatch, push events) from ports; shared by the app and the harness. Must not import electron.
import { randomUUID } from 'node:crypto';
import { randomToken } from '../cli/channel/proof';
import { join } from 'node:path';
import { events, ipcEvent, type ApprovalView, type EventName, type EventPayload, type VaultState } from '../preload/contract';
import type { ImportRequestView } from '../preload/scan-contract';
import { createAkoolClient } from './core/akool/client';
import { createAccountService } from './core/accounts/account-service';
import { createApprovalQueue } from './core/cli-grants/approval-queue';
import { createCliService, type CliService } from './core/cli-grants/cli-service';
import { refusingWhileLocked } from './core/cli-grants/locked-cli';
import type { InstallCli } from './core/cli-grants/cli-install-port';
import { VaultError } from './core/vault/vault-error';
import { createRunRegistry } from './core/cli-grants/run-registry';
import { noticeWhileHidden } from './core/alerts/waiting-notices';
import { approvalWaitingNotice } from './core/cli-grants/approval-notice';
import { checkAllConcurrency } from './core/accounts/check-all';
import { createChangeBatch } from './core/shared/change-batch';
import { createAlertReview } from './core/alerts/alert-review';
import { clearDelayMs, createClipboardGuard } from './core/clipboard/clipboard-guard';
import { createUserGestureGate } from './core/clipboard/user-gesture';
import { clearSecondsInForce, neverClearConfirmed } from './core/accounts/never-clear';
import { createCloseHint } from './core/tray/close-hint';
import { openDocumentStore } from './core/vault/document-store';
import { openGenerationGuard, type VaultLock } from './core/vault/generation-guard';
import { rollbackText } from './core/vault/rollback-text';
import { createMonitor, type WakeReason } from './core/monitor/monitor';
import type { Cipher, Clipboard, Clock, Http, KeyValueStore, Logger, Notifier, OpenInBrowser } from './core/ports';
import { createGuideOpener } from './core/guides/guide-pages';
import { createRedactingLogger } from './core/redaction/redacting-logger';
import { judgeProtection } from './core/vault/protection-judge';
import { upgradeSeals } from './core/accounts/seal-upgrade';
import { guardSealing } from './core/vault/sealing-guard';
import { createDispatcher } from './ipc/dispatch';
import { startGrantProxy } from './node/proxy/grant-proxy';
import { createHandlers, type VaultFileDesk } from './ipc/handlers';
import { importWaitingNotice } from './core/scan/import-notice';
import { createScanSession } from './core/scan/scan-session';
import type { ScanRequest } from './core/scan/scan-request';
import type { ScanRun } from './core/scan/scan-service';
import { createDotenvFiles } from './node/dotenv-files';
import { createGitRunner } from './node/git-runner';
import { createScanFileSystem } from './node/scan-file-system';

export interface VaultPorts {
  cipher: Cipher;
  store: KeyValueStore;
  /** The generation marker beside the vault file (vault-generation.json): see core/vault/generation-guard.ts. */
  marker: KeyValueStore;
  http: Http;
  clock: Clock;
  clipboard: Clipboard;
  logger: Logger;
  notifier: Notifier;
  /** 0 ≤ r < 1 for retry jitter; Math.random when absent. */
  random?: () => number;
  /** The app's version, named as the tool in SARIF output; 'unversioned' when absent (harness, tests). */
  appVersion?: string;
  /** The keepInTray setting until the user chooses; the contract default when absent. */
  keepInTrayDefault?: boolean;
  /** Whether the person can see the window now; a command-line request raises a notification when not. Hidden when absent. */
  windowVisible?: () => boolean;
  /** How long a command-line request waits for the person; 60 s when absent. */
  approvalTimeoutMs?: number;
  /** Settings › "Install command-line tool"; refused as unavailable when absent. */
  installCli?: InstallCli;
  /** Shows a listed guide in the user's browser (core/guides/guide-pages.ts); refused as unavailable when absent. */
  openInBrowser?: OpenInBrowser;
}

export interface VaultRuntime {
  /** Never throws: resolves with an envelope. */
  dispatch(channel: string, input: unknown): Promise<unknown>;
  /** Push events with their IPC channel and an already validated payload. */
  onEvent(listener: (channel: string, payload: unknown) => void): () => void;
  /** What the window would get from getState, for the tray. */
  state(): VaultState;
  /** Set while the vault file is not the one akool-vault saved last: read only, nothing sent (for the tray). */
  readonly lock: VaultLock | null;
  /** Starts the background monitor: checks every account now, then whenever due. Once; later calls do nothing. */
  start(): void;
  /** 'resume' and 'online' check every account now; 'settings' re-plans (also done on its own after any change). */
  wake(reason: WakeReason): void;
  /** Resolves once no background sweep is running: for tests and benchmarks on a fake clock. */
  whenIdle(): Promise<void>;
  /**
   * A person's input reached the window (Electron's webContents 'input-event', the harness's page transport) or clicked
   * a tray or menu entry: the next copy within a few seconds may run (core/clipboard/user-gesture.ts).
   */
  noteUserInput(): void;
  /** Emits focusAccount so the window shows this account, e.g. after a click on its notification; ignores unknown ids. */
  focusAccount(id: string): void;
  /** True only the first time ever, so the platform says once that closing the window keeps akool-vault in the tray. */
  closeHintDue(): boolean;
  /** The command line's use cases, for the CLI socket server. */
  cli: CliService;
  /** How many command-line requests wait for the person, for the tray. */
  approvalsWaiting(): number;
  /** `akool-vault scan` as the CLI asks it: the run happens here; --import asks the window; only fingerprints come back. */
  scan(request: ScanRequest): Promise<ScanRun>;
  /** Stops the monitor and clears the clipboard if it still holds a token we wrote. */
  dispose(): Promise<void>;
}

export async function composeVault(ports: VaultPorts): Promise<VaultRuntime> {
  const { cipher, clock } = ports;
  const logger = createRedactingLogger(ports.logger);
  const protection = await judgeProtection(cipher);
  // Before anything reads the file: is it the one akool-vault saved last? If not, it is read only and nothing is sent.
  const generations = await openGenerationGuard({ store: ports.store, marker: ports.marker, cipher, logger });
  const documents = guardSealing(openDocumentStore(generations.store, clock, logger, generations), protection, (sealed) => cipher.judgeSeal(sealed));
  // Before any request: migrates pre-binding seals once, re-seals rotated or weak ones, marks records changed outside the app.
  // A locked vault does this once the person accepted its file.
  if (generations.lock === null) await upgradeSeals({ documents, cipher, clock, protection }, logger);
  // The one way out to the network: a locked vault refuses every request before it leaves, whatever asked for it.
  const http: Http = (url, init) => {
    const { lock } = generations;
    return lock === null ? ports.http(url, init) : Promise.reject(new VaultError('vault-rolled-back', rollbackText(lock.reason)));
  };
  const listeners = new Set<(channel: string, payload: unknown) => void>();
  const emit = <K extends EventName>(name: K, payload: EventPayload<K>): void => {
    const parsed = events[name].parse(payload);
    listeners.forEach((listener) => listener(ipcEvent(name), parsed));
  };
  // A "never" in the file counts only with its sealed confirmation (never-clear.ts): otherwise the default delay applies.
  const clearing = { neverConfirmed: await neverClearConfirmed(cipher, documents.current()) };
  const clipboardGuard = createClipboardGuard({
    clipboard: ports.clipboard,
    clock,
    clearAfterMs: () => clearDelayMs(clearSecondsInForce(documents.current().settings.clipboardClearSeconds, clearing.neverConfirmed)),
    onCleared: (reason) => emit('clipboardCleared', { reason }),
    logger,
  });
  const accounts = createAccountService({
    client: createAkoolClient({ http }),
    documents,
    cipher,
    clock,
    protection,
    clipboardGuard,
    clearing,
    newId: randomUUID,
    keepInTrayDefault: ports.keepInTrayDefault,
  });
  const monitor = createMonitor({
    accounts,
    documents,
    clock,
    random: ports.random ?? Math.random,
    logger,
    concurrency: checkAllConcurrency,
    afterSweep: () => settle(),
  });
  const reviewAlerts = createAlertReview({ documents, notifier: ports.notifier, clock, logger });
  const changes = createChangeBatch(clock, () => {
    try {
      reviewAlerts();
      monitor.replan();
      emit('accountsChanged', accounts.state());
    } catch (error) {
      logger.error('reacting to an account change failed', { error: error instanceof Error ? error.name : typeof error });
    }
  });
  accounts.onChange(changes.changed);
  /** Makes everything a request or a sweep changed visible and saved before it counts as done. */
  const settle = (): void => {
    changes.flush();
    documents.flush();
  };
  const gestures = createUserGestureGate(clock);
  const approvals = createApprovalQueue({ clock, newId: randomUUID, timeoutMs: ports.approvalTimeoutMs });
  const runs = createRunRegistry({ clock, newId: randomUUID });
  const announceApprovals = noticeWhileHidden((approval: ApprovalView) => approval.id, approvalWaitingNotice, ports);
  approvals.onChange((pending) => {
    emit('approvalsChanged', { approvals: pending });
    announceApprovals(pending);
  });
  runs.onChange((id) => emit('runsChanged', { id }));
  // A locked vault hands out nothing on the command line either, and asks nobody.
  const cli = refusingWhileLocked(
    createCliService({
      accounts,
      approvals,
      runs,
      startProxy: startGrantProxy,
      newStandIn: randomToken,
      clock,
      logger,
      scan: async (request, session) => {
        const run = await scan.run(request, session);
        settle();
        return run;
      },
    }),
    generations,
  );
  const installCli: InstallCli =
    ports.installCli ?? (() => Promise.reject(new VaultError('internal', 'The command-line tool cannot be installed from here.')));
    const client = createAkoolClient({ http });
  const announceImports = noticeWhileHidden((request: ImportRequestView) => request.requestId, importWaitingNotice, ports);
  const scan = createScanSession({
    host: { fileSystem: createScanFileSystem(), git: createGitRunner(), join },
    client,
    accounts,
    dotenvFiles: createDotenvFiles(),
    toolVersion: ports.appVersion ?? 'unversioned',
    clock,
    newId: randomUUID,
    showImports: (requests) => {
      emit('scanImportsChanged', { requests });
      announceImports(requests);
    },
  });
  let monitorStarted = false;
  /** Settings' "Accept this vault file": the file on disk becomes the current one; then what a start does runs now. */
  const vaultFile: VaultFileDesk = {
    accept: async () => {
      if (generations.lock === null) return accounts.state();
      try {
        generations.accept();
      } catch {
        throw new VaultError('storage-failed', 'The vault file could not be accepted: it cannot be read as a vault, or could not be saved. Nothing was changed.');
      }
      await upgradeSeals({ documents, cipher, clock, protection }, logger);
      if (monitorStarted) monitor.wake('start');
      changes.changed();
      return accounts.state();
    },
  };
  const openInBrowser: OpenInBrowser =
    ports.openInBrowser ?? (() => Promise.reject(new Error('no browser here')));
  const openGuide = createGuideOpener(openInBrowser);
  const dispatch = createDispatcher(createHandlers(accounts, { approvals, runs, installCli }, gestures, scan, vaultFile, openGuide), logger);
  return {
    dispatch: async (channel, input) => {
      const envelope = await dispatch(channel, input);
      settle();
      return envelope;
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    state: () => accounts.state(),
    noteUserInput: () => gestures.noteInput(),
    get lock() {
      return generations.lock;
    },
    // A locked vault checks nothing in the background (every check would be refused): the monitor starts once it is accepted.
    start: () => {
      monitorStarted = true;
      if (generations.lock === null) monitor.wake('start');
    },
    wake: (reason) => {
      if (generations.lock === null) monitor.wake(reason);
    },
    whenIdle: async () => {
      await monitor.whenIdle();
      settle();
    },
    focusAccount: (id) => {
      if (documents.current().accounts.some((record) => record.id === id)) emit('focusAccount', { id });
    },
    closeHintDue: createCloseHint(documents, logger),
    cli,
    approvalsWaiting: () => approvals.pending().length,
    scan: async (request) => {
      const run = await scan.run(request);
      settle();
      return run;
    },
    dispose: async () => {
      scan.dispose();
      monitor.stop();
      // A removal still inside its undo window is final on quit: its secrets go with it.
      accounts.commitRemovals();
      settle();
      await clipboardGuard.clear('quit');
    },
  };
}
