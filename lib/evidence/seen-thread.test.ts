import { describe, expect, it } from 'vitest';
import { seenThread } from './seen-thread';

const context = (messages: { name: string; email?: string; at?: string; text: string }[]) => ({
  userEmail: 'rep@motive.test',
  thread: {
    subject: 'Pilot plan',
    messages: messages.map((m) => ({
      from: { name: m.name, ...(m.email ? { email: m.email } : {}) },
      to: [],
      cc: [],
      text: m.text,
      ...(m.at ? { at: m.at } : {}),
    })),
  },
});

describe('seenThread', () => {
  it.each([
    [
      'the user’s own message is the seller’s',
      { name: 'Rep', email: 'rep@motive.test', text: 'Hi' },
      'seller',
    ],
    [
      'a colleague on the user’s domain is the seller’s',
      { name: 'Boss', email: 'boss@motive.test', text: 'Hi' },
      'seller',
    ],
    ['someone else’s message is the buyer’s', { name: 'Ana', email: 'ana@acme.com', text: 'Hi' }, 'buyer'],
  ])('%s', (_rule, message, side) => {
    expect(seenThread(context([message]))?.messages[0]?.side).toBe(side);
  });

  it('leaves out a message whose sender could not be read', () => {
    expect(seenThread(context([{ name: '', text: 'Hi' }]))?.messages).toEqual([]);
  });

  it('keeps the date the app showed, and none when it showed none', () => {
    const thread = seenThread(
      context([
        { name: 'Ana', email: 'ana@acme.com', at: 'Nov 20, 2026 at 10:02', text: 'a' },
        { name: 'Ana', email: 'ana@acme.com', text: 'b' },
      ]),
    );
    expect(thread?.messages[0]?.at).toMatch(/^2026-11-20/);
    expect(thread?.messages[1]?.at).toBeUndefined();
  });

  it('is undefined for a page without a thread', () => {
    expect(seenThread({})).toBeUndefined();
  });
});
