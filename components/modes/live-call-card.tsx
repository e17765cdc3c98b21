import { topMotivations } from '@/components/diagnosis/use-diagnosis';
import { SignalChecklist } from '@/components/diagnosis/signal-checklist';
import { SuggestedEvidence } from '@/components/diagnosis/suggested-evidence';
import { TopMotivations } from '@/components/diagnosis/top-motivations';
import { NoteComposer } from '@/components/notes/note-composer';
import { LanguageNotice } from '@/components/objections/language-notice';
import { ObjectionCards } from '@/components/objections/objection-cards';
import { SlotText } from '@/components/play/slot-text';
import { usePlay } from '@/components/play/use-play';
import { useSlotFacts } from '@/components/play/use-slot-facts';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import { discoveryProgress } from '@/lib/domain/movement/discovery-questions';
import type { ModeCardProps } from './mode-card-props';

const KINDS = ['ask', 'show', 'avoid'] as const;

/** Live call: large type, only what a rep can take in at a glance while listening. */
export function LiveCallCard({ account, people, person, evidence, result }: ModeCardProps) {
  const play = usePlay({ account, person, channel: 'call', result, evidence, kinds: KINDS, perKind: 1 });
  const facts = useSlotFacts(account, evidence, person);
  const top = topMotivations(result);
  const ask = play?.ask?.[0];
  const show = play?.show?.[0];
  const avoid = play?.avoid?.[0];
  const leading = top[0] ? MOTIVATION_CATALOGUE[top[0].motivation] : undefined;
  const nextQuestion = ask?.entry.text ?? discoveryProgress(account.discovery).next?.prompt;
  return (
    <section className="mode-card live-card" aria-label="Live call" data-testid="live-card">
      <LanguageNotice accountId={account.id} />
      <ObjectionCards accountId={account.id} facts={facts} />
      <div className="card-block">
        <span className="card-label">Why they are moving</span>
        <TopMotivations result={result} evidence={evidence} />
      </div>
      {nextQuestion && (
        <div className="card-block">
          <span className="card-label">Ask next</span>
          <p data-testid="next-question">
            <SlotText text={nextQuestion} facts={facts} />
          </p>
        </div>
      )}
      {show && (
        <div className="card-block">
          <span className="card-label">Show</span>
          <p>
            {show.entry.proof?.url ? (
              <a href={show.entry.proof.url} target="_blank" rel="noopener noreferrer">
                {show.entry.title}
              </a>
            ) : (
              show.entry.title
            )}{' '}
            <span className="why-chip">why: {show.explanation}</span>
          </p>
        </div>
      )}
      {(avoid || leading) && (
        <div className="card-block">
          <span className="card-label">Avoid</span>
          <p className="avoid">
            <SlotText text={avoid?.entry.text ?? leading?.avoid[0] ?? ''} facts={facts} />
          </p>
        </div>
      )}
      <SuggestedEvidence evidence={evidence} limit={3} />
      <SignalChecklist account={account} compact />
      <NoteComposer accountId={account.id} people={people} defaultKind="call" personId={person?.id ?? null} />
    </section>
  );
}
