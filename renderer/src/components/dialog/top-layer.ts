// Feature checks and calls for the browser's top layer (modal <dialog>, popovers). Chromium (Electron, the harness) has both; jsdom, where the unit tests run, has neither, and there the elements simply render in place. Must not import React.

/** True where popovers exist: then a menu carries popover="manual" and is shown with showPopover(). */
export const popoversSupported = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

const modalDialogsSupported = typeof HTMLDialogElement !== 'undefined' && 'showModal' in HTMLDialogElement.prototype;

export function showPopover(element: HTMLElement): void {
  if (popoversSupported) element.showPopover();
}

/** Opens the dialog as modal (top layer, the rest of the page inert), or just open where showModal is missing. */
export function openModal(dialog: HTMLDialogElement): void {
  if (modalDialogsSupported) dialog.showModal();
  else dialog.setAttribute('open', '');
}

export function closeModal(dialog: HTMLDialogElement): void {
  if (modalDialogsSupported) dialog.close();
  else dialog.removeAttribute('open');
}
