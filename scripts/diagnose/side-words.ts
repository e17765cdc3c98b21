/**
 * The words that put a speaker on a side, in one place. Titles are safe anywhere in a
 * description ("Account Executive, Acme"); short words only when they are the whole name or
 * tag ("Rep", "Sam (us)", "Q"): inside a description "Sales" may be the buyer's own VP of
 * Sales and "lead" anyone's job.
 */
export const SELLER_TITLES = String.raw`sales ?rep(?:resentative)?|sales ?person|seller|account (?:executive|manager)|sales (?:executive|manager|engineer|lead|director)|solutions? (?:engineer|consultant|architect)|pre-?sales|customer success(?: manager)?|ae|sdr|bdr|csm|vendor|interviewer`;
export const SELLER_SHORT = String.raw`us|me|we|ours|our side|rep|representative|sales|am|se|host|q`;
export const BUYER_TITLES = String.raw`customer|prospect|buyer|client|interviewee|participant|respondent`;
export const BUYER_SHORT = String.raw`lead|the customer|the prospect|a`;
