// Proves the React-tree scanner can find a string held in state, a ref or props, so the secret checks built on it can fail. Must not import electron, node:* or main/.
import { render } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { reactTreeContains, webStorageContains } from './react-tree';
import { resetRendererTest } from './reset';

const canary = 'CANARY-tree-5f1e';

function InState() {
  const [value] = useState(canary);
  return <p>{value.length}</p>;
}

function InRef() {
  const ref = useRef(canary);
  return <p>{ref.current.length}</p>;
}

function Child({ secret }: { secret: string }) {
  return <p>{secret.length}</p>;
}

afterEach(resetRendererTest);

describe('reactTreeContains', () => {
  it('finds a string kept in useState', () => {
    const { container } = render(<InState />);
    expect(reactTreeContains(container, canary)).toBe(true);
  });

  it('finds a string kept in a ref', () => {
    const { container } = render(<InRef />);
    expect(reactTreeContains(container, canary)).toBe(true);
  });

  it('finds a string passed as a prop', () => {
    const { container } = render(<Child secret={canary} />);
    expect(reactTreeContains(container, canary)).toBe(true);
  });

  it('does not report a string that is absent', () => {
    const { container } = render(<InState />);
    expect(reactTreeContains(container, 'something else entirely')).toBe(false);
  });
});

describe('webStorageContains', () => {
  it('finds the needle in localStorage and sessionStorage values and keys', () => {
    expect(webStorageContains(canary)).toBe(false);
    localStorage.setItem('draft', `{"secret":"${canary}"}`);
    expect(webStorageContains(canary)).toBe(true);
    localStorage.clear();
    sessionStorage.setItem(canary, '1');
    expect(webStorageContains(canary)).toBe(true);
  });
});
