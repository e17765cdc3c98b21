/**
 * Phrase patterns for motivations, shipped inside `public/models/detector.json`. Each row is
 * [signal slug, logit weight, regex source]. Sources run over normalised text: lower case,
 * single spaces, no punctuation, fillers removed, negated words prefixed with "!" (so
 * "can't see" is written `can'?t !see`, and a plain word never matches inside a negation).
 * They are broad paraphrase families, not memorised sentences; the trained weights learn
 * what the patterns miss and temper what they over-reach on.
 */
import type { MotivationId } from '../../lib/domain/vocabulary';

export type PatternRow = [slug: string, weight: number, source: string];

export const MOTIVATION_PATTERNS: Record<MotivationId, PatternRow[]> = {
  relief: [
    [
      'cannot-keep-going',
      1.1,
      "worn out|fed up|sick of|tired of|slog|grind|tedious|time sink|close to quitting|quitting|knackered|stressed|frustrat\\w*|too much|stretched( thin)?|at capacity|can'?t !cope|eat\\w* .{0,20}alive|nobody signed up for",
    ],
    [
      'firefighting',
      1.0,
      'takes? forever|forever to|lag|bottleneck|slow\\w* .{0,20}(down|to a crawl)|crawl|stuck (answering|doing|on|in|with)|over and over|one by one|full-time job|toggl\\w*|patched together|workarounds?|macros|double handling|dig(ging)? through|things get missed|get(s)? missed|falls? through the cracks',
    ],
    [
      'drowning-in-manual-work',
      1.4,
      "drowning|buried|swamped|snowed under|overwhelmed|underwater|piling up|pile up|piles up|can'?t breathe",
    ],
    [
      'drowning-in-manual-work',
      1.2,
      'by hand|manual(ly)?|re-?key\\w*|re-?typ\\w*|re-?enter\\w*|copy(ing)? (and )?past\\w*|double (entry|charting|data entry)|paperwork|on paper',
    ],
    [
      'hours-lost',
      1.2,
      '(waste|wastes|wasting|lose|loses|losing|lost|eats?|burn|burns|spend|spends|spending|takes?|taking) .{0,40}(hours?|days?|mornings?|evenings?|afternoons?|weekends?|lunch breaks?|all day|half the day)',
    ],
    [
      'firefighting',
      1.0,
      'firefight\\w*|chasing|catch(ing)? up|backlog|queue|scrambl\\w*|all-nighter|late (three|every|most)|working weekends',
    ],
    [
      'cannot-keep-going',
      1.3,
      "(can'?t|cannot) !keep !(doing|going)|breaking point|burn(ing|t)? out|burnout|exhaust\\w*|killing us|nightmare|headache|painful|agony|brutal|sanity|crushing|grinding|wearing .{0,12} down|soul-destroying|shattered|hate it|endless",
    ],
    [
      'asks-how-fast-live',
      1.0,
      'how (fast|quickly|soon)|up and running|(start|get started|go live|trial) (next|this|on) (week|monday)|this week|asap|yesterday|get (it|this|something) (live|in place) before|when could we start|move quickly',
    ],
    [
      'skips-the-overview',
      1.0,
      "skip the|(don'?t|do not) !need !the !(full|long|big)|just want to see (how|it)|short version",
    ],
  ],
  control: [
    [
      'no-visibility',
      1.0,
      'keep tabs|on a map|(see|know|track|spot) (every|all|each|which|where|who|what)|status (of|across|by)|across all (\\w+ )?(branches|sites|departments|stores|regions|teams|clients|locations)|visibility into|insight into|overview of|which ones have|which (\\w+ )?(are|is|have|has) (open|overdue|unpatched|submitted|stuck|behind)',
    ],
    [
      'who-owns-what',
      1.0,
      "who'?s assigned|assigned to|who picked|who'?s on (each|it|them)|sitting on|accountable for closing|owns? each|on each",
    ],
    [
      'wants-dashboards',
      1.0,
      'weekly summary|summary across|pull together|head office wants|clean report|reports? (on|for|by)|kpis?|metrics by',
    ],
    [
      'no-visibility',
      1.3,
      'visibility|oversight|single view|one view|one (place|screen|page)|at a glance|whole (picture|estate)|full picture|live picture|real time|right now|black box|control tower|single source of truth|firm-wide|consolidated view',
    ],
    [
      'no-visibility',
      1.1,
      "(can'?t|cannot|no way to) !(see|tell|answer|know)|nobody !can !tell|no !idea|(i|we) (want|need|would like|'?d like) to (see|know|track)|show me (where|which|who)|which (\\w+ )?(is|are) (behind|slipping|late|stuck|sitting)|where (each|every) .{0,20}(stands|is stuck|is at)",
    ],
    [
      'who-owns-what',
      1.1,
      "who owns|who(?:'s| is) (responsible|working on|holding|on)|owners?|ownership|who has (them|it)|who'?s holding",
    ],
    [
      'wants-dashboards',
      1.1,
      'dashboards?|exception report|reports? every|reporting|audit (log|trail)|permissions|(who|what) (approved|changed|can edit)|history of every|roles and permissions|admin side|their own (view|area)',
    ],
    [
      'surprises-late',
      1.1,
      'too late|only (learn|hear|find)|find out|learn about|until (something|a customer|a tenant)|before (it|they|something) (escalat\\w*|breaks?)|after the weekly',
    ],
    [
      'scattered-information',
      0.9,
      'scattered|inboxes|site diaries|contradict\\w*|keeps? (its|their) own numbers|opaque|ping (six|\\w+) people',
    ],
    ['asks-permissions-audit', 0.8, 'lock(ed)? down|only see their own|who can (see|edit|access)'],
  ],
  growth: [
    [
      'scaling-plans',
      1.0,
      '(up|increase\\w*|grow|grew|rise|rising|jump\\w*) (by )?\\d+|\\d+ ?(percent|%) (up|growth|more|higher)|threefold|twofold|tenfold|go up|output|booming|capacity|throughput|much (larger|bigger)|larger accounts|bigger (catalogue|accounts|customers|deals)',
    ],
    [
      'new-markets',
      1.1,
      'upmarket|enterprise customers|(second|third|new) (ground|site|warehouse|factory|location|flagship)|distribution deal|new (routes|aircraft|vans|homes|members|segments?)|break into|go global|worldwide|all over the world|bidding|win (them|those|the contract)|wholesale push',
    ],
    [
      'scaling-plans',
      0.9,
      'doubl\\w*|tripl\\w*|scale\\w*|scaling|expand\\w*|expansion|ramp(ing)? up|grows? with us|five times|ten times|\\d+ ?(%|percent)',
    ],
    ['scaling-plans', 0.5, 'grow\\w*'],
    [
      'new-markets',
      1.3,
      'new (markets?|regions?|countries|stores|sites|locations|clinics|offices?|campuses|studios|products?|product line|audiences|pits|routes)|(open|opening|launch\\w*|crack|enter|into) .{0,25}(stores|sites|office|hotels|clinics|studios|countries|markets?|pits|region|nationally|national|europe|asia|supermarket)|franchise model|go national|international|acquir\\w*|buying up',
    ],
    [
      'revenue-targets',
      1.1,
      '(revenue|arr|pipeline|sales|growth|enrolment|lending) (target|book|goal|plan)|target (is|of)|market share|our (goal|ambition|target|plan) is|the plan is|reach (a million|twice|\\w+ more)|more (customers|volume|repeat customers|loans|families|work)|monetis\\w*|won .{0,20}contracts?',
    ],
    [
      'outgrowing-tools',
      1.1,
      "(won'?t|can'?t|cannot|doesn'?t) !(cope|keep|scale|handle)|keep(s)? pace|outgrow\\w*|handle that|at (that|this) scale|past ten thousand|volume ahead",
    ],
    ['hiring-fast', 0.8, 'hiring|hire\\w*|headcount|recruiters|adding (a )?(second|new|two) (shift|teams?)'],
    ['asks-about-limits', 0.8, 'pricing (at|when|as)|what (it )?costs? at|price .{0,10} scale|punish\\w* us'],
    [
      'competitor-pace',
      0.9,
      'competitors? (are )?(moving|growing|faster)|before the big guys|grab (market|as much)',
    ],
  ],
  risk: [
    [
      'compliance-pressure',
      1.2,
      'pci|sox|fca|hard requirement|money laundering|aml|kyc|ethics|critical infrastructure|resilien\\w*|incident response|caught out|ground\\w* the fleet',
    ],
    [
      'what-if-fails',
      1.1,
      "in court|court|sued|lawsuit|legal (slip|action|risk|exposure)|harm\\w*|patient safety|safeguard\\w*|can'?t !get !(it|this) !wrong|recall|contamination|bulletproof|traceab\\w*|keeps me up at night|game over|finish us|crashed|missed thousands",
    ],
    [
      'compliance-pressure',
      1.3,
      'audit(s|ors?|ed)?|regulat\\w*|complian\\w*|gdpr|soc ?2|iso ?27001|hipaa|gxp|validated|certif\\w*|inspect\\w*|licence|license|findings?|data lineage|data retention|safety case|the law',
    ],
    [
      'security-questions',
      1.3,
      'secur\\w*|breach\\w*|leak\\w*|privacy|confidential\\w*|data protection|pen(etration)? tests?|encrypt\\w*|hack\\w*|compromised|fraud|card data|where .{0,20}(data|servers) (is|are|ends up)|hosted|data residency',
    ],
    [
      'past-failure',
      1.0,
      'went badly|went wrong|failed on|(last|previous) .{0,30}(failed|disaster)|a disaster|burned by|stung|lost .{0,25}(records|data|weeks)|wrong bills',
    ],
    [
      'what-if-fails',
      1.1,
      'what happens (if|to)|if .{0,40}(fails?|goes (down|under|offline|wrong)|go offline|breaks|is compromised|disappear\\w*)|worst case|fallback|rollback|disaster recovery|backups?|outage|goes down|catastroph\\w*|zero tolerance|no tolerance',
    ],
    ['exit-terms', 1.1, 'exit|escrow|lock(ed)?-? ?in|get our data out|data out|goes under|acquired'],
    ['sends-questionnaire', 1.1, 'questionnaire|risk team|model risk|legal will|scrutinis\\w*'],
    ['asks-for-pilot', 0.9, 'pilot|phased|staged|one (desk|site|team|ward) first|small(er)? (trial|rollout)'],
    [
      'slow-careful-pace',
      0.8,
      "careful|nervous|worr(y|ied|ies)|scared|terrified|afraid|penalt\\w*|fines?|lawsuit|liabil\\w*|errors?|mistakes?|safety|safe|reputation|airtight|watertight|non-negotiable|can'?t afford|exposed|sacred|sensitive",
    ],
  ],
  simplicity: [
    [
      'too-complicated',
      1.1,
      'so many (fields|options|screens|steps)|skip it|whole (software )?suite|suite|hate admin|ignore it|enough on their (screens|plates)|another window|an expert|expert in',
    ],
    [
      'easy-to-use',
      1.1,
      '(three|two|one|few) buttons|nothing else|scan and go|log(ging)? in twice|just handles|without (all )?the (setup|extras|bells)|help article|without (a )?(help|manual|training|guide)|learnable|in minutes|runs? itself|effortless|no it (department|team|person)|keep the steps|minimum|reduce the number of',
    ],
    [
      'no-more-tools',
      1.4,
      '(another|one more|yet another|too many|more|five|new) (logins?|tools?|systems?|apps?|things? to manage)|replace something|not add to it|juggl\\w*',
    ],
    [
      'too-complicated',
      1.1,
      'complicated|clunky|fiddly|confusing|complex|bells and whistles|fancy|absurd|went over our heads|techy|computer people|extras',
    ],
    [
      'no-time-to-learn',
      1.2,
      "no !(time|capacity)|(don'?t|do not) !have !(time|the|capacity)|training|manuals?|instructions|learn\\w*|week-long|course|pick (it )?up|revolt|won'?t !(use|read|bother)|just !won'?t",
    ],
    [
      'easy-to-use',
      1.0,
      'simple|simply|easy|easier|intuitive|out of the box|just works|obvious|straightforward|plain|basic|stripped-down|two taps|day one|no fuss|dead simple|least effort',
    ],
    [
      'fewer-steps',
      1.0,
      '(fewer|less) (clicks|steps|screens|admin|effort)|(\\w+) (clicks|steps|taps|screens)|one screen|no menus',
    ],
    [
      'asks-setup-effort',
      0.8,
      'set ?up|setup|configur\\w*|consultant|work on our side|from our side|plug into|handle the setup|big project|you set it up|on their phones?',
    ],
  ],
  permission: [
    [
      'run-it-past',
      1.1,
      "(get|gets) a vote|final say|tender|formal (process|tender)|(can'?t|cannot) !just !pick|governance board|signs? off on|pitch it to|approve any change|their approval|leadership meeting|pays? back|payback|roi",
    ],
    [
      'asks-for-material',
      1.0,
      'material that|speaks? to them|proposal before|customer names|names i can mention|before they agree',
    ],
    [
      'budget-approval-cycle',
      1.0,
      'budgets? (for next year )?(are|is) set|set in (january|february|march|april|may|june|july|august|september|october|november|december)|the (directors|founders|owners|publisher|superintendent)',
    ],
    [
      'needs-to-convince',
      1.4,
      'convinc\\w*|persuad\\w*|buy-?in|buy in|on board|on side|make the case|sell it to|(take|bring) .{0,25} (with me|along|upstairs)|the argument|ammunition|win approval',
    ],
    [
      'run-it-past',
      1.2,
      "run (it|this) (past|by)|(get|take) (it|this) (past|to)|have to (agree|approve|sign|vote|say yes)|sign(s|ed)?[- ]?off|approv\\w*|blessing|vote\\w*|say yes|(can'?t|cannot) !approve|only recommend",
    ],
    [
      'asks-for-material',
      1.1,
      'one-?pager|business case|slides|deck|summary|board pack|pack together|something (i can|to) (share|forward|show)|write (up|it up)|put (it|that) to|forward to|share with|walk the partners|cost over three years|help me (put|build|with the pitch)',
    ],
    [
      'budget-approval-cycle',
      1.0,
      'committee|board|trustees|governors|partners|council|procurement|steering group|change board|budget cycle|planning cycle|three quotes|meets? (on|in|monthly|once)|their next meeting',
    ],
    [
      'not-my-call',
      1.3,
      "not !my !(call|decision)|(owners|directors|partners|they) (decide|vote|have to|will want)|isn'?t !mine|has to (approve|sign)|have to (get|sign)|need .{0,20}(sign-?off|approval)|need the",
    ],
    [
      'asks-what-others-ask',
      0.9,
      "what (objections|do other|do \\w+ usually)|what will they ask|will want to see|they'?ll (grill|ask)|sceptical",
    ],
  ],
  confidence: [
    [
      'asks-who-else',
      1.2,
      '(could|can) (i )?ring|could call|vouch|case stud(y|ies)|real numbers|rolled (this|it) out|settle it|any \\w+ our size|our size|evidence from|(other|another) (\\w+ )?(centres?|chains?|agencies|utilities|breweries|retailers?|firms|companies|customers|hospitals|councils)',
    ],
    [
      'defensible-choice',
      1.1,
      "proof (it'?s|that)|documented evidence|strongest|best fit|the right (tool|fit|one|partner)|sales promise|weakness\\w*|hear it straight|sleep on it|weigh\\w* it up|how it compares",
    ],
    [
      'wants-certainty',
      1.3,
      '(be|feel|make|being) (absolutely |really |\\w+ )?(sure|certain|confident)|right (choice|call|move|one|decision)|(getting|get|pick) (it|this|the right)|sound choice|reassur\\w*|certain',
    ],
    [
      'asks-who-else',
      1.3,
      'who else|anyone (else|in)|other \\w+ (like us|our size|that|who)|customers? like us|like ours|references?|speak (to|with)|hear (it )?from|talk to (another|other|some)|connect us with|another \\w+ (group|that|who)|pick it again|(peers|operators|practices|labs|banks|schools) (in|of|who|like)',
    ],
    [
      'comparing-options',
      1.1,
      'compar\\w*|due diligence|weigh\\w*|shortlist|narrow\\w* it down|versus|pros and cons|competitor|other (vendors|suppliers|options)|two others|one other supplier|three vendors',
    ],
    ['defensible-choice', 1.2, 'defend|defensible|justify|stand up|hold up|sound|robust|holds up|in a year'],
    [
      'second-guessing',
      1.1,
      'not !sure|unsure|back and forth|think (it|this) (through|over)|more time|homework|still .{0,10}(unsure|deciding)|honest(ly)? (where|comparison)|weak spots?|fall short|surprised later',
    ],
    [
      'asks-references',
      1.0,
      'independent|reviews?|reviewers|analysts?|benchmarks?|validation|proof from|peers?|marketing claims|outside',
    ],
  ],
  consistency: [
    [
      'everyone-different',
      1.2,
      'swing\\w* wildly|in (its|their) own style|not comparable|comparable|each (depot|faculty|imprint|manager|store|site|team leader|agent|engineer)|depends too much',
    ],
    [
      'wants-standard',
      1.1,
      'single method|common process|one method|same checks|standard approach|every (faculty|depot|imprint|airport|manager|agent|engineer|taproom|team leader|branch) (doing|follows|following|to)',
    ],
    [
      'everyone-different',
      1.4,
      "own (way|version|format|thing|spreadsheets|recipe( cards)?)|(their|his|her|its) own|differently|different (ways?|formats?|versions?)|all over the place|varies|vary|uneven\\w*|drift\\w*|depends (entirely )?on (which|the)|(impossible|hard) to compare|doesn'?t line up|nothing lines up|bouncing",
    ],
    [
      'wants-standard',
      1.3,
      'same (way|process|standard|checklist|template|procedure|rubric|structure|format|experience|housekeeping|opening)|one (standard|shared|playbook|checklist|template|process)|standard\\w*|templates?|uniform|identical|house style|sops?|playbook|rubric|checklists?|no exceptions',
    ],
    [
      'quality-varies',
      1.1,
      '(quality|results?|outcomes?|dishes|margins|service) .{0,20}(var(y|ies)|differ\\w*|all over)|taste different',
    ],
    ['repeatable', 1.1, 'repeatable|predictable|consistent\\w*|every time|the same'],
    ['onboarding-new-staff', 0.8, 'new (starters?|drivers|staff|hires?)|our way'],
    [
      'multi-site',
      0.7,
      'every (store|site|branch|location|ward|hotel|depot|kitchen|shift|property|crew|studio|practice|classroom|office|team|dealership|pit|associate|doctor|teacher|adjuster|rep|one of our)|(each|all) (runs|does|follows|kitchen|ward|branch|studio|depot|pit|crew)|franchise|(all|across) (our|the|every) \\w+',
    ],
  ],
  credibility: [
    [
      'my-initiative',
      1.2,
      "brought this idea|my (proposal|idea)|my name is on|annual plan|centrepiece of my|i'?m new|pretty new|new chair",
    ],
    [
      'wants-recognition',
      1.2,
      "visible success|(department|team|our)'?s? achievement|(early|nice|big) win|win for me|speaking at|our story|delivered something|known as|the person who|making a difference|up for promotion|put in front of|build a slide|showing (it|this|the improvement) to|show (members|the board|the directors)",
    ],
    [
      'new-in-role',
      1.1,
      'new (in|to) (the|this|my) role|new vp|been here (\\w+ )?(months|weeks)|just joined|joined to|first (big )?project|first thing people|my first',
    ],
    [
      'present-to-leadership',
      1.3,
      '(present\\w*|show\\w*|walk into|take|stands? up) .{0,50}(board|leadership|exec\\w*|ceo|cio|vp|partners|governors|director|district|funders|all hands|conference|review|offsite|bosses|company meeting)',
    ],
    [
      'my-initiative',
      1.3,
      "my (project|initiative|idea|pitch|name|baby|call|chance)|i (proposed|pitched|championed|pushed (hard )?for)|put my name on|(i|i've) (kind of )?championed",
    ],
    [
      'wants-recognition',
      1.4,
      '(the|a) (one|person|manager|practice) who|hero|credit|recognition|make a mark|feather in my cap|show off|success story|(show|see) (what|that) (my team|we|innovation)|be seen|showcase|others copy|visibly pay off|paid off|land well|my team achieved',
    ],
    [
      'career-stakes',
      1.2,
      'promotion|performance review|my reputation|career|judge me|huge difference for me',
    ],
    [
      'asks-for-results-story',
      1.1,
      '(quick|early|clear|visible) win|results (summary|pack|story)|something (tangible |i can |to )?(show|to show)|numbers that prove|story to tell',
    ],
  ],
  blame: [
    [
      'my-neck',
      1.3,
      '~my neck|on the line|answer for|(got|get|took|take|getting) the blame|scapegoat\\w*|wanted a name|it was mine|comes? after me|hold me responsible|point\\w* (at|the finger at) (me|my team)|coming back on me|come back (on|to) me|not !my !neck',
    ],
    [
      'wants-sign-off-shared',
      1.2,
      '~carrying (this|the) (decision|can)|by myself|minuted|collective|raci|who owned|signs? too|sign (it )?too',
    ],
    [
      'cover-myself',
      1.2,
      'documented so|followed procedure|service credit|show we did|clear i (followed|did)',
    ],
    [
      'my-neck',
      1.4,
      "my head|my neck|on the line|on the block|firing line|left holding|holding the bag|(on|landing on|land on|pinned on|falls? on|falling on) (me|my desk|my team|us)|(get|getting|be) (the )?blam\\w*|blamed|shouted at|hauled|phone calls|explain\\w* (it )?(to|upward|alone)|come after me|it'?s on me|asked me",
    ],
    [
      'cover-myself',
      1.4,
      'cover (myself|me|us)|covered|paper trail|in writing|written (confirmation|responsibility)|documented (approval|sign-?offs?)|by the book|something to point to|point to (it|something)|put my name|my name to',
    ],
    [
      'who-is-accountable',
      1.1,
      "accountab\\w*|responsib\\w*|fault|(it'?s|clearly) on you|who is to blame|the fault",
    ],
    [
      'wants-sign-off-shared',
      1.2,
      "co-?sign|signed by|signatures|(everyone|others|other heads|your team) (agreed|signs?|signed|signed up)|shared|isn'?t !just|not !(just|all) !on|not (putting|going to put)|alone|signs? off on the design",
    ],
    ['asks-guarantees', 1.0, 'guarantee\\w*|sla|service levels?|penalt\\w*|uptime'],
    [
      'defers-decision',
      1.1,
      "(rather|prefer) (the|that the) (committee|board)|committee decides|board makes|isn'?t just my decision",
    ],
    [
      'got-burned',
      1.1,
      "burned|been there before|won'?t (go through|be again)|last time .{0,40}(failed|slipped|went wrong|backed)|before and won'?t|nobody asked the vendor",
    ],
  ],
};
