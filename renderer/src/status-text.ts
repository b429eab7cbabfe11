// The words shown for each account status, so status never depends on colour alone. Must not import React.
import type { AccountStatus } from '../../preload/contract';

export const statusText: Record<AccountStatus, string> = {
  active: 'active',
  expiring: 'expiring soon',
  expired: 'expired',
  invalid: 'invalid credentials',
  banned: 'banned',
  unreachable: 'unreachable',
  error: 'error',
  unknown: 'unknown',
  'record-changed': 'record changed outside akool-vault',
};
