// The exit codes scripts can branch on: sysexits-style for misuse, and status's own 0–3. Imports nothing.

export const exitCodes = {
  ok: 0,
  /** status: an account needs attention. Also any failure the app reported. */
  attention: 1,
  /** status: an account is in alert (banned, expired, invalid, payment overdue, changed outside the app). */
  alert: 2,
  /** The app is not running, or runs with another data directory. */
  appNotRunning: 3,
  /** Bad arguments (sysexits EX_USAGE). */
  usage: 64,
  /** The command is not in this build (EX_UNAVAILABLE). */
  unavailable: 69,
  /** The app and this command could not understand each other (EX_PROTOCOL). */
  protocol: 76,
  /** Refused, denied or unanswered in the window (EX_NOPERM). */
  denied: 77,
  /** run: the command could not be started (as a shell says). */
  cannotStart: 127,
} as const;
