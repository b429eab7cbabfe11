// Pure relative-time phrases ("expires in 12 days", "checked 2 minutes ago") from an ISO instant and a fixed now. Must not import React or read the clock itself.
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

type Unit = { name: string; size: number; from: number };

/** Largest unit first; months only from 60 days so "45 days" stays precise. */
const units: readonly Unit[] = [
  { name: 'year', size: 365 * day, from: 365 * day },
  { name: 'month', size: 30 * day, from: 60 * day },
  { name: 'day', size: day, from: day },
  { name: 'hour', size: hour, from: hour },
  { name: 'minute', size: minute, from: minute },
];

/** "12 days", "1 hour" or "less than a minute" for a distance in milliseconds (sign ignored, rounded down). */
export function durationPhrase(distanceMs: number): string {
  const distance = Math.abs(distanceMs);
  const unit = units.find((candidate) => distance >= candidate.from);
  if (unit === undefined) return 'less than a minute';
  const count = Math.floor(distance / unit.size);
  return `${count} ${unit.name}${count === 1 ? '' : 's'}`;
}

const parse = (iso: string | null): number | null => {
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
};

/** "expires in 12 days", "expired 3 hours ago", or "unknown" without a known expiry. */
export function expiryPhrase(expiresAt: string | null, now: number): string {
  const time = parse(expiresAt);
  if (time === null) return 'unknown';
  const phrase = durationPhrase(time - now);
  return time > now ? `expires in ${phrase}` : `expired ${phrase} ago`;
}

/** "checked 2 minutes ago", "checked just now", or "never checked". */
export function checkedPhrase(checkedAt: string | null, now: number): string {
  const time = parse(checkedAt);
  if (time === null) return 'never checked';
  if (now - time < minute) return 'checked just now';
  return `checked ${durationPhrase(now - time)} ago`;
}
