// The line the CLI prints while a request waits for the person at the desktop. Imports nothing.
export const waitingText = 'akool-vault: waiting for approval in the akool-vault window (60 s)…\n';
