// Tells main when a person's key press or click reached the window, from Electron's own input events: the page cannot fake them. Imports only types from electron.
import type { InputEvent } from 'electron';

/** What this needs of a WebContents; a real one fits. */
export interface InputSource {
  on(event: 'input-event', listener: (event: unknown, input: Pick<InputEvent, 'type'>) => void): unknown;
}

/**
 * Input that a person makes on purpose. Electron emits webContents 'input-event' for every input event the browser
 * sends to the page's widget (electron.d.ts `on(event: 'input-event', listener: (event, inputEvent: InputEvent) => void)`:
 * "Emitted when an input event is sent to the WebContents"; electron/electron shell/browser/api/electron_api_web_contents.cc
 * WebContents::OnInputEvent, a RenderWidgetHost::InputEventObserver). Script in the page (element.click(), a synthetic
 * KeyboardEvent) never goes through the browser, so it raises none. Moves, wheel and hover are not intent.
 */
const gestureTypes: ReadonlySet<InputEvent['type']> = new Set<InputEvent['type']>([
  'mouseDown',
  'mouseUp',
  'rawKeyDown',
  'keyDown',
  'keyUp',
  'char',
  'touchStart',
  'touchEnd',
  'gestureTap',
]);

export function isPersonInput(type: InputEvent['type']): boolean {
  return gestureTypes.has(type);
}

/** Calls `onInput` for each key press, click or tap that reaches `contents`. */
export function watchPersonInput(contents: InputSource, onInput: () => void): void {
  contents.on('input-event', (_event, input) => {
    if (isPersonInput(input.type)) onInput();
  });
}
