import { slotSegments, type SlotFacts } from '@/lib/playbook/slots';

/**
 * Playbook text with its slots: filled slots are the customer's own confirmed words or the
 * account's fields (isolated, so a right-to-left name cannot reorder the sentence); prompts
 * are marked so the rep sees at a glance what to complete before saying or sending it.
 */
export function SlotText({ text, facts }: { text: string; facts: SlotFacts }) {
  return (
    <>
      {slotSegments(text, facts).map((s, i) =>
        s.kind === 'text' ? (
          s.text
        ) : s.kind === 'filled' ? (
          <bdi key={i} className="slot-filled">
            {s.text}
          </bdi>
        ) : (
          <mark key={i} className="slot-prompt" title="Fill this in before you say or send it">
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}
