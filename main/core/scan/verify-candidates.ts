// --verify: asks Akool about each candidate with the app's own client and rules (x-api-key for keys and secrets, Bearer for tokens). No node:*.
import type { AkoolClient, QuotaOutcome } from '../akool/client';
import type { Candidate } from './candidate-table';
import type { Verification } from './scan-types';

/** What an account check's outcome means for a found credential: a key that works but is out of credit is still live. */
export function verificationOf(outcome: QuotaOutcome): Verification {
  switch (outcome.kind) {
    case 'ok':
    case 'payment-overdue':
    case 'out-of-credit':
    case 'subscription-needed':
      return 'live';
    case 'banned':
      return 'banned';
    case 'invalid':
    case 'rejected':
      return 'rejected';
    case 'throttled':
    case 'unreachable':
    case 'bad-response':
      return 'unreachable';
  }
}

/** Checks one candidate at `baseUrl`; a client ID alone cannot be checked (undefined). */
export async function verifyCandidate(client: AkoolClient, baseUrl: string, candidate: Candidate): Promise<Verification | undefined> {
  if (candidate.kind === 'client-id') return undefined;
  const outcome =
    candidate.kind === 'token'
      ? await client.fetchQuota(baseUrl, candidate.value, [candidate.value])
      : await client.fetchQuotaWithKey(baseUrl, candidate.value, [candidate.value]);
  return verificationOf(outcome);
}

/** Checks every candidate, one at a time (Akool answers 1005 to bursts), and answers fingerprint → verification. */
export async function verifyCandidates(client: AkoolClient, baseUrl: string, candidates: readonly Candidate[]): Promise<Map<string, Verification>> {
  const results = new Map<string, Verification>();
  for (const candidate of candidates) {
    const verification = await verifyCandidate(client, baseUrl, candidate);
    if (verification !== undefined) results.set(candidate.fingerprint, verification);
  }
  return results;
}
