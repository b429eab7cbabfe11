// Proves the window can open one listed guide in the browser, by name, after a person's input, and nothing else: no address, no other page, no input-less open.
import { describe, expect, it } from 'vitest';
import { guideAddresses, isGuideAddress } from '../../../../main/core/guides/guide-pages';
import { gestureWindowMs } from '../../../../main/core/clipboard/user-gesture';
import { noGestureGuideText } from '../../../../main/ipc/handlers';
import { ipcChannel } from '../../../../preload/contract';
import { createRuntimeFixture } from '../../../support/runtime-fixture';

const akoolGuide = 'https://docs.akool.com/authentication/usage';

describe('openGuide', () => {
  it('opens the Akool credentials guide, its fixed https address, once per request', async () => {
    const fixture = await createRuntimeFixture();
    expect(await fixture.call(fixture.runtime, 'openGuide', { page: 'akool-api-credentials' })).toEqual({ opened: true });
    expect(fixture.openedInBrowser).toEqual([akoolGuide]);
  });

  it.each([
    ['an address instead of a name', { url: 'https://evil.example/' }],
    ['an address as the name', { page: 'https://evil.example/' }],
    ['the listed address as the name', { page: akoolGuide }],
    ['a name plus an address', { page: 'akool-api-credentials', url: 'https://evil.example/' }],
    ['an inherited key', { page: '__proto__' }],
    ['a script address', { page: 'javascript:alert(1)' }],
    ['nothing', {}],
    ['not an object', 'akool-api-credentials'],
  ])('refuses %s and opens nothing', async (_name, input) => {
    const fixture = await createRuntimeFixture();
    fixture.runtime.noteUserInput();
    expect(await fixture.runtime.dispatch(ipcChannel('openGuide'), input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(fixture.openedInBrowser).toEqual([]);
  });

  it('opens nothing without a person’s input just before, as a page could try on its own', async () => {
    const fixture = await createRuntimeFixture();
    const open = () => fixture.runtime.dispatch(ipcChannel('openGuide'), { page: 'akool-api-credentials' });
    expect(await open()).toEqual({ ok: false, error: { code: 'invalid-input', message: noGestureGuideText } });
    fixture.runtime.noteUserInput();
    await fixture.run(fixture.runtime, gestureWindowMs + 1);
    expect(await open()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    fixture.runtime.noteUserInput();
    expect(await open()).toMatchObject({ ok: true });
    expect(await open()).toMatchObject({ ok: false });
    expect(fixture.openedInBrowser).toEqual([akoolGuide]);
  });

  it('turns a browser that fails into a typed error without the address or the failure’s text', async () => {
    const fixture = await createRuntimeFixture({ openInBrowser: () => Promise.reject(new Error(`xdg-open failed for ${akoolGuide}`)) });
    fixture.runtime.noteUserInput();
    const reply = await fixture.runtime.dispatch(ipcChannel('openGuide'), { page: 'akool-api-credentials' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('docs.akool.com');
  });
});

describe('the guide list', () => {
  it('holds only https addresses (test/ui/guide-link.spec.ts proves the link names the one it opens)', () => {
    expect(Object.values(guideAddresses).every((address) => new URL(address).protocol === 'https:')).toBe(true);
  });

  it.each([
    akoolGuide.toUpperCase(),
    `${akoolGuide}/`,
    `${akoolGuide}?next=https://evil.example/`,
    `${akoolGuide}#x`,
    ` ${akoolGuide}`,
    akoolGuide.replace('https:', 'http:'),
    'https://docs.akool.com.evil.example/authentication/usage',
    'https://evil.example/@docs.akool.com/authentication/usage',
    'file:///etc/passwd',
    '',
  ])('admits no other address: %j', (address) => {
    expect(isGuideAddress(address)).toBe(false);
  });

  it('admits the listed address itself', () => {
    expect(isGuideAddress(akoolGuide)).toBe(true);
  });
});
