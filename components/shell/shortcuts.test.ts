// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commandForKey, SHORTCUTS } from './shortcuts';

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.insertAdjacentHTML('beforeend', html);
  return host.firstElementChild as HTMLElement;
}
const press = (key: string, target: EventTarget | null = document.body, mods: Partial<KeyboardEvent> = {}) =>
  commandForKey({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('commandForKey', () => {
  it.each([
    ['y confirms a suggestion', 'y', 'confirm-suggestion'],
    ['x rejects a suggestion', 'x', 'reject-suggestion'],
    ['n starts a timestamped note', 'n', 'new-note'],
    ['p switches to the next person', 'p', 'next-person'],
    ['Shift+p switches to the previous person', 'P', 'previous-person'],
    ['t ticks a signal', 't', 'tick-signal'],
    ['? toggles the overlay', '?', 'toggle-help'],
    ['3 opens the play', '3', 'view-play'],
  ])('%s', (_rule, key, command) => {
    expect(press(key)).toBe(command);
  });

  it.each([
    ['a text input', '<input type="text">'],
    ['a search box', '<input type="search">'],
    ['an input without a type', '<input>'],
    ['a textarea', '<textarea></textarea>'],
    ['a select', '<select></select>'],
    ['an editable element', '<div contenteditable="true"></div>'],
  ])('never fires while typing in %s', (_what, html) => {
    const target = element(html);
    if (html.includes('contenteditable')) Object.defineProperty(target, 'isContentEditable', { value: true });
    expect(press('n', target)).toBeNull();
  });

  it('still fires from a focused checkbox or button', () => {
    expect(press('y', element('<input type="checkbox">'))).toBe('confirm-suggestion');
    expect(press('y', element('<button>b</button>'))).toBe('confirm-suggestion');
  });

  it.each(['ctrlKey', 'metaKey', 'altKey'] as const)('leaves %s chords to the browser', (mod) => {
    expect(press('n', document.body, { [mod]: true })).toBeNull();
  });

  it('gives every shortcut its own key', () => {
    expect(new Set(SHORTCUTS.map((s) => s.key)).size).toBe(SHORTCUTS.length);
  });
});
