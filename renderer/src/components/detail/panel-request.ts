// A keyboard request (F2, Delete) to open one of the detail's forms for the selected account. Must not import React.

/** `serial` tells two presses apart; `accountId` keeps a request from opening on another account. */
export type PanelRequest = { panel: 'rename' | 'remove'; accountId: string; serial: number };
