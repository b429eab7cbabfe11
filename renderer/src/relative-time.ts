// Relative-time phrases ("expires in 12 days", "checked 2 minutes ago") from an ISO instant and a fixed now, worded by Intl.RelativeTimeFormat. Must not import React or read the clock itself.
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

type Unit = { name: Intl.RelativeTimeFormatUnit; size: number; from: number };

/** Largest unit first; months only from 60 days so "45 days" stays precise. */
const units: readonly Unit[] = [
  { name: 'year', size: 365 * day, from: 365 * day },
  { name: 'month', size: 30 * day, from: 60 * day },
  { name: 'day', size: day, from: day },
  { name: 'hour', size: hour, from: hour },
  { name: 'minute', size: minute, from: minute },
];

/** `long` reads "in 12 days"; `narrow` reads "in 12d", for the compact list rows. */
export type PhraseStyle = 'long' | 'narrow';

const formats: Record<PhraseStyle, Intl.RelativeTimeFormat> = {
  long: new Intl.RelativeTimeFormat('en', { style: 'long', numeric: 'always' }),
  narrow: new Intl.RelativeTimeFormat('en', { style: 'narrow', numeric: 'always' }),
};

/** "in 12 days" or "3 hours ago" (rounded towards zero); null under a minute, which callers word themselves. */
export function relativePhrase(distanceMs: number, style: PhraseStyle = 'long'): string | null {
  const distance = Math.abs(distanceMs);
  const unit = units.find((candidate) => distance >= candidate.from);
  if (unit === undefined) return null;
  const count = Math.floor(distance / unit.size);
  return formats[style].format(distanceMs < 0 ? -count : count, unit.name);
}

export const parseInstant = (iso: string | null): number | null => {
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
};

/** "expires in 12 days", "expired 3 hours ago", or "unknown" without a known expiry. */
export function expiryPhrase(expiresAt: string | null, now: number, style: PhraseStyle = 'long'): string {
  const time = parseInstant(expiresAt);
  if (time === null) return 'unknown';
  const phrase = relativePhrase(time - now, style);
  if (time > now) return phrase === null ? 'expires in under a minute' : `expires ${phrase}`;
  return phrase === null ? 'expired just now' : `expired ${phrase}`;
}

/** "checked 2 minutes ago", "checked just now", or "never checked". */
export function checkedPhrase(checkedAt: string | null, now: number): string {
  const time = parseInstant(checkedAt);
  if (time === null) return 'never checked';
  const phrase = now - time < minute ? null : relativePhrase(time - now);
  return phrase === null ? 'checked just now' : `checked ${phrase}`;
}
