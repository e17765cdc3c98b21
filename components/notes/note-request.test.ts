// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNoteRequest } from './note-request';

const press = (key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
};

describe('createNoteRequest', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps typed characters as text, away from the panel’s shortcut handler, until taken', () => {
    const shortcuts = vi.fn();
    window.addEventListener('keydown', shortcuts);
    const request = createNoteRequest();
    for (const key of 'Pro') press(key);
    press('x');
    press('Backspace');
    press('m');
    expect(shortcuts).not.toHaveBeenCalled();
    expect(request.take()).toEqual({ text: 'Prom', save: false });
    // Taken: keys are shortcuts again, and a second take gets nothing.
    press('p');
    expect(shortcuts).toHaveBeenCalledTimes(1);
    expect(request.take()).toBeNull();
    window.removeEventListener('keydown', shortcuts);
  });

  it('keeps a character outside the BMP whole, and Backspace removes it whole', () => {
    const request = createNoteRequest();
    // An emoji key is one character of two UTF-16 units; a flag is one grapheme of two code points.
    for (const key of ['O', 'K', '👍', '🇫', '🇷']) press(key);
    press('Backspace');
    press('Backspace');
    expect(request.take()).toEqual({ text: 'OK', save: false });
  });

  it('leaves modified keys and non-text keys alone', () => {
    const request = createNoteRequest();
    expect(press('c', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press('Tab').defaultPrevented).toBe(false);
    expect(press('a').defaultPrevented).toBe(true);
    expect(request.take()).toEqual({ text: 'a', save: false });
  });

  it('gives the keyboard back if no note box takes the text in time, keeping what it already held', () => {
    vi.useFakeTimers();
    const request = createNoteRequest(window, 1_000);
    press('a');
    vi.advanceTimersByTime(1_001);
    expect(press('b').defaultPrevented).toBe(false);
    expect(request.take()).toEqual({ text: 'a', save: false });
  });

  it.each([
    ['Ctrl+Enter', { ctrlKey: true }],
    ['⌘+Enter', { metaKey: true }],
  ])(
    'remembers %s pressed before the box appears as “save this note”, and stops holding keys',
    (_name, init) => {
      const shortcuts = vi.fn();
      window.addEventListener('keydown', shortcuts);
      const request = createNoteRequest();
      for (const key of 'Signed') press(key);
      expect(press('Enter', init).defaultPrevented).toBe(true);
      expect(shortcuts).not.toHaveBeenCalled();
      // The note is finished: what comes next is a shortcut again, not more of it.
      press('p');
      expect(shortcuts).toHaveBeenCalledTimes(1);
      expect(request.take()).toEqual({ text: 'Signed', save: true });
      window.removeEventListener('keydown', shortcuts);
    },
  );

  it('does not ask to save an empty note', () => {
    const request = createNoteRequest();
    expect(press('Enter', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(request.take()).toEqual({ text: '', save: false });
  });
});
