/**
 * What a sentence says, by its words: numbers, dates, budget, competitors, criteria and a
 * decision process. Hand-written, English only, and deliberately narrow: a field filled by a
 * wrong match is worse than a blank field with the question that fills it.
 */

/** A quoted number with a unit or currency: "40%", "12 hours a week", "€30k", "3x". */
export const NUMBER_SAID =
  /(?:[$€£]\s?\d)|(?:\b\d[\d,.]*\s?(?:%|percent|per cent|hours?|days?|weeks?|months?|people|seats|users|k\b|m\b|x\b))/i;

/** A date or deadline said aloud ("by Friday", "end of the quarter", "in March", "Q3"). */
export const DATE_SAID = new RegExp(
  [
    '\\b(?:january|february|march|april|june|july|august|september|october|november|december)\\b',
    '\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s+\\d',
    '\\b(?:in|by|before|end of) may\\b',
    '\\b(?:monday|tuesday|wednesday|thursday|friday)\\b',
    '\\bq[1-4]\\b',
    '\\b(?:end of|by the end of) (?:the )?(?:week|month|quarter|year)\\b',
    '\\b(?:next|this) (?:week|month|quarter|year)\\b',
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
  ].join('|'),
  'i',
);

export const BUDGET_SAID =
  /\b(?:budget|budgeted|price|pricing|cost|costs|spend|afford|quote|per seat|licen[cs]e fee)\b/i;

export const PRICING_SAID =
  /\b(?:price|pricing|priced|cost|costs|quote|proposal|discount|per seat|licen[cs]e fee|budget)\b/i;

export const COMPETITION_SAID =
  /\b(?:competitors?|alternatives?|other vendors?|also (?:looking at|evaluating|talking to)|currently use|instead of|build (?:it )?ourselves|in-house|incumbent|switch(?:ing)? from)\b/i;

export const CRITERIA_SAID =
  /\b(?:need to see|must have|must be|requirements?|criteria|deal[- ]?breakers?|non-negotiable|needs to (?:integrate|support|work))\b/i;

export const PROCESS_SAID =
  /\b(?:sign[- ]?off|signs? off|approv\w*|procurement|legal review|security review|committee|the board|purchase order)\b/i;

/** The sentences of a text (notes, quotes), trimmed, without empty ones. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
