import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';

const gongTranscript = {
  callTranscripts: [
    {
      callId: 'c1',
      transcript: [
        {
          speakerId: 's1',
          topic: 'Intro',
          sentences: [{ start: 0, end: 9, text: 'What prompted this call?' }],
        },
        {
          speakerId: 's2',
          sentences: [
            { start: 10, end: 19, text: 'We are drowning in manual work.' },
            { start: 20, end: 29, text: 'Every close takes a week.' },
          ],
        },
      ],
    },
  ],
};
const parties = [
  { speakerId: 's1', name: 'Sam Rep', affiliation: 'Internal' },
  { speakerId: 's2', name: 'Dana Reyes', affiliation: 'External' },
];

describe('parseJson: .json transcripts', () => {
  it('reads an array of utterance objects, numbering them and naming the file line of each', () => {
    const text =
      '[\n  {"speaker": "Sam", "text": "hi"},\n  {"speaker": "Dana", "side": "buyer",\n   "text": "we need it"}\n]';
    expect(parseJson(text)).toEqual([
      { id: '1', speaker: 'Sam', text: 'hi', sourceLine: 2 },
      { id: '2', speaker: 'Dana', side: 'buyer', text: 'we need it', sourceLine: 4 },
    ]);
  });

  it.each(['utterances', 'turns', 'transcript', 'lines', 'segments', 'messages'])(
    'reads the utterances under "%s"',
    (key) => {
      const lines = parseJson(JSON.stringify({ title: 'Call', [key]: [{ id: 'a', text: 'we need it' }] }));
      expect(lines).toEqual([{ id: 'a', text: 'we need it', sourceLine: 1 }]);
    },
  );

  it('reads a Gong transcript: one utterance per monologue, speakers by id', () => {
    expect(parseJson(JSON.stringify(gongTranscript))).toEqual([
      { id: '1', speaker: 's1', text: 'What prompted this call?', sourceLine: 1 },
      {
        id: '2',
        speaker: 's2',
        text: 'We are drowning in manual work. Every close takes a week.',
        sourceLine: 1,
      },
    ]);
  });

  it.each([
    ['beside the transcript', { ...gongTranscript, parties }],
    ['in the call data (webhook shape)', { ...gongTranscript, callData: { parties } }],
  ])(
    'names Gong speakers and takes their sides from the parties %s (Internal: seller, External: buyer)',
    (_where, value) => {
      const lines = parseJson(JSON.stringify(value));
      expect(lines.map((l) => [l.speaker, l.side])).toEqual([
        ['Sam Rep', 'seller'],
        ['Dana Reyes', 'buyer'],
      ]);
    },
  );

  it.each([
    ['text that is not JSON', '{"text": ', /^line 1: not valid JSON/],
    ['a value with no utterances in it', '{"title": "Call"}', /no utterances: expected an array of \{"text"/],
    [
      'an utterance without text',
      '[\n{"text": "hi"},\n{"speaker": "Dana"}\n]',
      /^line 2: item 2: "text" must be a string/,
    ],
    [
      'a Gong monologue without sentences',
      JSON.stringify({ callTranscripts: [{ transcript: [{ speakerId: 's1' }] }] }),
      /item 1: "sentences" must be a list of \{"text"\}/,
    ],
  ])('fails on %s with a clear error', (_case, text, message) => {
    expect(() => parseJson(text)).toThrow(message);
  });
});
