// Absolute formatting for dates and credit balances, in the user's locale. Must not import React.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const shortDateTime = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const credits = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** A readable local date and time, e.g. "Dec 6, 2025, 2:03 PM"; the raw text if it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A readable local date, e.g. "Dec 6, 2025". */
export function formatDate(epochMs: number): string {
  return dateOnly.format(new Date(epochMs));
}

/** A compact local date and time for chart labels, e.g. "Dec 6, 2:03 PM"; the raw text if it is not a date. */
export function formatShortDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortDateTime.format(date);
}

/** A local time of day, e.g. "2:03 PM". */
export function formatTime(epochMs: number): string {
  return timeOnly.format(new Date(epochMs));
}

/** "1,234.5 credits", or "unknown" before the balance was read. */
export function formatCredit(credit: number | null): string {
  return credit === null ? 'unknown' : `${credits.format(credit)} credits`;
}
