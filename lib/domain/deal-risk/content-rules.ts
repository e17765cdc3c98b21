/**
 * Deal-risk rules about what was (not) said: pricing never discussed by the proposal stage, a
 * buyer question left unanswered, decision criteria unknown at evaluation.
 */
import { customerQuotes } from '../diagnosis/evidence-side';
import { findFact } from '../qualification-frameworks/qualification-facts';
import { PRICING_SAID } from '../qualification-frameworks/said-patterns';
import { cutText } from '../text';
import { STAGES, isAfterSale, type Stage } from '../vocabulary';
import { RECAP_NOTE_TAG } from '../recap/recap-note-tag';
import type { DealRiskContext, DealRiskRuleFn } from './types';

/**
 * The notes the rep wrote. Motive's own call recap restates quotes and lists questions still
 * open: it neither discusses pricing nor answers a buyer's question.
 */
const repNotes = (ctx: DealRiskContext) => ctx.notes.filter((n) => !n.tags?.includes(RECAP_NOTE_TAG));

const atOrPast = (stage: Stage, from: Stage) =>
  STAGES.indexOf(stage) >= STAGES.indexOf(from) && !isAfterSale(stage);
const QUESTION = /[^.!?\n]{8,}\?/;
const quoted = (text: string) => `“${cutText(text.trim(), 160, { ellipsis: true })}”`;

export const pricingNotDiscussed: DealRiskRuleFn = (ctx) => {
  if (!atOrPast(ctx.account.stage, 'proposal')) return [];
  const texts = [
    ...ctx.evidence.filter((e) => e.status !== 'rejected').map((e) => e.quote ?? ''),
    ...repNotes(ctx).map((n) => n.text),
    ...Object.values(ctx.account.discovery),
    ...(ctx.threads ?? []).flatMap((t) => t.messages.map((m) => m.text)),
  ];
  if (texts.some((t) => PRICING_SAID.test(t))) return [];
  return [
    {
      id: 'pricing-not-discussed',
      rule: 'pricing-not-discussed',
      severity: 'high',
      message: 'Pricing has never come up, and the deal is at the proposal stage.',
      evidence: [
        `Stage: ${ctx.account.stage}.`,
        `No mention of price, cost or budget in ${repNotes(ctx).length} note(s), ${ctx.evidence.length} quote(s) or ${(ctx.threads ?? []).length} thread(s).`,
      ],
      action: 'Test the price before the proposal: share a range and ask how it sits with their budget.',
    },
  ];
};

export const unansweredQuestion: DealRiskRuleFn = (ctx) => {
  // In a thread: the buyer's newest message asks something and nobody on our side wrote since.
  const inThreads = (ctx.threads ?? []).flatMap((thread) => {
    const last = thread.messages.at(-1);
    const question = last?.side === 'buyer' ? last.text.match(QUESTION)?.[0] : undefined;
    if (!question) return [];
    return [{ where: `in “${cutText(thread.subject, 80, { ellipsis: true })}”`, question, at: last?.at }];
  });
  // On a call: a buyer question quoted from the captions with no note written after it.
  const lastNote =
    repNotes(ctx)
      .map((n) => n.at)
      .sort()
      .at(-1) ?? '';
  const onCalls = customerQuotes(ctx.evidence, { includeSuggested: true })
    .filter((e) => e.source === 'caption' && e.at > lastNote && QUESTION.test(e.quote ?? ''))
    .map((e) => ({ where: 'on the call', question: e.quote ?? '', at: e.at }));
  // One signal per question: a line read as two motivations is still one question.
  const unique = [...new Map([...inThreads, ...onCalls].map((q) => [q.question.trim(), q])).values()];
  return unique.map((q) => ({
    id: `unanswered-question:${cutText(q.question.trim(), 60)}`,
    rule: 'unanswered-question' as const,
    severity: 'medium' as const,
    message: `A buyer question is still unanswered ${q.where}.`,
    evidence: [`${quoted(q.question)}${q.at ? ` (${q.at.slice(0, 10)})` : ''}`],
    action: 'Answer it, or say when you will, in your next message.',
  }));
};

export const criteriaUnknown: DealRiskRuleFn = (ctx) => {
  if (!atOrPast(ctx.account.stage, 'evaluation')) return [];
  if (findFact('decision-criteria', ctx)) return [];
  return [
    {
      id: 'criteria-unknown',
      rule: 'criteria-unknown',
      severity: 'high',
      message: 'They are evaluating, but their decision criteria are unknown.',
      evidence: [
        `Stage: ${ctx.account.stage}.`,
        'No confirmed quote, discovery answer or note states what they will judge on.',
      ],
      action: 'Ask what they need to see to choose, and who set those criteria.',
    },
  ];
};
