/**
 * Caption line to objection card, end to end in real headless Chromium with the BUILT
 * extension: a Meet call page under meet.google.com, a buyer's objection ("what if it fails
 * halfway", "we tried this before"…) said in its caption region and made final by the next
 * speaker; the content script reads it, the background announces it, and the open panel's
 * live card raises the matched playbook entry. Timed from the DOM mutation that makes the line
 * final (Date.now() in the call page) to the card appearing (a MutationObserver in the panel):
 * p50 and p95. The panel reloads between samples, because the deck allows one new card per
 * 20 s by design. Prints figures; asserts nothing.
 * Run: npx wxt build && npx tsx tests/bench/objection-card.bench.ts  (OBJECTION_SAMPLES)
 */
import { printLoad } from './lib/machine';
import { openMeetCall, speakInMeet, watchPanelFor } from './lib/meet-call';
import { ms, percentile } from './lib/stats';

const SAMPLES = Number(process.env.OBJECTION_SAMPLES ?? 20);
const TIMEOUT_MS = 5_000;
/** Objections a buyer raises, each ending with a case number so every line is new. */
const OBJECTIONS = [
  'Honestly, what if it fails halfway through the migration',
  'We tried this before with another vendor',
  'It feels too expensive for a team our size',
  'Our security team will need to review it first',
  'It is just not the right time for us',
];
const line = (i: number) => `${OBJECTIONS[i % OBJECTIONS.length]}, case ${i}.`;

/** In the panel: resolves with Date.now() when an objection card appears. */
const watchForCard = watchPanelFor(
  `document.querySelector('[data-testid="objection-card"]') !== null`,
  TIMEOUT_MS,
);

const { panel, call, close } = await openMeetCall();
try {
  printLoad('before');
  const latencies: number[] = [];
  let missed = 0;
  for (let i = 0; i < SAMPLES; i++) {
    // A fresh deck: the one-card-per-20-s rule would otherwise hold every sample after the first.
    await panel.reload();
    await panel.getByTestId('live-card').waitFor({ timeout: 15_000 });
    // The playbook loads lazily after the first frame; the card needs it.
    await panel.waitForTimeout(300);
    const shown = panel.evaluate<number | null>(watchForCard);
    const finalAt = await call.evaluate<number>(speakInMeet(i, 'Marcus Lindqvist', line(i)));
    const shownAt = await shown;
    if (shownAt === null) missed++;
    else latencies.push(Math.max(0, shownAt - finalAt));
  }
  console.log(
    `caption objection → objection card visible in the panel, ${SAMPLES} samples (timed from the next speaker's turn, which makes the line final):`,
  );
  console.log(
    `  p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}; ` +
      `${missed} card(s) not shown within ${TIMEOUT_MS / 1000} s (target: within 1 s)`,
  );
  printLoad('after');
} finally {
  await close();
}
