// The loaded window: top bar, compact alert lines, filter chips, the account list beside the selected account's detail (one pane below 760 px), the copy toast, and the sheet, settings and help views. Must not touch window.vault except through api.ts.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AccountView, VaultState } from '../../../preload/contract';
import { useShortcuts } from '../keyboard/use-shortcuts';
import { useClipboardStatus } from '../use-clipboard-status';
import { useCopy } from '../use-copy';
import { useFocusAfterRender } from '../use-focus-after-render';
import { useListView } from '../use-list-view';
import type { FocusRequest } from '../use-focus-account';
import { onePaneQuery, useMediaQuery } from '../use-media-query';
import { useNow } from '../use-now';
import type { VaultUpdates } from '../use-vault-state';
import { AccountDetail, detailId } from './detail/account-detail';
import { AccountListbox } from './list/account-listbox';
import { NoticeBanner } from './notice-banner';
import { Overlays, type Overlay } from './overlays';
import { ProtectionBanner } from './protection-banner';
import { BanLine } from './shell/ban-line';
import { ConfirmCopyDialog } from './shell/confirm-copy-dialog';
import { CopyToast } from './shell/copy-toast';
import { FilterBar } from './shell/filter-bar';
import { TopBar } from './shell/top-bar';
import { headerCopyFormat, primaryCopyFormat } from '../copy-formats';
import { undoRemove } from '../api';
import { describeError } from '../error-text';
import { messageVisibleMs, type StatusMessage } from '../status-message';
import type { PanelRequest } from './detail/panel-request';

type Props = { state: VaultState; updates: VaultUpdates; focus: { request: FocusRequest | null; done(): void } };

export const listId = 'account-list';

export function VaultScreen({ state, updates, focus }: Props) {
  const now = useNow();
  const onePane = useMediaQuery(onePaneQuery);
  const { clipboard, markCopied, markEnded } = useClipboardStatus();
  const focusSoon = useFocusAfterRender();
  const list = useRef<HTMLDivElement | null>(null);
  const search = useRef<HTMLInputElement | null>(null);
  const { copy: copyNow, question, failure } = useCopy(markCopied, () => list.current);
  // The status strip shows the newest of a copy and a message: a new copy replaces the message.
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const say = useCallback((next: Omit<StatusMessage, 'serial'>): void => {
    setMessage((last) => ({ ...next, serial: (last?.serial ?? 0) + 1 }));
  }, []);
  const copy: typeof copyNow = useCallback(
    (account, format) => {
      setMessage(null);
      return copyNow(account, format);
    },
    [copyNow],
  );
  const [panelRequest, setPanelRequest] = useState<PanelRequest | null>(null);
  const [detailOpen, setDetailOpen] = useState(false);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const opener = useRef<Element | null>(null);
  const { accounts, settings } = state;
  const view = useListView(accounts, settings, now);
  const { query, filter, sort, shown, counts, active, setQuery, setFilter, setSort, setActiveId } = view;
  const showDetail = active !== null && (!onePane || detailOpen);
  const shownIds = useMemo(() => shown.map((account) => account.id), [shown]);

  const focusList = useCallback((): void => focusSoon(() => list.current ?? search.current), [focusSoon]);
  const focusDetail = (): void =>
    focusSoon(() => document.querySelector<HTMLElement>(`#${detailId} .split-button > button`));

  const open = (id: string, via: 'keyboard' | 'pointer'): void => {
    setActiveId(id);
    if (onePane || via === 'keyboard') setDetailOpen(true);
    if (via === 'keyboard') focusDetail();
  };
  const back = (): void => {
    setDetailOpen(false);
    focusList();
  };

  const openOverlay = (which: Overlay): void => {
    opener.current = document.activeElement;
    setOverlay(which);
  };
  const closeOverlay = (): void => {
    setOverlay(null);
    const target = opener.current;
    // An empty vault has neither list nor search: the top bar's Add account is what is left to focus.
    const fallback = (): HTMLElement | null =>
      list.current ?? search.current ?? document.querySelector<HTMLElement>('.top-bar button.primary');
    focusSoon(() => (target instanceof HTMLElement && target.isConnected ? target : fallback()));
  };

  // At launch the keyboard starts in the list (or in search, or on Add when there is no list), never on the page.
  useEffect(() => {
    focusSoon(() => list.current ?? search.current ?? document.querySelector<HTMLElement>('.first-run-main button'));
  }, []);

  // A notification click: show that account whatever the search and filter, and put focus on it.
  const { request, done } = focus;
  const { reveal } = view;
  useEffect(() => {
    if (request === null || !accounts.some((account) => account.id === request.id)) return;
    reveal(request.id);
    setOverlay(null);
    setDetailOpen(true);
    focusSoon(() => document.getElementById(detailId));
    done();
  }, [request, accounts, done, reveal, focusSoon]);

  const settingsOpen = overlay === 'settings';
  useShortcuts(overlay === null && question === null, (action) => {
    if (action === 'search') {
      if (onePane) setDetailOpen(false);
      search.current?.focus();
      search.current?.select();
    } else if (action === 'add') openOverlay('add');
    else if (action === 'settings') openOverlay('settings');
    else if (action === 'help') openOverlay('help');
    else if (action === 'copy' || action === 'copy-header') {
      if (active === null) return false;
      void copy(active, action === 'copy' ? primaryCopyFormat(active.kind) : headerCopyFormat(active.kind));
    } else if (action === 'rename' || action === 'remove') {
      if (active === null || settingsOpen) return false;
      setDetailOpen(true);
      setPanelRequest((last) => ({ panel: action, accountId: active.id, serial: (last?.serial ?? 0) + 1 }));
    }
    return true;
  });

  const showBanned = (): void => {
    setQuery('');
    setFilter('banned');
    setDetailOpen(false);
    focusList();
  };

  const detailHandlers = {
    onChanged: updates.putAccount,
    onRemoved: (removed: AccountView, undoUntil: string): void => {
      updates.dropAccount(removed.id);
      setActiveId(null);
      setDetailOpen(false);
      focusList();
      say({
        text: `Removed “${removed.label}”.`,
        tone: 'info',
        visibleMs: Math.max(0, Date.parse(undoUntil) - Date.now()),
        action: { label: 'Undo', run: () => void undo(removed) },
      });
    },
    onCopy: copy,
    onBack: onePane ? back : null,
  };

  async function undo(removed: AccountView): Promise<void> {
    const result = await undoRemove(removed.id);
    if (!result.ok) {
      say({ text: `Could not undo: ${describeError(result.error)}`, tone: 'error', visibleMs: messageVisibleMs });
      return;
    }
    updates.putAccount(result.data);
    reveal(result.data.id);
    say({ text: `Restored “${result.data.label}”.`, tone: 'info', visibleMs: messageVisibleMs });
    focusList();
  }

  /** Shows a stored account whatever the search and filter, closing the sheet that asked for it. */
  const showAccount = (id: string): void => {
    reveal(id);
    setDetailOpen(true);
    setOverlay(null);
    focusDetail();
  };
  const onAdded = (account: AccountView): void => {
    updates.putAccount(account);
    showAccount(account.id);
  };

  const modalOpen = (overlay !== null && !settingsOpen) || question !== null;

  return (
    <div className={`shell${onePane ? ' one-pane' : ''}`}>
      <div className="shell-body" inert={modalOpen}>
        {!settingsOpen && (
          <a
            className="skip-link"
            href={`#${listId}`}
            onClick={(event) => {
              // In one pane the list is hidden while an account is open: go back to it first.
              event.preventDefault();
              setDetailOpen(false);
              focusList();
            }}
          >
            Skip to the account list
          </a>
        )}
        {settingsOpen ? (
          <div className="settings-scroll">
            <Overlays.Settings state={state} updates={updates} onClose={closeOverlay} />
          </div>
        ) : (
          <>
            <TopBar
              empty={accounts.length === 0}
              query={query}
              searchRef={search}
              onQuery={(next) => {
                setQuery(next);
                setDetailOpen(false);
              }}
              onToList={focusList}
              onAdd={() => openOverlay('add')}
              onSettings={() => openOverlay('settings')}
              onHelp={() => openOverlay('help')}
            />
            <div className="lines">
              <ProtectionBanner protection={state.protection} onChanged={updates.putProtection} />
              <NoticeBanner
                notice={state.notice}
                locked={state.locked}
                onAccepted={(accepted) => {
                  updates.putState(accepted);
                  // The notice and its focused button go away: focus goes to the list, not to the page body.
                  focusList();
                }}
              />
              <BanLine accounts={accounts} onShow={showBanned} />
            </div>
            {accounts.length === 0 ? (
              <main className="first-run-main">
                <Overlays.FirstRun />
              </main>
            ) : (
              <main className={`workspace${showDetail ? ' detail-open' : ''}`}>
                <section
                  className="list-pane"
                  aria-label="Accounts"
                  onKeyDown={(event) => {
                    // Esc in the list clears the search, as the help overlay says.
                    if (event.key !== 'Escape' || event.defaultPrevented || event.target !== list.current || query === '') return;
                    event.preventDefault();
                    setQuery('');
                  }}
                >
                  <FilterBar
                    filter={filter}
                    counts={counts}
                    sort={sort}
                    checkScope={{ ids: shownIds, everything: shown.length === accounts.length }}
                    onChecked={(text, tone) => say({ text, tone, visibleMs: messageVisibleMs })}
                    onFilter={(next) => {
                      setFilter(next);
                      setDetailOpen(false);
                    }}
                    onSort={setSort}
                  />
                  {shown.length === 0 ? (
                    <p className="list-empty" role="status">
                      No account matches{query === '' ? ' this filter' : ` “${query}”`}.
                    </p>
                  ) : null}
                  <AccountListbox
                    id={listId}
                    ref={list}
                    label={`Accounts, ${shown.length} shown`}
                    accounts={shown}
                    activeId={active?.id ?? null}
                    policy={settings}
                    now={now}
                    onActivate={setActiveId}
                    onOpen={open}
                    onCopy={(account) => void copy(account, primaryCopyFormat(account.kind))}
                  />
                </section>
                {showDetail && active !== null && (
                  <section
                    className="detail-pane"
                    aria-label="Account details"
                    onKeyDown={(event) => {
                      if (event.key !== 'Escape' || event.defaultPrevented) return;
                      event.preventDefault();
                      back();
                    }}
                  >
                    <AccountDetail
                      key={active.id}
                      account={active}
                      policy={settings}
                      now={now}
                      handlers={detailHandlers}
                      panelRequest={panelRequest}
                      onPanelOpened={() => setPanelRequest(null)}
                    />
                  </section>
                )}
              </main>
            )}
          </>
        )}
        <CopyToast clipboard={clipboard} failure={failure} onEnded={markEnded} onFocusLost={focusList} message={message} />
      </div>
      <Overlays.Modal
        overlay={overlay}
        state={state}
        updates={updates}
        onAdded={onAdded}
        onOpenAccount={showAccount}
        onClose={closeOverlay}
      />
      {question !== null && (
        <ConfirmCopyDialog
          account={question.account}
          format={question.format}
          onAnswer={question.answer}
        />
      )}
    </div>
  );
}
