import { useMemo } from 'react';
import { InsertButton } from '@/components/play/insert-button';
import { usePlaybookEntries } from '@/components/kernel/use-playbook-entries';
import { CopyButton } from '@/components/ui/copy-button';
import type { Account } from '@/lib/domain/records';
import type { CallRecap } from '@/lib/briefs/recap/build-recap';
import type { Commitment } from '@/lib/domain/recap/commitments';
import { buildFollowUpEmail } from '@/lib/briefs/recap/follow-up-email';
import { matchPlaybook } from '@/lib/playbook/match-playbook';

/** What they care about most, from this call's confirmed quotes (for picking the proof). */
function callScores(recap: CallRecap): Partial<Record<string, number>> {
  const top = Math.max(1, ...recap.heard.map((h) => h.confirmed.length));
  return Object.fromEntries(
    recap.heard.filter((h) => h.confirmed.length > 0).map((h) => [h.motivation, h.confirmed.length / top]),
  );
}

/**
 * The follow-up email, built for the buyer from the recap: inserted at the cursor of the open
 * Gmail or Outlook reply (the snippet road), where the rep edits it before sending.
 */
export function FollowUpCard({
  recap,
  account,
  agreed,
}: {
  recap: CallRecap;
  account: Pick<Account, 'stage'>;
  agreed: Commitment[];
}) {
  const entries = usePlaybookEntries();
  const greet = recap.speakers.find((s) => s.side === 'buyer')?.name;
  const text = useMemo(() => {
    const proof = entries
      ? matchPlaybook(entries, {
          scores: callScores(recap),
          stage: account.stage,
          channel: 'email',
          kinds: ['show'],
          limit: 3,
        }).map((p) => ({
          label: p.entry.proof?.label ?? p.entry.title,
          ...(p.entry.proof?.url ? { url: p.entry.proof.url } : {}),
        }))
      : [];
    return buildFollowUpEmail({ recap, agreed, proof, ...(greet ? { greet } : {}) });
  }, [entries, recap, agreed, greet, account.stage]);
  return (
    <section aria-labelledby="recap-follow-up" className="recap-block follow-up" data-testid="follow-up">
      <h3 id="recap-follow-up">Follow-up email</h3>
      <p className="small">
        Written for the buyer: their confirmed words, the steps you ticked, [prompts] for the rest. Edit it in
        the reply before sending.
      </p>
      <pre className="follow-up-text" data-testid="follow-up-text">
        {text}
      </pre>
      <div className="row">
        <InsertButton text={text} title="the follow-up email" />
        <CopyButton text={text} label="Copy" describe="the follow-up email" />
      </div>
    </section>
  );
}
