// What the account list shows before the first account exists. Must not import the vault API.
export function EmptyState() {
  return (
    <div className="empty-state">
      <p>No accounts yet.</p>
      <p>Add your first Akool API account with the “Add an account” form: its client secret stays on this computer.</p>
    </div>
  );
}
