import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { extensionPageSenderProblem } from './guards';
import { guarded, MessageRejectedError } from './receive';

const self = { id: 'motive-id', baseUrl: 'chrome-extension://motive-id/' };
const panel = { id: 'motive-id', url: 'chrome-extension://motive-id/sidepanel.html' };
const schema = z.object({ text: z.string().min(1) }).strict();

describe('guarded', () => {
  it('checks the sender before looking at the payload', async () => {
    const handle = vi.fn();
    const receive = guarded(self, extensionPageSenderProblem, schema, handle);
    await expect(
      receive({ sender: { id: 'evil', url: 'https://x/' }, data: { text: 'hi' } }),
    ).rejects.toThrow('Rejected: message is not from this extension.');
    expect(handle).not.toHaveBeenCalled();
  });

  it.each([
    ['a wrong type', { text: 42 }, 'Rejected: invalid text'],
    ['a missing field', {}, 'Rejected: invalid text'],
    ['an unknown field', { text: 'ok', extra: 1 }, 'Rejected: invalid data'],
    ['no object at all', 'hello', 'Rejected: invalid data'],
  ])('rejects %s with a clear error naming the field, and does not handle it', async (_t, data, message) => {
    const handle = vi.fn();
    const receive = guarded(self, extensionPageSenderProblem, schema, handle);
    const result = receive({ sender: panel, data });
    await expect(result).rejects.toBeInstanceOf(MessageRejectedError);
    await expect(result).rejects.toThrow(message);
    expect(handle).not.toHaveBeenCalled();
  });

  it('hands the parsed payload and the sender to the handler', async () => {
    const receive = guarded(
      self,
      extensionPageSenderProblem,
      schema,
      (data, sender) => `${data.text} from ${sender.url}`,
    );
    await expect(receive({ sender: panel, data: { text: 'hi' } })).resolves.toBe(
      'hi from chrome-extension://motive-id/sidepanel.html',
    );
  });
});
