/** Command-line arguments of `npm run diagnose -- <file> [--buyer name]… [--seller name]… [--format md|jsonl]`. */

export interface DiagnoseArgs {
  file: string;
  buyers: string[];
  sellers: string[];
  format: 'md' | 'jsonl';
}

export const USAGE =
  'usage: npm run diagnose -- <file.txt|.md|.vtt|.srt|.jsonl|.json|.csv|.tsv> [--buyer NAME]… [--seller NAME]… [--format md|jsonl]';

/** What `--help` prints: the usage, then what the command reads and writes. */
export const HELP = `${USAGE}

Reads a call transcript (.vtt, .srt, or .txt/.md in the shapes meeting tools export: "Name: text",
"[00:01] Name: text", a speaker and time on a line of their own), an email (.txt with no speakers) or
one utterance per line (.jsonl: {"text": …, "id"?, "speaker"?, "side"?}), an array of those or a Gong
transcript (.json), a table with a header row naming a text column (.csv, .tsv), and prints what the buyer's
own words reveal: motivations with quotes, who is in the decision, and what to ask next.

  --buyer NAME    a speaker on the buyer's side (repeatable); overrules the guess
  --seller NAME   a speaker on the seller's side (repeatable); never read as evidence
  --format md     call notes in Markdown (default)
  --format jsonl  one JSON record per input line: id, motivations with scores, roles, evidence
  -h, --help      this text
`;

/** Whether argv asks for the help text (then nothing else is read). */
export const wantsHelp = (argv: readonly string[]) => argv.some((a) => a === '--help' || a === '-h');

/** Parses argv (without node and script); throws a message naming the bad argument. */
export function parseArgs(argv: readonly string[]): DiagnoseArgs {
  const args: DiagnoseArgs = { file: '', buyers: [], sellers: [], format: 'md' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--buyer') args.buyers.push(value());
    else if (arg === '--seller') args.sellers.push(value());
    else if (arg === '--format') {
      const format = value();
      if (format !== 'md' && format !== 'jsonl')
        throw new Error(`--format must be md or jsonl, not "${format}"`);
      args.format = format;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (args.file) throw new Error(`only one file, got "${args.file}" and "${arg}"`);
    else args.file = arg;
  }
  if (!args.file) throw new Error('no input file');
  return args;
}
