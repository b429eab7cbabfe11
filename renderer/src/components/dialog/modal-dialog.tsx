// A modal dialog shell (WAI-ARIA dialog pattern): backdrop, labelled role=dialog with aria-modal, a close button, trapped focus, Esc closes. Must not import the vault API.
import { useId, useRef, type ReactNode, type RefObject } from 'react';
import { useFocusTrap } from '../../use-focus-trap';
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
  children: ReactNode;
};

export function ModalDialog({ title, variant, onClose, initialFocus, describedBy, testId, children }: Props) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog, { onEscape: onClose, ...(initialFocus === undefined ? {} : { initialFocus }) });

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className={`modal modal-${variant}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        data-testid={testId}
      >
        <header className="modal-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="modal-close" aria-label="Close" onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}
