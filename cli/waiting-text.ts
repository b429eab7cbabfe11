// The lines the CLI prints while a request waits for the person at the desktop. Imports nothing.
export const waitingText = 'akool-vault: waiting for approval in the akool-vault window (60 s)…\n';
/** `scan --import`: the person picks, in the window, which live findings become accounts. */
export const importWaitingText = 'akool-vault: choose in the akool-vault window which found secrets to import (5 min)…\n';
