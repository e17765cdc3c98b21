import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDiagnose } from './run-diagnose';

const root = new URL('../../', import.meta.url);
const io = {
  readText: (path: string) => readFileSync(new URL(path, root), 'utf8'),
  modelText: () => readFileSync(new URL('public/models/detector.json', root), 'utf8'),
};
const fixture = (name: string) => `tests/fixtures/transcripts/${name}`;
interface LineRecord {
  id: string;
  motivations: { id: string; score: number }[];
  roles: string[];
  evidence: unknown[];
}
const jsonl = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as LineRecord);

describe('diagnose CLI', () => {
  it.each([
    ['discovery-call.vtt', ['--seller', 'Sam Rep'], 'relief', 'finance-approver'],
    ['discovery-call.srt', ['--seller', 'Sam Rep'], 'consistency', undefined],
    ['renewal-notes.md', ['--seller', 'Alex (us)'], 'growth', undefined],
    ['buyer-email.txt', [], 'relief', 'technical-reviewer'],
    ['lines.jsonl', ['--buyer', 'Dana'], 'blame', undefined],
  ])('diagnoses %s (%j) as jsonl, one line per input line', (file, flags, motivation, role) => {
    const result = runDiagnose([fixture(file), ...flags, '--format', 'jsonl'], io);
    expect(result.code).toBe(0);
    const records = jsonl(result.stdout);
    expect(records.every((r) => typeof r.id === 'string' && Array.isArray(r.evidence))).toBe(true);
    expect(records.flatMap((r) => r.motivations.map((m) => m.id))).toContain(motivation);
    if (role) expect(records.flatMap((r) => r.roles)).toContain(role);
  });

  it('takes no evidence from an email’s signature', () => {
    const records = jsonl(runDiagnose([fixture('buyer-email.txt'), '--format', 'jsonl'], io).stdout);
    expect(records).toHaveLength(6);
    expect(records[5]).toEqual({ id: '6', line: 6, motivations: [], roles: [], evidence: [] });
  });

  it('gives the seller’s lines no evidence', () => {
    const records = jsonl(
      runDiagnose([fixture('discovery-call.vtt'), '--seller', 'Sam Rep', '--format', 'jsonl'], io).stdout,
    );
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual({ id: '1', line: 3, motivations: [], roles: [], evidence: [] });
  });

  it('names the file line of each quote, not the utterance number', () => {
    const { stdout } = runDiagnose([fixture('renewal-notes.md')], io);
    expect(stdout).toMatch(/opening four new clinics.*\(Priya \(Northwind\), line 5\)/);
  });

  it('never quotes the rep or the rep’s notes as the customer', () => {
    const { stdout } = runDiagnose([fixture('renewal-notes.md')], io);
    expect(stdout).not.toMatch(/\(Alex \(us\), line/);
    expect(stdout).not.toMatch(/are you growing the team/);
  });

  it('writes a readable Markdown diagnosis of the whole conversation', () => {
    const { stdout, code } = runDiagnose([fixture('discovery-call.vtt'), '--seller', 'Sam Rep'], io);
    expect(code).toBe(0);
    expect(stdout).toContain('## What is driving them');
    expect(stdout).toMatch(/### Relief: \d+% \(1 turn, 1 speaker\)/);
    // One turn is a lead, not a finding: the notes say so under the heading.
    expect(stdout).toMatch(
      /### Relief: [^\n]*\n\nHeard in one turn only: confirm it with them before planning on it\./,
    );
    expect(stdout).toContain('drowning in manual data entry');
    expect(stdout).toMatch(/- Finance approver: ".*cfo.*" \(Dana Cole, line 11\)/);
    expect(stdout).toContain('## Still unknown: ask next');
    expect(stdout).toContain('1 seller line and');
  });

  it('works out the seller of a transcript whose speakers carry no side, says so, and never quotes them', () => {
    const { stdout, code } = runDiagnose([fixture('unlabelled-call.txt')], io);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Jordan Blake is taken as the seller \(sounds like the vendor: .*"our platform"/);
    expect(stdout).toContain('3 seller lines');
    expect(stdout).not.toMatch(/\(Jordan Blake, line/);
    expect(stdout).toMatch(/### Permission: \d+%/);
    expect(stdout).toContain('(Priya Nair, line 4)');
  });

  it('takes the sides from the attendee list, and never reads the title or the sellers as the buyer', () => {
    const { stdout, code } = runDiagnose([fixture('attendee-list-call.txt')], io);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Sides by the attendee list (line 3): Sarah Chen is the seller, Lena Ortiz is the seller, Sarah is the seller, Tom Reyes the buyer, Tom the buyer;',
    );
    expect(stdout).toContain('Read 3 customer turns (3 lines); 3 seller lines and 3 header or note lines');
    expect(stdout).not.toMatch(/\((Sarah Chen|Lena Ortiz|Sarah|Call), line/);
    expect(stdout).toMatch(/### Relief: \d+%[^#]*drowning in manual reconciliation/);
    expect(stdout).toMatch(/### Permission: \d+%[^#]*\(Tom Reyes, line 8\)/);
    // A clear line is still not a certainty.
    expect(stdout).not.toContain('100%');
  });

  it('reads an Obsidian call note: sides from the front matter, only the transcript as evidence', () => {
    const { stdout, code } = runDiagnose([fixture('obsidian-call-note.md')], io);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Sides by the attendee list (line 5): Sarah Chen is the seller, Tom Reyes the buyer;',
    );
    expect(stdout).toContain('Read 2 customer turns (2 lines); 2 seller lines and');
    expect(stdout).toMatch(/### Relief: \d+%[^#]*\(Tom Reyes, line 21\)/);
    expect(stdout).not.toMatch(/\((Sarah Chen|the buyer), line/);
  });

  it('takes each .jsonl line’s side when it states one ("side" or "role")', () => {
    const io2 = {
      ...io,
      readText: () =>
        [
          '{"speaker":"Sam","side":"seller","text":"Our platform removes that risk for customers like you."}',
          '{"speaker":"Dana","role":"customer","text":"We are drowning in manual re-keying every single week."}',
        ].join('\n'),
    };
    const records = jsonl(runDiagnose(['call.jsonl', '--format', 'jsonl'], io2).stdout);
    expect(records[0]).toMatchObject({ id: '1', motivations: [], evidence: [] });
    expect(records[1]!.motivations.map((m) => m.id)).toContain('relief');
  });

  it('reads a Gong transcript (.json): the vendor guessed among speaker ids, quotes on their file lines', () => {
    const result = runDiagnose([fixture('gong-demo-call.json')], io);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('speaker-1 is taken as the seller');
    const quotes = [...result.stdout.matchAll(/^- "(.+)" \((speaker-\d), line (\d+)\)$/gm)];
    expect(quotes.length).toBeGreaterThan(3);
    const file = io.readText(fixture('gong-demo-call.json')).split('\n');
    for (const [, quote, speaker, line] of quotes) {
      expect(speaker).not.toBe('speaker-1');
      // The line is where the quoted monologue's words start; the quote is in that monologue.
      expect(file[Number(line) - 1]).toContain('"text"');
      const monologue = file
        .slice(Number(line) - 1)
        .join('\n')
        .split('"speakerId"')[0];
      expect(monologue).toContain(quote!.slice(0, 30));
    }
  });

  it('lets --buyer overrule the guess', () => {
    const records = jsonl(
      runDiagnose([fixture('unlabelled-call.txt'), '--buyer', 'Jordan Blake', '--format', 'jsonl'], io)
        .stdout,
    );
    // Priya is now the seller: her lines give nothing.
    expect(records[1]).toMatchObject({ motivations: [], evidence: [] });
  });

  it('reads speakers named by role ("Sales Rep:", "Customer:") as their sides', () => {
    const io2 = {
      ...io,
      readText: () =>
        'Customer: Northwind Freight\nSales Rep: our platform handles that, let me show you.\nCustomer: we are drowning in manual re-keying every single week.',
    };
    const { stdout } = runDiagnose(['call.txt'], io2);
    expect(stdout).toContain("Sides by the speakers' names: Sales Rep is the seller, Customer the buyer.");
    expect(stdout).toContain('1 seller line and 1 header or note line');
    expect(stdout).toMatch(/### Relief/);
  });

  it.each([
    ['bad-text.jsonl', /bad-text\.jsonl: line 2: "text" must be a string/],
    ['bad-timing.srt', /bad-timing\.srt: line 6: expected a cue timing/],
    ['missing.txt', /missing\.txt: cannot read the file/],
  ])('fails on %s with a clear error and exit code 1', (file, message) => {
    const result = runDiagnose([fixture(file)], io);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it.each([['--help'], ['-h'], ['call.txt', '--help']])(
    'prints its usage and what it reads on %j, and exits 0 without reading a file',
    (...argv) => {
      const result = runDiagnose(argv, { ...io, readText: () => expect.unreachable('read a file') });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^usage: npm run diagnose -- /);
      expect(result.stdout).toContain('--format jsonl');
    },
  );

  it('runs as `tsx scripts/diagnose.ts` and exits 1 on bad input', () => {
    const run = (args: string[]) =>
      spawnSync('npx', ['tsx', 'scripts/diagnose.ts', ...args], { cwd: root, encoding: 'utf8' });
    const ok = run([fixture('lines.jsonl'), '--format', 'jsonl', '--buyer', 'Dana']);
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(3);
    const bad = run([fixture('bad-text.jsonl')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('line 2');
  }, 60_000); // two real processes, each loading the model: slow on a loaded machine
});
