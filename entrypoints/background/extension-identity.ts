import type { ExtensionIdentity } from '@/lib/messaging/guards';

export function extensionIdentity(): ExtensionIdentity {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
}
