// The root component: loads the vault state, follows focusAccount requests, and shows loading, a load failure, or the vault screen. Must not touch window.vault except through api.ts.
import { useFocusAccount } from '../use-focus-account';
import { useVaultState } from '../use-vault-state';
import { LoadFailed } from './load-failed';
import { VaultScreen } from './vault-screen';

export function App() {
  const { load, retry, updates } = useVaultState();
  useFocusAccount(load.phase === 'ready' ? load.state.accounts : null);
  return (
    <div className="app">
      <header className="app-header">
        <h1>akool-vault</h1>
        <p className="tagline">Akool OpenAPI credentials, kept on this computer.</p>
      </header>
      <main className="app-main">
        {load.phase === 'loading' && <p role="status">Loading accounts…</p>}
        {load.phase === 'failed' && <LoadFailed error={load.error} onRetry={retry} />}
        {load.phase === 'ready' && <VaultScreen state={load.state} updates={updates} />}
      </main>
    </div>
  );
}
