import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript';

const parsed = (file: string, text: string) =>
  parseTranscript(file, text).map(({ id, speaker, text: said }) => ({ id, speaker, text: said }));

describe('parseTranscript', () => {
  it.each([
    ['.txt with "Name:" prefixes', 'a.txt', 'Dana: we need it\nstill Dana\n\nplain line', [
      { id: '1', speaker: 'Dana', text: 'we need it\nstill Dana' }, { id: '2', speaker: undefined, text: 'plain line' }]],
    ['an empty speaker heading, which takes no number', 'a.txt', 'Dana Lee  00:01\n\nSam Ortiz  00:02\nwe need one view\n\nDana Lee  00:03\nok', [
      { id: '1', speaker: 'Sam Ortiz', text: 'we need one view' }, { id: '2', speaker: 'Dana Lee', text: 'ok' }]],
    ['.md "**Name:** text" with continuation lines', 'a.md', '# Call\n**Dana:** one\ntwo\n**Sam:** three', [
      { id: '1', speaker: 'Dana', text: 'one\ntwo' }, { id: '2', speaker: 'Sam', text: 'three' }]],
    ['.vtt voice tags, cue ids and NOTE blocks', 'a.vtt', 'WEBVTT\n\nc1\n00:00:01.000 --> 00:00:02.000\n<v Dana>hi there</v>\n\nNOTE x\n\n00:01.000 --> 00:02.000\nSam: hello', [
      { id: 'c1', speaker: 'Dana', text: 'hi there' }, { id: '2', speaker: 'Sam', text: 'hello' }]],
    ['.srt cues with multi-line text', 'a.srt', '1\n00:00:01,000 --> 00:00:02,000\nDana: one\ntwo\n\n2\n00:00:03,000 --> 00:00:04,000\nok', [
      { id: '1', speaker: 'Dana', text: 'one two' }, { id: '2', speaker: undefined, text: 'ok' }]],
    ['.vtt cues with a company after the name (Zoom)', 'a.vtt', 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nPriya Shah (Northwind): we need one view', [
      { id: '1', speaker: 'Priya Shah (Northwind)', text: 'we need one view' }]],
    ['.jsonl objects without ids (the line number is the id)', 'a.jsonl', '{"text":"hi","speaker":"Dana"}\n{"text":"yo"}', [
      { id: '1', speaker: 'Dana', text: 'hi' }, { id: '2', speaker: undefined, text: 'yo' }]],
    ['.jsonl objects', 'a.jsonl', '{"id":"x","text":"hi","speaker":"Dana"}\n\n{"id":7,"text":"yo"}', [
      { id: 'x', speaker: 'Dana', text: 'hi' }, { id: '7', speaker: undefined, text: 'yo' }]],
    ['.md with plain "Name: text" lines', 'a.md', '# Call\nDana: one\nSam: two', [
      { id: '1', speaker: 'Dana', text: 'one' }, { id: '2', speaker: 'Sam', text: 'two' }]],
    ['.md bold names with the colon outside', 'a.md', '**Dana Reyes**: one\n**Sam**: two', [
      { id: '1', speaker: 'Dana Reyes', text: 'one' }, { id: '2', speaker: 'Sam', text: 'two' }]],
    ['.txt with timestamps before the names', 'a.txt', '[00:00:05] Sam: hi\n[00:00:09] Dana: we need it', [
      { id: '1', speaker: 'Sam', text: 'hi' }, { id: '2', speaker: 'Dana', text: 'we need it' }]],
    ['.txt export with speaker and time on their own line (Otter, Zoom)', 'a.txt', 'Sam Rep  0:03\nhow is it going\n\nDana Reyes  0:09\nwe are drowning\nin admin', [
      { id: '1', speaker: 'Sam Rep', text: 'how is it going' }, { id: '2', speaker: 'Dana Reyes', text: 'we are drowning\nin admin' }]],
    ['.txt export with "Name - time" on its own line (Fireflies)', 'a.txt', 'Sam Rep - 00:01\nhow is it going\nDana Reyes - 00:07\nwe are drowning', [
      { id: '1', speaker: 'Sam Rep', text: 'how is it going' }, { id: '2', speaker: 'Dana Reyes', text: 'we are drowning' }]],
    ['.txt saved from Zoom’s live transcript: "[Name] clock time" on its own line', 'a.txt', '[Sam Rep] 10:02:15\nhow is it going\n\n[Dana Reyes] 10:02:30\nwe are drowning', [
      { id: '1', speaker: 'Sam Rep', text: 'how is it going' }, { id: '2', speaker: 'Dana Reyes', text: 'we are drowning' }]],
    ['.txt export with "time | Name" on its own line', 'a.txt', '0:00 | Sam Rep\nhow is it going\n0:07 | Dana Reyes\nwe are drowning', [
      { id: '1', speaker: 'Sam Rep', text: 'how is it going' }, { id: '2', speaker: 'Dana Reyes', text: 'we are drowning' }]],
    ['.txt with roles as speakers', 'a.txt', 'Sales Rep: what brought you here?\nCustomer: we keep missing renewals.', [
      { id: '1', speaker: 'Sales Rep', text: 'what brought you here?' }, { id: '2', speaker: 'Customer', text: 'we keep missing renewals.' }]],
    ['a .md transcript inside a blockquote or a callout (Obsidian)', 'a.md', '> [!quote] Transcript\n> **Sam (Acme):** what prompted this?\n> **Dana (Northwind):** we are drowning\n> in admin', [
      { id: '1', speaker: 'Sam (Acme)', text: 'what prompted this?' }, { id: '2', speaker: 'Dana (Northwind)', text: 'we are drowning\nin admin' }]],
    ['a .md table of speakers and what they said', 'a.md', '| Time | Speaker | Text |\n|---|:---|---|\n| 00:01 | Sam Rep | what prompted this? |\n| 00:09 | Dana Reyes | we are drowning \\| every week |', [
      { id: '1', speaker: 'Sam Rep', text: 'what prompted this?' }, { id: '2', speaker: 'Dana Reyes', text: 'we are drowning | every week' }]],
    ['.md speakers written as wiki links (Obsidian)', 'a.md', '**[[Dana Reyes]]:** one\n**[[people/Sam Rep|Sam]]:** two', [
      { id: '1', speaker: 'Dana Reyes', text: 'one' }, { id: '2', speaker: 'Sam', text: 'two' }]],
    ['.md speakers as headings over their words', 'a.md', '# Call\n\n### Sam Rep (Acme)\nwhat prompted this?\n\n### Dana Reyes\nwe are drowning\n\n### Sam Rep (Acme)\nwho else?\n\n### Dana Reyes 00:41\nour CFO', [
      { id: '1', speaker: 'Sam Rep (Acme)', text: 'what prompted this?' }, { id: '2', speaker: 'Dana Reyes', text: 'we are drowning' },
      { id: '3', speaker: 'Sam Rep (Acme)', text: 'who else?' }, { id: '4', speaker: 'Dana Reyes', text: 'our CFO' }]],
    ['Windows line ends', 'a.txt', 'one\r\ntwo\r\n', [
      { id: '1', speaker: undefined, text: 'one' }, { id: '2', speaker: undefined, text: 'two' }]],
  ])('reads %s', (_case, file, text, expected) => {
    expect(parsed(file, text)).toEqual(expected);
  }); // prettier-ignore

  it.each([
    ['a .md title block, participants and outcome', 'a.md',
      '# Discovery call\nAcme, 3 March\n**Participants:** Dana (Acme), Sam (us)\n**Dana:** we are drowning in admin\n\n## Outcome\nWorried about audits, wants a safe rollout.\n- needs CFO sign-off',
      ['we are drowning in admin']],
    ['.md notes after a blank line and bullets', 'a.md',
      '**Dana:** one\n\nRep note: she sounded worried about risk\n- follow up on audits', ['one']],
    ['a .md bold phrase that is not a speaker', 'a.md',
      '**Dana:** one\n**Key takeaway** they want a pilot', ['one']],
    ['a .txt role label naming the company', 'a.txt',
      'Customer: Northwind Freight\nPriya: we need one view of every clinic', ['we need one view of every clinic']],
    ['a .md table that is not a transcript', 'a.md',
      '**Dana:** one\n\n| Risk | Owner |\n|---|---|\n| audit | Dana |', ['one']],
    ['a .md blockquote without speakers (the rep quoting from memory)', 'a.md',
      '**Dana:** one\n\n> they sounded worried about audits', ['one']],
    ['.md sections named once, however name-like', 'a.md',
      '**Dana:** one\n\n## Background\nThey were burned by the last vendor.\n\n## Pricing\nWants a discount.', ['one']],
    ['.txt headers and call notes', 'a.txt',
      'Participants: Dana, Sam\nDate: 3 March\nDana: we need one standard process\nOutcome: risk averse, needs approval\n\nNotes: push the pilot',
      ['we need one standard process']],
  ])('never offers %s as anyone\'s words', (_case, file, text, evidence) => {
    const lines = parseTranscript(file, text);
    expect(lines.filter((l) => !l.notOwnWords).map((l) => l.text)).toEqual(evidence);
  }); // prettier-ignore

  it('reports the file line where each utterance starts', () => {
    const lines = parseTranscript('a.md', '# Call\n\n**Dana:** one\n\n**Sam:** two');
    expect(lines.map((l) => [l.text, l.sourceLine])).toEqual([
      ['one', 3],
      ['two', 5],
    ]);
  });

  it('reads a .txt without speakers as one email, marking its quoted reply and signature', () => {
    const lines = parseTranscript(
      'a.txt',
      'Hi,\nWe need it.\nBest,\nJo\nHead of Risk\n\nOn Mon, Sam wrote:\n> old',
    );
    expect(lines.filter((l) => !l.notOwnWords).map((l) => l.text)).toEqual(['Hi,', 'We need it.']);
    expect(lines).toHaveLength(7);
  });

  it('reads a .txt email with one "Label:" line in it as an email, not a transcript', () => {
    const lines = parseTranscript('a.txt', 'Hi Sam,\nImportant: our CFO must sign off.\nThanks,\nJo');
    expect(lines.filter((l) => !l.notOwnWords).map((l) => l.text)).toEqual([
      'Hi Sam,',
      'Important: our CFO must sign off.',
    ]);
  });

  it.each([
    ['a .vtt without the WEBVTT header', 'a.vtt', '00:00:01.000 --> 00:00:02.000\nhi', /line 1: a \.vtt file must start with "WEBVTT"/],
    ['a .vtt cue without timing', 'a.vtt', 'WEBVTT\n\nc1\nhello', /line 4: expected a cue timing/],
    ['an .srt cue number that is not a number', 'a.srt', 'one\n00:00:01,000 --> 00:00:02,000\nhi', /line 1: expected a cue number/],
    ['an .srt timing in the wrong shape', 'a.srt', '1\n00:00:01 --> 00:00:02\nhi', /line 2: expected a cue timing/],
    ['a .jsonl line that is not JSON', 'a.jsonl', '{"id":"1","text":"a"}\n{oops', /line 2: not valid JSON/],
    ['a .jsonl line without text', 'a.jsonl', '{"id":"1"}', /line 1: "text" must be a string/],
    ['a .jsonl speaker that is not a string', 'a.jsonl', '{"id":"1","text":"a","speaker":3}', /line 1: "speaker" must be a string/],
    ['a .jsonl id that is neither string nor number', 'a.jsonl', '{"id":[1],"text":"a"}', /line 1: "id" must be a string or number/],
    ['a .jsonl side that names no side', 'a.jsonl', '{"text":"a","side":"Dana"}', /line 1: "side" must be buyer or seller/],
    ['an unsupported extension', 'a.docx', 'x', /unsupported file type "\.docx"/],
  ])('rejects %s with an error naming the line', (_case, file, text, message) => {
    expect(() => parseTranscript(file, text)).toThrow(message);
  }); // prettier-ignore
});
