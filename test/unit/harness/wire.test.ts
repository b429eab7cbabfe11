// Proves the #cap fragment round-trips and malformed fragments yield no capability. Must not import main/.
import { describe, expect, it } from 'vitest';
import { capabilityFragment, readCapabilityFragment } from '../../harness/wire';

const capability = 'ab'.repeat(32);

describe('capability fragment', () => {
  it('round-trips', () => {
    expect(capabilityFragment(capability)).toBe(`#cap=${capability}`);
    expect(readCapabilityFragment(capabilityFragment(capability))).toBe(capability);
  });

  it('finds the capability among other fragment parameters', () => {
    expect(readCapabilityFragment(`#view=list&cap=${capability}`)).toBe(capability);
  });

  it.each(['', '#', '#cap=', '#cap=xyz', `#cap=${capability}0`, `#cap=${capability.toUpperCase()}`, `#key=${capability}`])(
    'yields null for %j',
    (hash) => {
      expect(readCapabilityFragment(hash)).toBeNull();
    },
  );
});
