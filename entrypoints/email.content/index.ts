import { contentChannel } from '@/lib/messaging/channels';
import { matchesFor } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: matchesFor('email'),
  runAt: 'document_idle',
  main() {
    void contentChannel.sendMessage('reportPageContext', {
      app: location.hostname === 'mail.google.com' ? 'gmail' : 'outlook',
      surface: 'email',
      url: location.href,
      readStatus: 'partial',
      missing: ['thread'],
      people: [],
      readAt: new Date().toISOString(),
    });
  },
});
