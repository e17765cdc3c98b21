/**
 * "by Friday", "tomorrow", "next week", "on 12 December", "by the 15th", "end of the month":
 * the words a date was said in, and the calendar date they mean counted from when it was said.
 * Pure: the moment of speaking is passed in; dates are calendar days in UTC.
 */
export interface DueDate {
  /** The words as said ("by Friday"). */
  words: string;
  /** YYYY-MM-DD, when the words name a day; absent for "soon", "next week"… */
  date?: string;
}

/** English day and month names, lowercase, in calendar order (also the follow-up email's words). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const startOfDay = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));

/** The next date with this day (of `month`, else of any month), counted from `today` inclusive. */
function nextDayOfMonth(today: Date, day: number, month?: number): Date | undefined {
  const year = today.getUTCFullYear();
  if (month !== undefined) {
    const thisYear = new Date(Date.UTC(year, month, day));
    if (thisYear.getUTCDate() !== day) return undefined; // 31 February is no date
    return thisYear >= today ? thisYear : new Date(Date.UTC(year + 1, month, day));
  }
  for (let step = 0; step < 13; step++) {
    // Date.UTC carries month overflow into the next year; a day the month lacks rolls over.
    const candidate = new Date(Date.UTC(year, today.getUTCMonth() + step, day));
    if (candidate.getUTCDate() === day && candidate >= today) return candidate;
  }
  return undefined;
}

type Rule = [RegExp, (match: RegExpMatchArray, today: Date) => Date | undefined];

/** Ordered: the first rule that matches names the date. */
const RULES: Rule[] = [
  [/\b(?:by |on |before )?(?:end of (?:the )?day|eod|today|tonight)\b/i, (_m, t) => t],
  [/\b(?:by |on )?tomorrow\b/i, (_m, t) => addDays(t, 1)],
  [
    new RegExp(`\\b(?:by |on |before |until )?(?:next |this )?(${WEEKDAYS.join('|')})\\b`, 'i'),
    (m, t) => {
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const ahead = (target - t.getUTCDay() + 7) % 7 || 7;
      return addDays(t, /\bnext\b/i.test(m[0]) && ahead < 7 ? ahead + 7 : ahead);
    },
  ],
  [
    /\b(?:by |at )?(?:the )?end of (?:the |this )?week\b/i,
    (_m, t) => addDays(t, (5 - t.getUTCDay() + 7) % 7),
  ],
  [
    /\b(?:by |at )?(?:the )?end of (?:the |this )?month\b/i,
    (_m, t) => new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)),
  ],
  [
    new RegExp(`\\b(?:by |on |before )?${DAY} (?:of )?${MONTH}\\b`, 'i'),
    (m, t) => nextDayOfMonth(t, Number(m[1]), monthIndex(m[2]!)),
  ],
  [
    new RegExp(`\\b(?:by |on |before )?${MONTH} ${DAY}\\b`, 'i'),
    (m, t) => nextDayOfMonth(t, Number(m[2]), monthIndex(m[1]!)),
  ],
  [/\b(?:by |on |before )?the (\d{1,2})(?:st|nd|rd|th)\b/i, (m, t) => nextDayOfMonth(t, Number(m[1]))],
  [/\b(?:in|within) (?:a|one) week\b/i, (_m, t) => addDays(t, 7)],
  [/\b(?:in|within) (two|2) weeks\b/i, (_m, t) => addDays(t, 14)],
  [/\b(?:next week|this week|next month|this month|next quarter|soon|shortly)\b/i, () => undefined],
];

/** The first date said in `text`, resolved from `spokenAt` (ISO); undefined when none is said. */
export function dueDateIn(text: string, spokenAt: string): DueDate | undefined {
  const today = startOfDay(new Date(spokenAt));
  for (const [pattern, resolve] of RULES) {
    const match = text.match(pattern);
    if (!match) continue;
    const date = resolve(match, today);
    return { words: match[0].trim(), ...(date ? { date: iso(date) } : {}) };
  }
  return undefined;
}
