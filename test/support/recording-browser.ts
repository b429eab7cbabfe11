// A browser double for the harness and tests: records every address it is asked to show, opens nothing.
import type { OpenInBrowser } from '../../main/core/ports';

export function createRecordingBrowser(): { open: OpenInBrowser; opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    open: async (url) => {
      opened.push(url);
    },
  };
}
