/**
 * The diagnose command as a function: arguments and file access in, printed text and exit
 * code out, so tests can run it without spawning a process.
 */
import { HINT_AT } from '../../lib/domain/diagnosis/conversation-diagnosis';
import { createDetector } from '../../lib/domain/detector/create-detector';
import { parseDetectorModel } from '../../lib/domain/detector/parse-detector-model';
import { HELP, USAGE, parseArgs, wantsHelp } from './cli-args';
import { renderMarkdown } from './conversation-report';
import { renderJsonl, type LineDiagnosis } from './line-diagnosis';
import { parseTranscript } from './parse-transcript';
import { decideSides } from './decide-sides';
import { sideResolver } from './speaker-sides';

export interface DiagnoseIo {
  readText(path: string): string;
  /** The detector model JSON text. */
  modelText(): string;
}

export interface DiagnoseResult {
  stdout: string;
  stderr: string;
  code: 0 | 1;
}

/** Runs `diagnose` over argv; every failure becomes a one-line message and exit code 1. */
export function runDiagnose(argv: readonly string[], io: DiagnoseIo): DiagnoseResult {
  if (wantsHelp(argv)) return { stdout: HELP, stderr: '', code: 0 };
  let file = '';
  try {
    const args = parseArgs(argv);
    file = args.file;
    let text: string;
    try {
      text = io.readText(args.file);
    } catch {
      throw new Error('cannot read the file');
    }
    const transcript = parseTranscript(args.file, text);
    const detector = createDetector(parseDetectorModel(JSON.parse(io.modelText())));
    const sides = decideSides(transcript, args.buyers, args.sellers);
    const sideOf = sideResolver(sides.buyers, sides.sellers);
    // Lines are read one at a time (linear, as live captions are), down to the hint level:
    // the conversation report turns hints into questions; jsonl reports only real detections.
    const lines: LineDiagnosis[] = transcript.map((line) => {
      const side = line.side ?? sideOf(line.speaker);
      const text = line.notOwnWords ? '' : line.text;
      const detection = detector.detect(text, { side, threshold: HINT_AT });
      return { line, side, detection };
    });
    const stdout =
      args.format === 'jsonl'
        ? renderJsonl(lines, detector.operatingPoint)
        : renderMarkdown(args.file, lines, detector.operatingPoint, sides.note);
    return { stdout, stderr: '', code: 0 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = file ? `${file}: ` : '';
    return { stdout: '', stderr: `diagnose: ${where}${message}\n${file ? '' : `${USAGE}\n`}`, code: 1 };
  }
}
