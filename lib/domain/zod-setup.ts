/**
 * Extension pages and the service worker run under a CSP without 'unsafe-eval': tell zod not
 * to try its `new Function` fast path (which would only fail and log a CSP violation).
 * Import this first in every extension entrypoint.
 */
import { z } from 'zod';

z.config({ jitless: true });
