// Proves which of Electron's input events count as a person's gesture for a copy, and that they reach the runtime.
import { describe, expect, it } from 'vitest';
import type { InputEvent } from 'electron';
import { isPersonInput, watchPersonInput, type InputSource } from '../../../main/platform/user-input';

describe('person input from webContents input-event', () => {
  it('counts key presses, clicks and taps, not moves, wheel or hover', () => {
    for (const type of ['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'keyUp', 'char', 'touchStart', 'touchEnd', 'gestureTap'] as const) {
      expect(isPersonInput(type)).toBe(true);
    }
    for (const type of ['mouseMove', 'mouseEnter', 'mouseLeave', 'mouseWheel', 'undefined', 'pointerMove', 'gestureScrollUpdate'] as const) {
      expect(isPersonInput(type)).toBe(false);
    }
  });

  it('listens to input-event and reports only a person input', () => {
    const listeners: Array<(event: unknown, input: Pick<InputEvent, 'type'>) => void> = [];
    let noted = 0;
    const contents: InputSource = {
      on: (name, listener) => {
        expect(name).toBe('input-event');
        listeners.push(listener);
      },
    };
    watchPersonInput(contents, () => {
      noted += 1;
    });
    listeners.forEach((listener) => listener({}, { type: 'mouseMove' }));
    expect(noted).toBe(0);
    listeners.forEach((listener) => listener({}, { type: 'mouseDown' }));
    expect(noted).toBe(1);
  });
});
