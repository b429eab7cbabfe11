// Proves the scan-import approval: the requests already waiting show on mount, the next one replaces an answered one with its Import disabled for 750 ms, and only ticked fingerprints are sent. Must not import electron, node:* or main/.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportRequestView } from '../../../preload/scan-contract';
import { armDelayMs } from '../../../renderer/src/approval/use-armed-after';
import { ImportApproval } from '../../../renderer/src/scan/import-approval';
import { installFakeVault } from './support/fake-vault';
import { resetRendererTest } from './support/reset';

afterEach(resetRendererTest);

const offer = (fingerprint: string, label: string) => ({
  fingerprint,
  kind: 'api-key' as const,
  file: '.env',
  line: 1,
  exposure: 'client-env' as const,
  suggestedLabel: label,
  withClientId: false,
});
const request = (id: number, offers: ImportRequestView['offers']): ImportRequestView => ({
  requestId: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  root: '/home/me/project',
  offers,
});

/** Lets the lazily loaded dialog (import-approval.tsx) mount. */
const loaded = () =>
  act(async () => {
    await import('../../../renderer/src/scan/import-offers-dialog');
  });
const importButton = () => screen.getByRole<HTMLButtonElement>('button', { name: /^Import \d+$/ });

describe('ImportApproval', () => {
  it('shows a request that was waiting before the window listened', async () => {
    const fake = installFakeVault();
    fake.respond.getScanImports = async () => ({ ok: true, data: { requests: [request(1, [offer('0123abcd', 'KEY_A (.env)')])] } });
    render(<ImportApproval />);
    await loaded();
    expect(await screen.findByText('KEY_A (.env)')).toBeDefined();
    expect(fake.inputsTo('getScanImports')).toEqual([{}]);
  });

  it('arms Import 750 ms after each request shows, and sends only the ticked fingerprints', async () => {
    vi.useFakeTimers();
    const fake = installFakeVault();
    render(<ImportApproval />);
    act(() => fake.pushScanImports([request(1, [offer('0123abcd', 'KEY_A (.env)')]), request(2, [offer('89abcdef', 'KEY_B (.env)'), offer('456789ab', 'KEY_C (.env)')])]));
    await loaded();
    expect(importButton().disabled).toBe(true);
    act(() => vi.advanceTimersByTime(armDelayMs));
    await act(async () => fireEvent.click(importButton()));
    expect(fake.inputsTo('answerScanImport')).toEqual([{ requestId: request(1, []).requestId, allowed: ['0123abcd'] }]);

    act(() => fake.pushScanImports([request(2, [offer('89abcdef', 'KEY_B (.env)'), offer('456789ab', 'KEY_C (.env)')])]));
    await loaded();
    expect(screen.getByText('KEY_B (.env)')).toBeDefined();
    // The second click of a double-click lands on the next request's Import: it is not armed yet.
    await act(async () => fireEvent.click(importButton()));
    expect(fake.inputsTo('answerScanImport')).toHaveLength(1);
    act(() => vi.advanceTimersByTime(armDelayMs));
    fireEvent.click(screen.getAllByRole('checkbox')[1] as HTMLElement);
    await act(async () => fireEvent.click(importButton()));
    expect(fake.inputsTo('answerScanImport')).toEqual([
      { requestId: request(1, []).requestId, allowed: ['0123abcd'] },
      { requestId: request(2, []).requestId, allowed: ['89abcdef'] },
    ]);
  });
});
