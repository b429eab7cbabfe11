// Asks before copying the token of a banned account or one whose credentials Akool rejects: such a token will most likely be refused. Must not import the vault API.
import { useRef } from 'react';
import type { AccountView } from '../../../../preload/contract';
import type { CopyFormat } from '../../api';
import { ModalDialog } from '../dialog/modal-dialog';

type Props = { account: AccountView; format: CopyFormat; onAnswer(copy: boolean): void };

export function ConfirmCopyDialog({ account, format, onAnswer }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  const why =
    account.status === 'banned'
      ? `Akool has banned ${account.label}, so requests with its token will be refused.`
      : `Akool rejects the client ID or secret of ${account.label}, so its token will most likely be refused.`;
  return (
    <ModalDialog
      title={format === 'header' || format === 'api-key-header' ? 'Copy the header anyway?' : format === 'api-key' ? 'Copy the API key anyway?' : 'Copy the token anyway?'}
      variant="panel"
      onClose={() => onAnswer(false)}
      initialFocus={cancel}
      testId="confirm-copy"
      footer={
        <>
          <button type="button" ref={cancel} onClick={() => onAnswer(false)}>
            Cancel
          </button>
          <button type="button" className="danger" onClick={() => onAnswer(true)}>
            Copy anyway
          </button>
        </>
      }
    >
      <p>{why}</p>
    </ModalDialog>
  );
}
