import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

describe('parseCsv: .csv and .tsv transcripts with a header row', () => {
  it('reads speaker and text columns, quoted fields with commas, doubled quotes and line breaks', () => {
    const text =
      'Speaker,Start,Text\nSam Rep,0:01,"Hi, thanks for joining"\nDana Reyes,0:05,"We are ""drowning"",\nfrankly"\n';
    expect(parseCsv(text, ',')).toEqual([
      { id: '1', speaker: 'Sam Rep', text: 'Hi, thanks for joining', sourceLine: 2 },
      { id: '2', speaker: 'Dana Reyes', text: 'We are "drowning",\nfrankly', sourceLine: 3 },
    ]);
  });

  it('takes id and side columns when present, and reads tab-separated files', () => {
    const text = 'id\trole\tutterance\na1\tcustomer\twe need it\r\n';
    expect(parseCsv(text, '\t')).toEqual([{ id: 'a1', side: 'buyer', text: 'we need it', sourceLine: 2 }]);
  });

  it('skips blank rows', () => {
    expect(parseCsv('text\n\nwe need it\n\n', ',')).toEqual([{ id: '1', text: 'we need it', sourceLine: 3 }]);
  });

  it.each([
    [
      'a header without a text column',
      'speaker,when\nDana,0:01',
      /^line 1: the header row must name a text column/,
    ],
    ['an unterminated quoted field', 'text\n"we need it', /^line 2: a quoted field is never closed/],
    ['a side that names no side', 'text,side\nwe need it,martian', /^line 2: "side" must be buyer or seller/],
  ])('fails on %s with a clear error', (_case, text, message) => {
    expect(() => parseCsv(text, ',')).toThrow(message);
  });
});
