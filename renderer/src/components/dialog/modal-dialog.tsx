// A modal dialog (WAI-ARIA dialog pattern) on a native <dialog> opened with showModal(): the top layer, so nothing (menus' parents, the toast) draws over it and the rest of the page is inert; a fixed header and footer around a body that alone scrolls; trapped focus, Esc closes. Must not import the vault API.
import { useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useFocusTrap } from '../../use-focus-trap';
import { closeModal, openModal } from './top-layer';
import '../../styles/dialog.css';

type Props = {
  title: string;
  /** 'sheet' slides in from the top edge and holds a form; 'panel' is a centred reference card. */
  variant: 'sheet' | 'panel';
  onClose(): void;
  /** What gets focus on open; by default the first Tab stop. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Extra text the dialog announces after its title. */
  describedBy?: string;
  testId?: string;
  /** The buttons, kept in view below the scrolling body (a form's submit button names its form with `form=`). */
  footer?: ReactNode;
  children: ReactNode;
};

export function ModalDialog({ title, variant, onClose, initialFocus, describedBy, testId, footer, children }: Props) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element === null) return undefined;
    openModal(element);
    return () => closeModal(element);
  }, []);
  useFocusTrap(dialog, { onEscape: onClose, ...(initialFocus === undefined ? {} : { initialFocus }) });

  return (
    <dialog
      ref={dialog}
      className={`modal modal-${variant}`}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      tabIndex={-1}
      data-testid={testId}
      // Esc is the focus trap's (it closes through onClose); the browser must not close the dialog behind React's back.
      onCancel={(event) => event.preventDefault()}
    >
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="modal-close" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {/* A panel's body holds no control, so when it scrolls the keyboard must reach it (axe: scrollable-region-focusable). */}
      <div className="modal-body" {...(variant === 'panel' ? { tabIndex: 0, role: 'region', 'aria-labelledby': titleId } : {})}>
        {children}
      </div>
      {footer !== undefined && <footer className="modal-footer">{footer}</footer>}
    </dialog>
  );
}
