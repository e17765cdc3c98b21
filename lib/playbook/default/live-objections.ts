/**
 * Objections buyers raise live that no motivation owns: "we tried this before", security,
 * "we already use X", timing. Hand-written for Motive (own words). Shown as objection cards
 * when the captions carry them (lib/domain/objections).
 */
import { entryKit } from './entry-kit';

const k = entryKit('general');

export const LIVE_OBJECTION_ENTRIES = [
  k.objection(
    'tried-before',
    '"We tried this before"',
    'Ask what they tried, what happened and what they would keep from it. Then show what is different this time, in their terms, and what you would do if the same thing started to happen.',
    { stages: [], channels: ['call', 'prep'], also: { risk: 0.3, confidence: 0.3 } },
  ),
  k.objection(
    'security-question',
    '"Is our data safe with you?"',
    'Answer the question asked, briefly, then offer the security documentation and a call with whoever reviews vendors on their side. Never guess an answer: write it down and follow up.',
    { stages: [], channels: ['call', 'prep'], also: { risk: 0.4, control: 0.2 } },
  ),
  k.objection(
    'already-use-another-tool',
    '"We already use another tool for this"',
    'Ask what it does well for them and where it falls short. Do not criticise it; find the gap that brought them to this call and talk about that.',
    { stages: [], channels: ['call', 'prep'], also: { simplicity: 0.3 } },
  ),
  k.objection(
    'timing-not-now',
    '"The timing is not right"',
    'Ask what would make the timing right and what happens to the problem meanwhile. Agree on a date to revisit, and who decides it.',
    { stages: [], channels: ['call', 'prep'], also: { relief: 0.2 } },
  ),
];
