import { describe, expect, it } from 'vitest';
import { guessSeller, sideResolver } from './speaker-sides';

describe('sideResolver', () => {
  it.each([
    ['a name marked as ours', [], [], 'Alex (us)', 'seller'],
    ['a role tag after a dash', [], [], 'Jordan - AE', 'seller'],
    ['a seller role as the name', [], [], 'Sales Rep', 'seller'],
    ['an account executive', [], [], 'Account Executive', 'seller'],
    ['a buyer role as the name', [], [], 'Customer', 'buyer'],
    ['a prospect', [], [], 'Prospect', 'buyer'],
    ['a name tagged as the customer', [], [], 'Priya (customer)', 'buyer'],
    ['a name given with --buyer', ['Dana'], [], 'dana', 'buyer'],
    ['anyone else once only sellers are named', [], ['Sam'], 'Dana', 'buyer'],
    ['anyone else once only buyers are named', ['Dana'], [], 'Sam', 'seller'],
    ['a plain name with nothing known', [], [], 'Dana', 'unknown'],
    ['a seller role with the name as a tag', [], [], 'AE (Sarah)', 'seller'],
    ['a buyer role with the name as a tag', [], [], 'Prospect - Tom', 'buyer'],
    ['a role tag in square brackets', [], [], 'Tom Reyes [Customer]', 'buyer'],
    ['the questions of a Q&A', [], [], 'Q', 'seller'],
    ['the answers of a Q&A', [], [], 'A', 'buyer'],
    ['a role tag overriding nothing given', ['Dana'], [], 'Rep', 'seller'],
  ])('%s', (_rule, buyers, sellers, speaker, side) => {
    expect(sideResolver(buyers, sellers)(speaker)).toBe(side);
  });
});

const turns = (pairs: [string, string][]) => pairs.map(([speaker, text]) => ({ speaker, text }));

describe('guessSeller: who sounds like the vendor when nobody said', () => {
  it('picks the speaker who talks about their own product and asks the discovery questions', () => {
    const guess = guessSeller(
      turns([
        ['Sam', 'Thanks for making the time. Tell me about how you handle renewals today?'],
        ['Dana', 'Honestly it is a mess, our team spends every Monday fixing the spreadsheet.'],
        ['Sam', 'That makes sense. Our platform pulls the contracts in automatically, let me show you.'],
        ['Dana', 'Okay. I would need my CFO to see the numbers before we commit.'],
        ['Sam', 'Of course, we can send over a case study from customers like you. Does that sound fair?'],
        ['Dana', 'Yes, please do.'],
      ]),
    );
    expect(guess?.seller).toBe('Sam');
    expect(guess?.cues.length).toBeGreaterThanOrEqual(2);
  });

  it('picks the speaker who only asks the discovery questions', () => {
    const guess = guessSeller(
      turns([
        ['Sam', 'Thanks for your time. What prompted you to take this call?'],
        ['Dana', 'We keep missing renewals and I find out too late.'],
        ['Sam', 'Who else would be involved in a decision like this?'],
        ['Dana', 'Our CFO, and she will want numbers.'],
        ['Sam', 'And what would success look like in six months?'],
        ['Dana', 'Nobody chasing spreadsheets on a Friday.'],
      ]),
    );
    expect(guess?.seller).toBe('Sam');
  });

  it.each([
    ['one speaker only', turns([['Dana', 'Our platform team is drowning. Let me show you the backlog.']])],
    [
      'nobody sounds like a vendor',
      turns([
        ['Dana', 'We need this fixed.'],
        ['Priya', 'I agree, it is slow.'],
      ]),
    ],
    [
      'two speakers sound alike',
      turns([
        ['Sam', 'Our platform does that, let me show you.'],
        ['Kim', 'Our product does that too, let me show you ours.'],
        ['Dana', 'Fine.'],
      ]),
    ],
  ])('guesses nobody when %s', (_case, lines) => {
    expect(guessSeller(lines)).toBeUndefined();
  });
});
