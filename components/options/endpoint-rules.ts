/**
 * Form checks for the sync endpoint: the rules are lib/sync/endpoint-rules.ts, the same the
 * background applies when saving; this adds what only a form needs (an empty field).
 */
import { checkEndpoint as checkEndpointRules } from '@/lib/sync/endpoint-rules';

export type EndpointCheck = { ok: true; endpoint: string } | { ok: false; message: string };

export { isLoopbackHost } from '@/lib/sync/endpoint-rules';

/** Checks an endpoint URL typed by the user; returns it without a trailing slash. */
export function checkEndpoint(input: string): EndpointCheck {
  if (input.trim() === '') return { ok: false, message: 'Enter the endpoint URL your team gave you.' };
  const checked = checkEndpointRules(input);
  return checked.ok ? { ok: true, endpoint: checked.url } : { ok: false, message: checked.reason };
}

/** Tokens are at least 128 random bits, so anything shorter than 16 characters is a typo. */
export function checkToken(input: string): string | null {
  const token = input.trim();
  if (token === '') return 'Enter the access token.';
  if (token.length < 16) return 'That token is too short (tokens are at least 16 characters).';
  if (/\s/.test(token)) return 'A token has no spaces.';
  return null;
}
