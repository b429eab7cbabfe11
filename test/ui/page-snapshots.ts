// Snapshots of what a page holds — DOM, input values (password fields aside) and web storage — for the canary scans. Must not import main/.
import type { Page } from '@playwright/test';

/** Takes snapshots of the DOM, input values (password fields aside) and web storage. */
export function snapshotter(page: Page): { snapshots: string[]; snapshot(): Promise<void> } {
  const snapshots: string[] = [];
  const snapshot = async (): Promise<void> => {
    snapshots.push(
      await page.evaluate(() =>
        [
          document.documentElement.outerHTML,
          // The one place a typed secret may be is the password field it was typed into (the add sheet keeps it
          // there for a retry, until the add succeeds); every other field's value counts.
          ...[...document.querySelectorAll('input:not([type="password"]), textarea')].map((field) =>
            field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : '',
          ),
          JSON.stringify({ ...localStorage }),
          JSON.stringify({ ...sessionStorage }),
          document.title,
        ].join('\n'),
      ),
    );
  };

  return { snapshots, snapshot };
}
