/**
 * The tag of the call note Motive writes when a call ends (one per call). The recap restates
 * evidence already counted and lists what is still open, so rules that read the rep's own
 * words from notes skip notes carrying it.
 */
export const RECAP_NOTE_TAG = 'recap';
