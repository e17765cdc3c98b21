import { describe, expect, it } from 'vitest';
import { gatedMotivations, reportedMotivations, reportedRoles, type OperatingPoint } from './operating-point';

const point: OperatingPoint = { top: 0.4, second: 0.7, role: 0.6 };
const scored = (...confidences: number[]) => confidences.map((confidence, id) => ({ id, confidence }));
const ids = (xs: { id: number }[]) => xs.map((x) => x.id);

describe('reportedMotivations: the strongest from the lower bar, others from the higher', () => {
  it.each<[string, number[], number[]]>([
    ['the strongest alone is reported from the top bar', [0.45, 0.2], [0]],
    ['nothing is reported when even the strongest is under the top bar', [0.39, 0.3], []],
    ['a second motivation under the second bar is not reported', [0.8, 0.69], [0]],
    ['a second motivation at the second bar is reported', [0.8, 0.7], [0, 1]],
    ['candidates in any order come back strongest first', [0.72, 0.9, 0.1], [1, 0]],
    ['the bars are inclusive', [0.4], [0]],
  ])('%s', (_rule, confidences, expected) => {
    expect(ids(reportedMotivations(scored(...confidences), point))).toEqual(expected);
  });

  it.each<[string, number[], number, number[]]>([
    ['an explicit threshold replaces both bars (hints)', [0.35, 0.3, 0.1], 0.3, [0, 1]],
    ['an explicit high threshold silences the top bar too', [0.5], 0.6, []],
  ])('%s', (_rule, confidences, threshold, expected) => {
    expect(ids(reportedMotivations(scored(...confidences), point, threshold))).toEqual(expected);
  });
});

describe('reportedRoles: every role cue at or above the role bar', () => {
  it.each<[string, number[], number | undefined, number[]]>([
    ['cues under the role bar are dropped, order kept', [0.59, 0.6, 0.9], undefined, [1, 2]],
    ['an explicit threshold replaces the role bar', [0.59, 0.2], 0.5, [0]],
  ])('%s', (_rule, confidences, threshold, expected) => {
    expect(ids(reportedRoles(scored(...confidences), point, threshold))).toEqual(expected);
  });
});

describe('gatedMotivations: the strongest motivation and "reveals a motivation" must agree', () => {
  const confidences = (xs: { confidence: number }[]) => xs.map((x) => Math.round(x.confidence * 1000) / 1000);
  it.each<[string, number[], number, number[]]>([
    ['the strongest takes the geometric mean with the reveals confidence', [0.9, 0.2], 0.4, [0.6, 0.2]],
    ['a confident reveals score lifts a weak strongest motivation', [0.49, 0.1], 1, [0.7, 0.1]],
    ['no other motivation is more certain than the strongest', [0.9, 0.85], 0.1, [0.3, 0.3]],
    ['candidates in any order come back strongest first', [0.2, 0.64], 1, [0.8, 0.2]],
    ['no candidates, nothing to gate', [], 0.9, []],
  ])('%s', (_rule, candidates, reveals, expected) => {
    expect(confidences(gatedMotivations(scored(...candidates), reveals))).toEqual(expected);
  });
});
