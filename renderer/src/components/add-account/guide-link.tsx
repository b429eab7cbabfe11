// Akool's API-credentials guide as a real link: a click or Enter asks main to show it in the browser, by name only (api.openGuide).
import { useState, type MouseEvent } from 'react';
import { openGuide } from '../../api';
import { akoolDocsAddress } from './akool-guide';

export function GuideLink() {
  const [failure, setFailure] = useState<string | null>(null);
  const open = (event: MouseEvent<HTMLAnchorElement>): void => {
    // The page itself never leaves: main's content guards would refuse the navigation anyway.
    event.preventDefault();
    void openGuide('akool-api-credentials').then((result) => setFailure(result.ok ? null : result.error.message));
  };
  return (
    <>
      <a className="mono" href={`https://${akoolDocsAddress}`} onClick={open}>
        {akoolDocsAddress}
      </a>
      {failure !== null && (
        <span className="guide-failure" role="status">
          {' '}
          {failure}
        </span>
      )}
    </>
  );
}
