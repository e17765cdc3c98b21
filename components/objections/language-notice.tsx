import { useCallRecord } from '@/components/recap/call-queries';
import { LANGUAGE_NAMES, type LanguageCode } from '@/lib/domain/language/language-data';

/**
 * Says plainly when the call is in a language the detector does not read: those lines are
 * kept (they go into the call note) and nothing is claimed from them.
 */
export function LanguageNotice({ accountId }: { accountId: string }) {
  const { data: call } = useCallRecord(null);
  if (!call || call.endedAt || (call.accountId !== null && call.accountId !== accountId)) return null;
  const languages = [...new Set(call.lines.flatMap((l) => (l.language ? [l.language] : [])))];
  if (languages.length === 0) return null;
  const names = languages.map((code) => LANGUAGE_NAMES[code as LanguageCode] ?? code).join(', ');
  return (
    <p role="status" className="notice" data-testid="not-diagnosed">
      Not diagnosed: {names}. Those lines are kept in the call’s notes as said; nothing is read from them.
    </p>
  );
}
