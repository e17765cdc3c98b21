/**
 * Wraps a message handler so that it checks the sender, then validates the payload, then
 * handles — in that order, failing closed with a clear error that the sender receives.
 */
import type { z } from 'zod';
import type { ExtensionIdentity, SenderLike } from './guards';

export class MessageRejectedError extends Error {
  override name = 'MessageRejectedError';
}

export interface Received {
  sender: SenderLike;
  data: unknown;
}

export type SenderCheck = (sender: SenderLike, self: ExtensionIdentity) => string | null;

export function guarded<S extends z.ZodType, R>(
  self: ExtensionIdentity,
  check: SenderCheck,
  schema: S,
  handle: (data: z.output<S>, sender: SenderLike) => R | Promise<R>,
): (message: Received) => Promise<R> {
  return async (message) => {
    const problem = check(message.sender, self);
    if (problem !== null) throw new MessageRejectedError(`Rejected: ${problem}.`);
    const parsed = schema.safeParse(message.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'data';
      throw new MessageRejectedError(`Rejected: invalid ${where}: ${issue?.message ?? 'bad payload'}.`);
    }
    return handle(parsed.data, message.sender);
  };
}
