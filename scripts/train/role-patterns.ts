/**
 * Phrase patterns for stakeholder role cues ("I'll need to run it past our CFO" → a
 * finance approver is in the decision; "I sign off on the budget" → the speaker is the
 * economic buyer). Rows are [role, confidence, regex source] over normalised text (see
 * `motivation-patterns.ts` for the conventions).
 */
import type { Role } from '../../lib/domain/vocabulary';

export const ROLE_PATTERNS: [Role, number, string][] = [
  [
    'daily-user',
    0.8,
    "live in (it|this)|(use|using) it (every|all)|who'?ll (use|be using|live)|on the phones|on the floor|(coaches|agents|drivers|nurses|crews|staff|reps) who'?ll",
  ],
  [
    'senior-sponsor',
    0.8,
    'asked me to (find|look)|is backing|backing the (project|programme)|(ceo|coo|managing director|chief executive) (is|has) (sponsoring|backing|pushing)',
  ],
  [
    'technical-reviewer',
    0.8,
    'systems (person|team)|it security lead|enterprise architects|check it (connects|fits|works|integrates)|integration standards|security lead',
  ],
  ['finance-approver', 0.8, 'finance manager|finance will|per-seat cost|head of finance|the cfo'],
  ['champion', 0.8, "strong supporter|i'?ll be pushing|pushing for this|i'?m (your|a) (champion|supporter)"],
  ['blocker', 0.8, "waste of money|fight (it|this)|strongly opposed|vetoed|won'?t !support"],
  [
    'economic-buyer',
    0.85,
    "budget .{0,20}sits with me|sign if i'?m happy|i control (this|the) budget|rests with me|my budget",
  ],
  [
    'finance-approver',
    0.85,
    'cfo|chief financial officer|finance (director|team|people|person|guy|manager|lead|office|committee|controller|department|will|has|needs|signs)|financial controller|finance controller|group finance|head of finance|treasurer|commercial director|(credit|investment) committee|finance(?= will)',
  ],
  ['finance-approver', 0.6, 'procurement'],
  [
    'economic-buyer',
    0.85,
    "i (sign|hold|own|approve|control) .{0,30}(budget|contract|cheques|checks|money|spend\\w*)|budget is mine|(the )?(decision|money|budget)( and the money)? (is|are) mine|i make the (final )?call|the decision is mine|i(?:'m| am) the (owner|one who (signs|approves))|i own (the|this) (business|company|budget)|as the (\\w+ )?owner|i own this budget|i'?m the owner|i hold the budget|i sign off on|approves spending|the one who approves",
  ],
  [
    'technical-reviewer',
    0.8,
    'cto|ciso|architects?|architecture (review|board)|it (team|guys|department|manager|security)|(information|it|ot|data) security|infosec|security (team|people|review)|engineering authority|validation team|data engineers|our engineers|will (review|vet|test|check) .{0,30}(integrat\\w*|architecture|api|data|erp|lims|interfaces)|plays nice with|integrates with|connects to',
  ],
  [
    'daily-user',
    0.8,
    "(use|using|users?|log in|be in it|touch it) .{0,25}(every ?day|all day|day to day|daily|all the time|every single day|all day long)|(everyday|daily|main|end) users|be using it|the ones who'?ll|who'?d (actually )?(be using|log in|use)|will use it (daily|on their)|the people using it",
  ],
  [
    'champion',
    0.8,
    "(i'?ll|i will|i'?m going to|i am going to) (be )?(champion|push|pushing|make the case|be your|advocate)|championing|internal advocate|count me in|cheerleader|big fan|pushing for it|i'?ll champion",
  ],
  [
    'senior-sponsor',
    0.8,
    'sponsor\\w*|backing (this|it)|(managing director|chief executive|ceo|coo|principal|headteacher|chief \\w+ officer) (is|has|asked|wants|keen)|asked for this project|deputy ceo|make the case to our coo',
  ],
  [
    'blocker',
    0.8,
    "block(ed|s)?|veto|kill(ed)? (it|projects)|try to kill|shot down|dead against|push back|oppose\\w*|hates change|sceptical|skeptical|quietly against|(is|are|been) against|doesn'?t !see !the !need",
  ],
];
