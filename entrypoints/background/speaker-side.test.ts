import { describe, expect, it } from 'vitest';
import type { PageContext } from '@/lib/messaging/page-context';
import { isBuyerCandidate, isSellerMessage } from './email-evidence';
import { evidenceId } from '@/lib/evidence';
import { speakerSide } from './speaker-side';

const known = new Set(['dana reyes']);

describe('speakerSide', () => {
  it.each([
    ['the app’s own label for the user is the seller', 'You', {}, 'seller'],
    ['a localised label for the user is the seller', 'Vous', {}, 'seller'],
    ['the Russian label for the user is the seller', 'Вы', {}, 'seller'],
    ['the Dutch label for the user is the seller', 'Jij', {}, 'seller'],
    ['the Japanese label for the user is the seller', '自分', {}, 'seller'],
    [
      'the user’s own name read from the page is the seller',
      'riley  SELLER',
      { userName: 'Riley Seller' },
      'seller',
    ],
    ['a known person of the account is the buyer (accents and case folded)', 'DANA Réyes', {}, 'buyer'],
    ['anyone else is unknown', 'Jo Whitfield', { userName: 'Riley Seller' }, 'unknown'],
  ])('%s', (_rule, speaker, extra, side) => {
    expect(speakerSide(speaker, { knownPeople: known, ...extra })).toBe(side);
  });
});

describe('isSellerMessage', () => {
  const context = { userEmail: 'riley@seller.io', userName: 'Riley Seller' } as PageContext;
  const message = (from: { name: string; email?: string }) => ({ from, to: [], cc: [], text: 'x' });
  it.each([
    ['the user’s own message', { name: 'Riley Seller', email: 'RILEY@seller.io' }, true],
    ['a colleague on the user’s domain', { name: 'Sam', email: 'sam@eu.seller.io' }, true],
    ['the user by name when no address shows', { name: 'Riley Seller' }, true],
    ['the buyer', { name: 'Dana Reyes', email: 'dana.reyes@acme.com' }, false],
  ])('%s', (_rule, from, expected) => {
    expect(isSellerMessage(message(from), context)).toBe(expected);
  });
});

describe('isBuyerCandidate', () => {
  const context = { userEmail: 'riley@seller.io', userName: 'Riley Seller' } as PageContext;
  const message = (from: { name: string; email?: string }) => ({ from, to: [], cc: [], text: 'x' });
  it.each([
    ['the buyer’s message may be evidence', { name: 'Dana Reyes', email: 'dana.reyes@acme.com' }, true],
    ['the seller’s own message never is', { name: 'Riley Seller', email: 'riley@seller.io' }, false],
    ['a message whose sender was not read never is (nobody knows who wrote it)', { name: '' }, false],
    ['a sender known by name only may be', { name: 'Dana Reyes' }, true],
  ])('%s', (_rule, from, expected) => {
    expect(isBuyerCandidate(message(from), context)).toBe(expected);
  });
});

describe('evidenceId', () => {
  it('is stable for the same parts and differs when any part differs', () => {
    expect(evidenceId('cap', 'line-1', 'relief', 0)).toBe(evidenceId('cap', 'line-1', 'relief', 0));
    expect(evidenceId('cap', 'line-1', 'relief', 0)).not.toBe(evidenceId('cap', 'line-1', 'relief', 1));
    expect(evidenceId('mail', 'line-1', 'relief', 0)).toMatch(/^e_mail_[0-9a-f]{16}$/);
  });
});
