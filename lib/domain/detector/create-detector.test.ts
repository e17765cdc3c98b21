import { describe, expect, it } from 'vitest';
import type { MotivationId, Role } from '../vocabulary';
import { shippedDetector as detector, shippedModel } from '../../../scripts/train/shipped-model';
import { createDetector } from './create-detector';

const motivationsOf = (text: string, side: 'buyer' | 'seller' | 'unknown' = 'buyer') => [
  ...new Set(detector.detect(text, { side }).motivations.map((d) => d.motivation)),
];
const rolesOf = (text: string) => detector.detect(text).roles.map((r) => r.role);

describe('createDetector: motivations from buyer text', () => {
  it.each<[string, MotivationId]>([
    ["We're drowning in manual data entry and it eats every Friday.", 'relief'],
    ['I need one view of every site so I stop finding out about problems too late.', 'control'],
    ["We're opening twelve new stores next year and the current setup won't cope.", 'growth'],
    ['Our auditors will want to know exactly who can access the data.', 'risk'],
    ["I don't want another tool my team has to learn, keep it simple.", 'simplicity'],
    ["I love it, but I'll need to convince our finance director first.", 'permission'],
    ['Can we speak to a couple of customers like us before we decide?', 'confidence'],
    ['Every branch does it their own way, I want one standard process.', 'consistency'],
    ["I'm presenting the results to the board, this is my initiative.", 'credibility'],
    ["If this goes wrong it's my neck on the line, so I want it in writing.", 'blame'],
  ])('reads "%s" as %s', (text, motivation) => {
    expect(motivationsOf(text)).toContain(motivation);
  });

  it.each<[string, MotivationId]>([
    ["we're um we're drowning in in manual data entry you know every single week", 'relief'],
    ['so yeah the auditors are going to want to know who can access the data', 'risk'],
    ['i i need one view of every site so i stop finding out about problems too late', 'control'],
  ])('reads caption-style text (lower case, no punctuation, fillers): "%s"', (text, m) => {
    expect(motivationsOf(text)).toContain(m);
  });

  it.each<[string, MotivationId]>([
    ["Security isn't a concern for us, IT covers it.", 'risk'],
    ['security isnt a concern for us it covers it', 'risk'],
    ["We're not worried about compliance at all.", 'risk'],
    ["We're not planning to open any new stores this year.", 'growth'],
  ])('respects negation: "%s" is not %s evidence', (text, motivation) => {
    expect(motivationsOf(text)).not.toContain(motivation);
  });

  it.each([
    ["Let's start with the risk-free trial you mentioned."],
    ['The growth of the tomato plants was great this year.'],
    ['Sorry, the remote control for the projector is not working.'],
    ['Could you resend the calendar invite for Thursday?'],
  ])('ignores keyword traps and small talk: "%s"', (text) => {
    expect(motivationsOf(text)).toEqual([]);
  });

  it('returns nothing for the seller’s own lines, however motivated they sound', () => {
    const text = "Are you drowning in manual work? Worried about audits? I'll need to check with my CFO.";
    expect(detector.detect(text, { side: 'seller' })).toEqual({ motivations: [], roles: [] });
    expect(detector.detect(text, { side: 'unknown' })).toEqual(detector.detect(text, { side: 'buyer' }));
  });

  it('quotes evidence as verbatim slices of the input at the reported offsets', () => {
    const text =
      'Hi Sam,\nThanks for today. We are buried in manual invoicing and it has to stop.\nBest,\nJo';
    const { motivations } = detector.detect(text);
    expect(motivations.length).toBeGreaterThan(0);
    for (const d of motivations) {
      expect(text.slice(d.span.start, d.span.end)).toBe(d.quote);
      expect(d.confidence).toBeGreaterThanOrEqual(detector.threshold);
      expect(d.confidence).toBeLessThanOrEqual(1);
    }
    expect(motivations[0]!.quote).toBe('We are buried in manual invoicing and it has to stop.');
  });

  it('reads a long email: evidence from its body, none from the quoted thread or signature', () => {
    const filler = 'We also reviewed the agenda for the quarterly meeting and the catering options.\n';
    const text = [
      'Hi Sam,',
      filler.repeat(20),
      'Honestly, each of our depots loads vans its own way and I want one standard method everywhere.',
      filler.repeat(20),
      'Kind regards,',
      'Jo Park',
      'Head of Compliance and Risk',
      '',
      'On Mon, 3 Mar 2026, Sam wrote:',
      '> Worried about audits? Want to grow faster and take control?',
    ].join('\n');
    const { motivations } = detector.detect(text);
    expect(motivations[0]?.motivation).toBe('consistency');
    expect(motivations.map((d) => d.motivation)).not.toContain('risk');
    expect(motivations[0]!.quote).toContain('each of our depots loads vans its own way');
    for (const d of motivations) expect(d.quote).not.toMatch(/Worried about audits|Head of Compliance/);
  });

  it('reports the catalogue signal behind a pattern match', () => {
    const [found] = detector.detect("We're drowning in manual data entry.").motivations;
    expect(found?.signalId).toBe('relief.drowning-in-manual-work');
  });

  it.each([
    [
      'a quoted reply',
      'Sounds good, see you Tuesday.\n\nOn Mon, 3 Mar, Alex wrote:\n> Worried about audits and compliance risk?',
    ],
    ['a ">" quoted block', 'Agreed.\n> Are your teams drowning in manual work and firefighting?'],
    [
      'an Outlook header',
      'Noted.\n\nFrom: Alex Rep\nSent: Monday\nSubject: Re: intro\nWorried about compliance risk and audits?',
    ],
    ['a signature', 'Attached.\n--\nJo Smith\nHead of Risk and Compliance | Audit Team'],
  ])('ignores words that are not the author’s own: %s', (_case, text) => {
    expect(detector.detect(text).motivations).toEqual([]);
  });

  it('a higher threshold only removes detections', () => {
    const text = "We're drowning in admin and I need to convince my boss. Also, the audit worries me.";
    const all = detector.detect(text, { threshold: 0.05 }).motivations.length;
    const strict = detector.detect(text, { threshold: 0.9 }).motivations.length;
    expect(strict).toBeLessThanOrEqual(all);
  });
});

describe('createDetector: one turn is one piece of evidence', () => {
  it('reports a motivation once per turn, however many sentences carry it, quoting the best one', () => {
    const text = 'We are drowning in admin. The manual rekeying eats every Friday. It has to stop.';
    const relief = detector.detect(text).motivations.filter((d) => d.motivation === 'relief');
    expect(relief).toHaveLength(1);
    expect(relief[0]!.quote).toBe('We are drowning in admin.');
  });

  it.each<[string, MotivationId]>([
    ['Right now nobody owns supplier data, so errors sit there for weeks.', 'control'],
    ["honestly nobody's watching the backlog until it blows up", 'control'],
  ])('keeps a signal that is itself negative: "%s" still points to %s', (text, motivation) => {
    // A negation that cancelled the signal would leave nothing above noise (0.1); the claim
    // here is about negation, not calibration, so the motivation must lead what is left.
    const found = detector.detect(text, { threshold: 0.1 }).motivations;
    expect(found[0]?.motivation).toBe(motivation);
  });
});

describe('createDetector: stakeholder role cues', () => {
  it.each<[string, Role]>([
    ["I'll need to run it past our CFO.", 'finance-approver'],
    ['I sign off on the budget for this.', 'economic-buyer'],
    ['Our IT security team will need to review the integration.', 'technical-reviewer'],
    ['My dispatchers will be using it every day, so they need to like it.', 'daily-user'],
    ["I'm going to push hard for this internally.", 'champion'],
    ['Our chief operating officer is sponsoring the programme.', 'senior-sponsor'],
    ['Our head of IT blocked the last two tools we tried.', 'blocker'],
  ])('"%s" cues %s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
  });

  it.each([
    ['Your security team sent us the questionnaire already.'],
    ['I spoke with your architects about the API limits.'],
    ['Your solutions engineer promised the integration would be ready.'],
    ['Your security team will review it first.'],
  ])('gives the buyer no role for the seller’s own people: "%s"', (text) => {
    expect(rolesOf(text)).toEqual([]);
  });

  it.each<[string, Role]>([
    [
      'Your security team sent the questionnaire, and our security team will review it.',
      'technical-reviewer',
    ],
    ['Once your engineer shows us the demo I still need our CFO to sign off.', 'finance-approver'],
    ['Your rollout plan has to be reviewed by our IT security team.', 'technical-reviewer'],
  ])('still hears the buyer’s own people beside the seller’s: "%s" cues %s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
  });

  it.each([["It's not my call, honestly."], ['We had lunch with the finance of a friend.']])(
    'does not invent an economic buyer from "%s"',
    (text) => {
      expect(rolesOf(text)).not.toContain('economic-buyer');
    },
  );
});

describe('createDetector: live caption stream', () => {
  it('returns detections for the pushed line only, and nothing for seller lines', () => {
    const stream = detector.createStream();
    const first = stream.push({
      id: '1',
      speaker: 'Ana',
      side: 'buyer',
      text: 'we are drowning in manual admin',
    });
    const seller = stream.push({
      id: '2',
      speaker: 'Rep',
      side: 'seller',
      text: 'are you worried about audits',
    });
    const third = stream.push({ id: '3', speaker: 'Ana', side: 'buyer', text: 'thanks that helps' });
    expect(first.motivations.map((d) => d.motivation)).toContain('relief');
    expect(seller).toEqual({ motivations: [], roles: [] });
    expect(third.motivations).toEqual([]);
    expect(stream.linesSeen).toBe(3);
  });

  it('gives a line the same result whatever came before it (no re-scan of history)', () => {
    const line = {
      id: 'x',
      speaker: 'Ana',
      side: 'buyer' as const,
      text: 'the auditors will want to see who can access the data',
    };
    const fresh = detector.createStream().push(line);
    const busy = detector.createStream();
    for (let i = 0; i < 200; i++) busy.push({ ...line, id: String(i), text: 'we are drowning in admin' });
    expect(busy.push(line)).toEqual(fresh);
  });
});

describe('createDetector: the operating point shipped in the model', () => {
  const point = detector.operatingPoint;

  it.each([
    ["We're drowning in manual data entry, and if it goes wrong it's my neck on the line."],
    ['I need one view of every site, and every branch does it their own way.'],
    ['Could you resend the calendar invite for Thursday?'],
  ])('reports what the bars let through of the hints: "%s"', (text) => {
    const hints = detector.detect(text, { threshold: 0.01 });
    const motivations = hints.motivations.filter(
      (d, i) => d.confidence >= (i === 0 ? point.top : point.second),
    );
    const roles = hints.roles.filter((r) => r.confidence >= point.role);
    expect(detector.detect(text)).toEqual({ motivations, roles });
  });

  it('keeps the second bar at or above the top bar, and names the lowest bar as its threshold', () => {
    expect(point.second).toBeGreaterThanOrEqual(point.top);
    expect(detector.threshold).toBe(Math.min(point.top, point.role));
  });
});

describe('createDetector: the "reveals a motivation" gate', () => {
  const text = "We're drowning in manual data entry and it eats every Friday.";
  /** The shipped model with a reveals label that only has a bias: a fixed confidence. */
  const withReveals = (bias: number) =>
    createDetector({ ...shippedModel, reveals: { bias, index: [], weight: [] } });
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  const { reveals: _, ...ungatedModel } = shippedModel;
  const ungated = createDetector(ungatedModel).detect(text, { threshold: 0.0001 }).motivations;

  it.each<[string, number]>([
    ['a sure gate lifts it to the square root of its own confidence', 8],
    ['a doubtful gate lowers it', -3],
    ['an even gate', 0],
  ])('%s: the strongest takes the geometric mean, no other rises above it', (_case, bias) => {
    const gated = withReveals(bias).detect(text, { threshold: 0.0001 }).motivations;
    const strongest = ungated[0]!;
    expect(gated[0]!.motivation).toBe(strongest.motivation);
    expect(gated[0]!.confidence).toBeCloseTo(Math.sqrt(strongest.confidence * sigmoid(bias)), 2);
    for (const other of gated.slice(1)) expect(other.confidence).toBeLessThanOrEqual(gated[0]!.confidence);
  });

  it('reports nothing by default when the gate doubts the text reveals anything', () => {
    expect(withReveals(-20).detect(text).motivations).toEqual([]);
  });
});
