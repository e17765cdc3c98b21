import { useMutation } from '@tanstack/react-query';
import { downloadTextFile } from '@/lib/browser/download-file';
import { panelChannel } from '@/lib/messaging/channels';

export interface SavedSnapshot {
  fileName?: string;
  reason?: string;
}

/**
 * Asks the active tab's reader for a redacted page snapshot and saves it as a downloaded
 * file on this computer (for the user to attach to a bug report; nothing is sent anywhere).
 */
export function usePageSnapshot(now: () => Date = () => new Date()) {
  return useMutation<SavedSnapshot, Error>({
    mutationFn: async () => {
      const result = await panelChannel.sendMessage('redactedPageSnapshot', {});
      if (result.snapshot === undefined) return { reason: result.reason ?? 'No snapshot was taken.' };
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      const fileName = `motive-snapshot-${result.app ?? 'page'}-${stamp}.html`;
      downloadTextFile(fileName, result.snapshot, 'text/html');
      return { fileName };
    },
  });
}
