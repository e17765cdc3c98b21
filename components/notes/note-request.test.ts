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
    expect(request.take()).toBe('Prom');
    // Taken: keys are shortcuts again, and a second take gets nothing.
    press('p');
    expect(shortcuts).toHaveBeenCalledTimes(1);
    expect(request.take()).toBeNull();
    window.removeEventListener('keydown', shortcuts);
  });

  it('leaves modified keys and non-text keys alone', () => {
    const request = createNoteRequest();
    expect(press('c', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press('Tab').defaultPrevented).toBe(false);
    expect(press('a').defaultPrevented).toBe(true);
    expect(request.take()).toBe('a');
  });

  it('gives the keyboard back if no note box takes the text in time, keeping what it already held', () => {
    vi.useFakeTimers();
    const request = createNoteRequest(window, 1_000);
    press('a');
    vi.advanceTimersByTime(1_001);
    expect(press('b').defaultPrevented).toBe(false);
    expect(request.take()).toBe('a');
  });
});
