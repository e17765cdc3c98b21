/** The team's framework choice as received from a form or storage (extension pages use zod). */
import { z } from 'zod';
import { QUALIFICATION_FRAMEWORKS } from '../vocabulary';

export const frameworkChoiceSchema = z.enum(QUALIFICATION_FRAMEWORKS, {
  error: () => `Choose one of ${QUALIFICATION_FRAMEWORKS.join(', ')}.`,
});
