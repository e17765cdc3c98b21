import { describe, expect, it } from 'vitest';
import { md, mdLink, mdQuote } from './markdown';

describe('md (inline page text)', () => {
  it.each([
    ['plain words pass through', 'We need this fixed by Friday.', 'We need this fixed by Friday.'],
    ['emphasis markers are escaped', '*very* _urgent_', '\\*very\\* \\_urgent\\_'],
    ['a link cannot be formed', '[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['an image cannot be formed', '![x](https://evil.example/a.png)', '!\\[x\\](https://evil.example/a.png)'],
    ['HTML tags are escaped', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['entities are not interpreted', '&lt;script&gt;', '\\&lt;script\\&gt;'],
    ['a leading heading marker is escaped', '# Pwned', '\\# Pwned'],
    ['a leading list marker is escaped', '- item', '\\- item'],
    ['a leading ordered list marker is escaped', '1. first', '1\\. first'],
    ['newlines cannot start new blocks', 'ok\n# heading\n- list', 'ok # heading - list'],
    ['backticks cannot open code', '`rm -rf`', '\\`rm -rf\\`'],
    ['table pipes are escaped', 'a | b', 'a \\| b'],
    ['hyphens inside words stay readable', 'follow-up', 'follow-up'],
  ])('%s', (_rule, input, expected) => {
    expect(md(input)).toBe(expected);
  });
});

describe('mdQuote', () => {
  it('quotes every line so the text cannot leave the quote', () => {
    expect(mdQuote('first\n# second\n\nthird')).toBe('> first\n> \\# second\n>\n> third');
  });
});

describe('mdLink', () => {
  it.each([
    [
      'an http(s) link keeps its URL',
      'Case study',
      'https://example.com/a',
      '[Case study](https://example.com/a)',
    ],
    [
      'a URL cannot close the link early',
      'x',
      'https://example.com/a)(b',
      '[x](https://example.com/a%29%28b)',
    ],
    ['a non-http URL becomes plain text', 'x', 'javascript:alert(1)', 'x'],
    ['the label is escaped', '*bold*', 'https://example.com', '[\\*bold\\*](https://example.com)'],
  ])('%s', (_rule, label, url, expected) => {
    expect(mdLink(label, url)).toBe(expected);
  });
});
