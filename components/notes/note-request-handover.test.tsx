// @vitest-environment happy-dom
/**
 * The hand-over from `n` to the note box, outside `act`: `act` flushes every effect and update
 * before a test can type, which hides the moment a real keyboard hits. Here the next key lands
 * right after the box takes the focus, as it does when a rep types straight on after `n`.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandBusProvider } from '@/components/kernel/panel-commands';
import { PanelDataProvider } from '@/components/kernel/panel-data';
import { createHarness, seedAccount } from '@/components/test-support/render-panel';
import { NoteComposer } from './note-composer';
import { createNoteRequest, type NoteRequest } from './note-request';

const actFlag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeEach(() => (actFlag.IS_REACT_ACT_ENVIRONMENT = false));
afterEach(() => (actFlag.IS_REACT_ACT_ENVIRONMENT = true));

function typeKey(key: string) {
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** What a browser does for one printable key in a focused text box. */
function typeInto(box: HTMLTextAreaElement, key: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  setValue.call(box, box.value + key);
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Mounts a note box for `request` outside `act`; returns its container and an unmount. */
function mountComposer(harness: ReturnType<typeof createHarness>, accountId: string, request: NoteRequest) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(
    <QueryClientProvider client={harness.client}>
      <PanelDataProvider db={harness.db} now={harness.now}>
        <CommandBusProvider bus={harness.bus}>
          <NoteComposer
            accountId={accountId}
            people={[]}
            defaultKind="call"
            personId={null}
            request={request}
          />
        </CommandBusProvider>
      </PanelDataProvider>
    </QueryClientProvider>,
  );
  return {
    container,
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}

describe('a note asked for with n', () => {
  it('keeps what was typed before the box appeared and what is typed the moment it has the focus', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const request = createNoteRequest(window);
    for (const key of 'Procurement') typeKey(key);

    // The next keystroke arrives as soon as the box is focused, before anything else runs.
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof HTMLTextAreaElement)
        queueMicrotask(() => typeInto(event.target as HTMLTextAreaElement, ' signs'));
    };
    document.addEventListener('focusin', onFocus);
    const { container, unmount } = mountComposer(harness, account.id, request);
    try {
      await expect
        .poll(() => container.querySelector('textarea')?.value, { timeout: 4000 })
        .toBe('Procurement signs');
      // And it stays so once React has settled.
      await new Promise((r) => setTimeout(r, 50));
      expect(container.querySelector('textarea')?.value).toBe('Procurement signs');
    } finally {
      document.removeEventListener('focusin', onFocus);
      unmount();
    }
  });

  it('saves the note when Ctrl+Enter was pressed before the box appeared, and says so', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const request = createNoteRequest(window);
    for (const key of 'Signs on the 14th') typeKey(key);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, cancelable: true }));
    const { container, unmount } = mountComposer(harness, account.id, request);
    try {
      await expect
        .poll(async () => (await harness.repos.notes.forAccount(account.id)).map((n) => n.text), {
          timeout: 4000,
        })
        .toEqual(['Signs on the 14th']);
      await expect.poll(() => container.textContent, { timeout: 4000 }).toMatch(/Note saved at \d\d:\d\d/);
      expect(container.querySelector('textarea')?.value).toBe('');
    } finally {
      unmount();
    }
  });
});
