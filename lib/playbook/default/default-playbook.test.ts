import { describe, expect, it } from 'vitest';
import { CHANNELS, MOTIVATIONS, PLAYBOOK_KINDS, STAGES } from '../../domain/vocabulary';
import { exportPlaybook, parsePlaybookImport } from '../import-export';
import { matchPlaybook } from '../match-playbook';
import { playbookEntrySchema } from '../schema';
import { loadDefaultPlaybook } from './index';

const entries = await loadDefaultPlaybook();
const cells = MOTIVATIONS.flatMap((m) => STAGES.flatMap((s) => CHANNELS.map((c) => [m, s, c] as const)));

describe('the default playbook', () => {
  it('has at least 250 entries, all valid against the schema and marked as defaults', () => {
    expect(entries.length).toBeGreaterThanOrEqual(250);
    for (const e of entries) {
      expect(playbookEntrySchema.parse(e)).toEqual(e);
      expect(e.origin).toBe('default');
    }
  });

  it('uses unique, stable-looking ids', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^default\.[a-z]+\.[a-z0-9-]+$/);
  });

  it.each(PLAYBOOK_KINDS.map((k) => [k]))('uses the kind "%s"', (kind) => {
    expect(entries.filter((e) => e.kind === kind).length).toBeGreaterThanOrEqual(10);
  });

  // Coverage counts only entries tagged with the stage itself (not "any stage"): a motivation
  // is covered at a stage only if someone wrote advice for that stage.
  it.each(cells)('covers %s at %s on %s', (motivation, stage, channel) => {
    const found = entries.filter(
      (e) =>
        (e.motivations[motivation] ?? 0) >= 0.5 &&
        e.stages.includes(stage) &&
        (e.channels.length === 0 || e.channels.includes(channel)),
    );
    expect(found.length).toBeGreaterThanOrEqual(1);
  });

  it.each(MOTIVATIONS.map((m) => [m]))(
    'gives %s at least one show entry with a proof type and label, and no links',
    (m) => {
      const shows = entries.filter((e) => e.kind === 'show' && (e.motivations[m] ?? 0) > 0);
      expect(shows.length).toBeGreaterThanOrEqual(2);
      for (const e of shows) {
        expect(e.proof?.type).toMatch(/^[a-z-]+$/);
        expect(e.proof?.label).toBeTruthy();
        expect(e.proof?.url).toBeUndefined();
      }
    },
  );

  it('keeps titles short and texts sayable', () => {
    for (const e of entries) {
      expect(e.title.length, e.id).toBeLessThanOrEqual(60);
      expect(e.text.length, e.id).toBeLessThanOrEqual(400);
    }
  });

  it('round-trips through export and import', () => {
    expect(parsePlaybookImport(exportPlaybook(entries))).toEqual({ ok: true, entries: [...entries] });
  });

  it.each([
    [
      'a risk-driven finance approver at proposal gets risk advice',
      { risk: 0.9 },
      'finance-approver',
      'proposal',
      'call',
      'risk',
    ],
    [
      'a relief buyer in discovery by email gets relief advice',
      { relief: 0.8 },
      'daily-user',
      'discovery',
      'email',
      'relief',
    ],
    [
      'a permission-driven champion at evaluation gets permission advice',
      { permission: 0.7, risk: 0.2 },
      'champion',
      'evaluation',
      'call',
      'permission',
    ],
  ] as const)('matching: %s', (_rule, scores, role, stage, channel, motivation) => {
    const [top] = matchPlaybook(entries, { scores, person: { roles: [role] }, stage, channel });
    expect(top?.motivation).toBe(motivation);
  });

  it('loads once and returns the same entries each time', async () => {
    expect(await loadDefaultPlaybook()).toBe(entries);
  });
});
