// Shows the vault's one-off notice (e.g. a store file moved aside) until the user dismisses it. Must not import the vault API.
import { useState } from 'react';

export function NoticeBanner({ notice }: { notice: string | null }) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (notice === null || notice === dismissed) return null;
  return (
    <div className="line line-info" role="status" data-testid="notice">
      <p>{notice}</p>
      <button type="button" onClick={() => setDismissed(notice)}>
        Dismiss notice
      </button>
    </div>
  );
}
