// The dialog that asks the person about the oldest waiting command-line request; its panel loads when the first request arrives (the first paint needs none). Shows no secret: the request carries none.
import { lazy, Suspense } from 'react';
import { useApprovals } from './use-approvals';

const ApprovalPanel = lazy(() => import('./approval-panel').then((module) => ({ default: module.ApprovalPanel })));

/** Mounted once at the top of the window; shows nothing while no request waits. */
export function ApprovalDialog() {
  const approvals = useApprovals();
  const [first] = approvals;
  if (first === undefined) return null;
  return (
    <Suspense fallback={null}>
      <ApprovalPanel key={first.id} approval={first} more={approvals.length - 1} />
    </Suspense>
  );
}
