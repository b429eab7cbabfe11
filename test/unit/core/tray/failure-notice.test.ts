// Proves the tray's failure notice is our fixed sentence per error code: the same whatever the error's message carried.
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../../preload/contract';
import { failureNoticeBody, failureNoticeTitle } from '../../../../main/core/tray/failure-notice';

describe('failureNoticeBody', () => {
  it('gives a distinct, non-empty sentence for every error code', () => {
    const bodies = errorCodes.map(failureNoticeBody);
    expect(bodies.every((body) => body.length > 0)).toBe(true);
    expect(new Set(bodies).size).toBe(errorCodes.length);
    expect(failureNoticeTitle).toBe('akool-vault: the action failed');
  });
});
