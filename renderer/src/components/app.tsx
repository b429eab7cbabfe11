// The root component: loads the vault state, keeps focusAccount requests, and shows loading, a load failure, or the vault window. Must not touch window.vault except through api.ts.
import { ApprovalDialog } from '../approval/approval-dialog';
import { useFocusAccount } from '../use-focus-account';
import { useVaultState } from '../use-vault-state';
import { LoadFailed } from './load-failed';
import { VaultScreen } from './vault-screen';
import { ImportApproval } from '../scan/import-approval';

export function App() {
  const { load, retry, updates } = useVaultState();
  const focus = useFocusAccount();
  if (load.phase === 'ready') {
    return (
      <>
        <VaultScreen state={load.state} updates={updates} focus={focus} />
        <ApprovalDialog />
        <ImportApproval />
      </>
    );
  }
  return (
    <main className="app-loading">
      <h1 className="brand">akool-vault</h1>
      {load.phase === 'loading' && <p role="status">Loading accounts…</p>}
      {load.phase === 'failed' && <LoadFailed error={load.error} onRetry={retry} />}
    </main>
  );
}
