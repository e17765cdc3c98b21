/**
 * The text detector (lib/domain/detector) with its shipped model, loaded once per worker life
 * from the extension's own files. A broken model fails loudly: no evidence is better than
 * evidence from a model nobody validated.
 */
import { createDetector, parseDetectorModel, type Detector } from '@/lib/domain/detector';

let loading: Promise<Detector> | undefined;

/** The detector over `public/models/detector.json` (memoised; retried after a failure). */
export function loadSignalDetector(): Promise<Detector> {
  loading ??= (async () => {
    const response = await fetch(browser.runtime.getURL('/models/detector.json'));
    if (!response.ok) throw new Error(`Motive: detector model not readable (HTTP ${response.status}).`);
    return createDetector(parseDetectorModel(await response.json()));
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
