import { describe, expect, it } from 'vitest';
import { parseArgs } from './cli-args';
import { sideResolver } from './speaker-sides';

describe('parseArgs', () => {
  it('reads the file, repeated --buyer/--seller and --format', () => {
    expect(
      parseArgs(['call.vtt', '--buyer', 'Dana', '--buyer', 'Lee', '--seller', 'Sam', '--format', 'jsonl']),
    ).toEqual({
      file: 'call.vtt',
      buyers: ['Dana', 'Lee'],
      sellers: ['Sam'],
      format: 'jsonl',
    });
  });

  it.each([
    [[], /no input file/],
    [['a.txt', '--format', 'pdf'], /--format must be md or jsonl/],
    [['a.txt', '--buyer'], /--buyer needs a value/],
    [['a.txt', '--colour'], /unknown option --colour/],
    [['a.txt', 'b.txt'], /only one file/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('sideResolver', () => {
  it.each([
    [['Dana'], ['Sam'], 'dana', 'buyer'],
    [['Dana'], ['Sam'], 'SAM', 'seller'],
    [[], ['Sam'], 'Lee', 'buyer'],
    [['Dana'], [], 'Lee', 'seller'],
    [[], [], 'Lee', 'unknown'],
    [[], ['Sam'], undefined, 'buyer'],
    [[], [], 'Alex (us)', 'seller'],
    [[], [], 'Sam (Rep)', 'seller'],
    [[], [], 'Priya (Northwind)', 'unknown'],
  ])('buyers %j, sellers %j: %s is %s', (buyers, sellers, speaker, side) => {
    expect(sideResolver(buyers, sellers)(speaker)).toBe(side);
  });
});
