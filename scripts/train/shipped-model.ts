/** The trained model as shipped in `public/models/detector.json`, parsed once (tests, benches). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../../lib/domain/detector/create-detector';
import { parseDetectorModel } from '../../lib/domain/detector/parse-detector-model';

const path = fileURLToPath(new URL('../../public/models/detector.json', import.meta.url));

export const shippedModel = parseDetectorModel(JSON.parse(readFileSync(path, 'utf8')));
export const shippedDetector = createDetector(shippedModel);
