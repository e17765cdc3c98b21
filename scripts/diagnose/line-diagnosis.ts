/**
 * Per-line results of a run and the `--format jsonl` rendering: one object per input line
 * with the best score per motivation, the role cues and the evidence behind them.
 */
import { reportedMotivations, reportedRoles } from '../../lib/domain/detector/operating-point';
import type { Detection, OperatingPoint, SpeakerSide } from '../../lib/domain/detector/types';
import type { TranscriptLine } from './transcript-line';

export interface LineDiagnosis {
  line: TranscriptLine;
  side: SpeakerSide;
  detection: Detection;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Only what clears the model's operating point is a detection (the rest are hints). */
export function reported(detection: Detection, point: OperatingPoint): Detection {
  return {
    motivations: reportedMotivations(detection.motivations, point),
    roles: reportedRoles(detection.roles, point),
  };
}

/** The JSON object printed for one line: `line` is its line in the input file. */
export function lineRecord({ line, detection: all }: LineDiagnosis, point: OperatingPoint) {
  const detection = reported(all, point);
  const best = new Map<string, number>();
  for (const d of detection.motivations)
    best.set(d.motivation, Math.max(best.get(d.motivation) ?? 0, d.confidence));
  return {
    id: line.id,
    line: line.sourceLine,
    motivations: [...best].sort((a, b) => b[1] - a[1]).map(([id, score]) => ({ id, score: round(score) })),
    roles: [...new Set(detection.roles.map((r) => r.role))],
    evidence: [
      ...detection.motivations.map((d) => ({
        motivation: d.motivation,
        ...(d.signalId ? { signalId: d.signalId } : {}),
        confidence: d.confidence,
        quote: d.quote,
        start: d.span.start,
        end: d.span.end,
      })),
      ...detection.roles.map((r) => ({
        role: r.role,
        confidence: r.confidence,
        quote: r.quote,
        start: r.span.start,
        end: r.span.end,
      })),
    ],
  };
}

/** Renders every line as JSON lines. */
export function renderJsonl(lines: readonly LineDiagnosis[], point: OperatingPoint): string {
  return lines.map((l) => JSON.stringify(lineRecord(l, point))).join('\n') + (lines.length ? '\n' : '');
}
