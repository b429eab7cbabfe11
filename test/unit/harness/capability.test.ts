// Proves the capability is 32 random hex bytes and only the exact value matches. Must not import main/.
import { describe, expect, it } from 'vitest';
import { capabilityMatches, createCapability } from '../../harness/capability';

describe('capability', () => {
  it('is 64 lowercase hex characters and fresh each time', () => {
    const first = createCapability();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(createCapability()).not.toBe(first);
  });

  it('matches only the exact value', () => {
    const capability = createCapability();
    expect(capabilityMatches(capability, capability)).toBe(true);
    expect(capabilityMatches(capability, capability.toUpperCase())).toBe(false);
    expect(capabilityMatches(capability, capability.slice(0, 63))).toBe(false);
    expect(capabilityMatches(capability, `${capability}0`)).toBe(false);
    expect(capabilityMatches(capability, createCapability())).toBe(false);
  });

  it('refuses a missing, repeated or empty value', () => {
    const capability = createCapability();
    expect(capabilityMatches(capability, undefined)).toBe(false);
    expect(capabilityMatches(capability, [capability, capability])).toBe(false);
    expect(capabilityMatches('', '')).toBe(false);
  });
});
