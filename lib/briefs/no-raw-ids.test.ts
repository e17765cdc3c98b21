/**
 * The team's briefs (renewal, hand-off, permission pack) and the matcher's "why" read in words:
 * no role, proof or artefact id such as `economic-buyer` or `business-case-template` reaches
 * what the rep reads or copies (issue 12, "raw ids show in the UI").
 */
import { describe, expect, it } from 'vitest';
import { PERMISSION_ARTEFACTS } from '../domain/stakeholders/rules/structure-rules';
import { MOTIONS, ROLES } from '../domain/vocabulary';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default/all-entries';
import { matchPlaybook } from '../playbook/match-playbook';
import { handoffBriefToMarkdown } from './handoff-brief-markdown';
import { permissionPackToMarkdown } from './permission-pack-markdown';
import { renewalBriefToMarkdown } from './renewal-brief-markdown';
import { buildTeamBriefs, buyer, champion, cfo, EVIDENCE, user } from './test-fixtures';

const RAW_IDS = [
  ...ROLES,
  ...MOTIONS,
  ...new Set(playbook.flatMap((e) => (e.proof ? [e.proof.type] : []))),
  ...PERMISSION_ARTEFACTS,
].filter((id) => id.includes('-'));
const rawIdsIn = (text: string) => RAW_IDS.filter((id) => new RegExp(`\\b${id}\\b`).test(text));

const people = [champion, buyer, user, cfo];
// The economic buyer was in the group at the sale and has left since.
const gone = { ...buyer, id: 'gone', name: 'Lee Park' };
const { renewal, handoff, pack } = buildTeamBriefs({
  evidence: EVIDENCE,
  people,
  peopleAtSale: [...people, gone],
  handoffAccount: { motion: 'sales-assisted' },
});

describe('what the team reads names things in words, never by internal id', () => {
  it.each([
    ['the renewal brief’s risks', renewal.risks.map((r) => r.text).join('\n')],
    ['the renewal brief as Markdown', renewalBriefToMarkdown(renewal)],
    ['the hand-off brief as Markdown', handoffBriefToMarkdown(handoff)],
    ['the permission pack as Markdown', permissionPackToMarkdown(pack)],
  ])('%s', (_what, text) => {
    expect(rawIdsIn(text)).toEqual([]);
  });

  it('the renewal brief names who left by their role in words', () => {
    expect(renewal.risks.map((r) => r.text)).toContain(
      'Lee Park (Economic buyer) has left the buying group since the sale.',
    );
  });

  it.each([...ROLES.map((role) => [role, [role]] as const), ['nobody named', []] as const])(
    'a playbook pick for %s explains itself in words',
    (_who, roles) => {
      const picks = matchPlaybook(playbook, {
        scores: { risk: 0.8, relief: 0.4 },
        stage: 'proposal',
        channel: 'call',
        motion: 'sales-assisted',
        person: { roles },
        limit: playbook.length,
      });
      expect(picks.length).toBeGreaterThan(0);
      expect(picks.flatMap((p) => rawIdsIn(p.explanation))).toEqual([]);
    },
  );
});
