// Turns an add-account failure into one plain sentence placed at the field it concerns (codes go behind "Details"). Must not import React or the vault API.
import type { AccountKind, VaultErrorPayload } from '../../../../preload/contract';

export type AddField = 'label' | 'clientId' | 'clientSecret' | 'baseUrl';

/** Where an error shows: next to one field, or above the buttons when it concerns no field. */
export type AddErrorPlace = AddField | 'form';

export type AddError = {
  place: AddErrorPlace;
  /** Fields marked aria-invalid and described by the sentence; a rejected pair marks both of its fields. */
  fields: readonly AddField[];
  text: string;
  /** The code and the vault's own message, shown only behind "Details". */
  details: string | null;
};

export type AddDraft = { kind: AccountKind; clientId: string; clientSecret: string };

/** Checks the form before anything is sent, so an empty required field is named at once. */
export function checkDraft(draft: AddDraft): AddError | null {
  if (draft.kind === 'api-key') {
    return draft.clientSecret === '' ? local('clientSecret', 'Paste the API key from Akool’s API Credentials page.') : null;
  }
  if (draft.clientId.trim() === '') return local('clientId', 'Enter the client ID from Akool’s API Credentials page.');
  if (draft.clientSecret === '') return local('clientSecret', 'Enter the client secret (Akool calls it “API Key”).');
  return null;
}

const local = (field: AddField, text: string): AddError => ({ place: field, fields: [field], text, details: null });

const at = (place: AddErrorPlace, text: string, error: VaultErrorPayload): AddError => ({
  place,
  fields: place === 'form' ? [] : [place],
  text,
  details: `${error.code}: ${error.message}`,
});

/** The form field a validation message names: the contract's field names, or the vault's own sentences. */
/** The vault's base URL refusals (main/core/akool/base-url.ts) are sentences written for people. */
const baseUrlReason = /API address|Plain http/;

function invalidInputField(message: string): AddField | null {
  if (/\bbaseUrl\b/.test(message) || baseUrlReason.test(message)) return 'baseUrl';
  if (/\bclientSecret\b/.test(message)) return 'clientSecret';
  if (/\bclientId\b|already in the vault/.test(message)) return 'clientId';
  if (/\blabel\b/.test(message)) return 'label';
  return null;
}

const invalidInputText: Record<AddField, string> = {
  label: 'Use a label of at most 100 characters, without line breaks or control characters.',
  clientId: 'Use the client ID exactly as Akool shows it: at most 256 characters.',
  clientSecret: 'Paste the client secret exactly as Akool shows it: at most 1,024 characters.',
  baseUrl: 'Use an https:// address without a query or fragment (http:// only for localhost).',
};

function invalidInput(error: VaultErrorPayload): AddError {
  if (error.message.includes('already in the vault')) {
    return at('clientId', 'This client ID is already in the vault for this base URL.', error);
  }
  const field = invalidInputField(error.message);
  if (field === null) return at('form', 'Some of these details are not valid. Check each field and try again.', error);
  const text = field === 'baseUrl' && baseUrlReason.test(error.message) ? error.message : invalidInputText[field];
  return at(field, text, error);
}

/**
 * Like describeAddError for the kind being added: an API-key form has no client ID field, so what concerns the
 * client ID or the pair concerns the key.
 */
export function describeAddErrorFor(kind: AccountKind, error: VaultErrorPayload): AddError {
  const described = describeAddError(error);
  if (kind === 'client-credentials') return described;
  if (error.code === 'invalid-credentials') {
    return { ...described, fields: ['clientSecret'], text: 'Akool did not accept this API key. Check it against Akool’s API Credentials page.' };
  }
  if (error.code === 'invalid-input' && error.message.includes('already in the vault')) {
    return at('clientSecret', 'This API key is already in the vault for this base URL.', error);
  }
  if (described.place !== 'clientId') return described;
  return { ...described, place: 'clientSecret', fields: ['clientSecret'] };
}

export function describeAddError(error: VaultErrorPayload): AddError {
  switch (error.code) {
    case 'invalid-input':
      return invalidInput(error);
    case 'invalid-credentials':
      return {
        ...at('clientSecret', 'Akool did not accept this client ID and secret. Check both against Akool’s API Credentials page.', error),
        fields: ['clientId', 'clientSecret'],
      };
    case 'banned':
      return at('clientId', 'Akool has banned this account, so it was not added.', error);
    case 'payment-overdue':
      return at('form', 'Akool reports a payment pending or overdue on this account, so it was not added. Settle it with Akool first.', error);
    case 'out-of-credit':
      return at('form', 'Akool reports this account is out of credit, so it was not added. Buy credit with Akool first.', error);
    case 'subscription-needed':
      return at('form', 'Akool says this account needs a subscription, so it was not added. Subscribe with Akool first.', error);
    case 'throttled':
      return at('form', 'Akool asked to slow down, so nothing was added. Wait a minute and try again.', error);
    case 'unreachable':
      return at('baseUrl', 'Akool could not be reached. Check your connection, or the base URL under Advanced.', error);
    case 'bad-response':
      return at('baseUrl', 'The server at this address did not answer like Akool. Check the base URL under Advanced.', error);
    case 'rejected':
      return at('form', 'Akool refused the request. Try again later.', error);
    case 'protection-unavailable':
      return at('form', 'This computer has no safe place for the secret yet, so nothing was saved.', error);
    case 'storage-failed':
      return at('form', 'The vault could not save the account, so nothing was added. Check the disk and try again.', error);
    case 'vault-rolled-back':
      return at('form', 'The vault file is not the one akool-vault saved last, so nothing was sent or added. The notice at the top says what to do.', error);
    case 'not-found':
    case 'record-changed':
    case 'internal':
      return at('form', 'Something went wrong inside akool-vault; nothing was added. Try again.', error);
  }
}
