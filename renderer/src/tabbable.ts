// Lists the elements inside a container that Tab can reach, in DOM order, for the dialogs' focus trap. Must not import React or the vault API.

const candidates = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** True when a closed <details> hides the element: everything in it but its own first <summary>. */
function hiddenByClosedDetails(element: Element, container: Element): boolean {
  for (let node = element.parentElement; node !== null && node !== container.parentElement; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement && !node.open) {
      const summary = node.querySelector(':scope > summary');
      if (summary === null || !(summary === element || summary.contains(element))) return true;
    }
  }
  return false;
}

function isTabbable(element: HTMLElement, container: HTMLElement): boolean {
  if (element.tabIndex < 0) return false;
  if (element.matches(':disabled') || (element instanceof HTMLInputElement && element.type === 'hidden')) return false;
  if (element.closest('[hidden], [inert]') !== null) return false;
  return !hiddenByClosedDetails(element, container);
}

/** The container's Tab stops in DOM order (positive tabindex is not used in this app, so DOM order is Tab order). */
export function tabbables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(candidates)].filter((element) => isTabbable(element, container));
}
