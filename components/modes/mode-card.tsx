import { EmailCard } from './email-card';
import { LiveCallCard } from './live-call-card';
import type { ModeCardProps } from './mode-card-props';
import { PrepCard } from './prep-card';

export type { ModeCardProps } from './mode-card-props';

/** The glanceable card at the top, shaped for the moment: a call, an email, a renewal prep. */
export function ModeCard(props: ModeCardProps) {
  if (props.mode === 'live') return <LiveCallCard {...props} />;
  if (props.mode === 'email') return <EmailCard {...props} />;
  return <PrepCard {...props} />;
}
