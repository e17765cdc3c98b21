/**
 * Mailbox providers whose addresses say nothing about the sender's company: a participant on
 * gmail.com is not "the Gmail account". Lower case; subdomains are not listed (none are used).
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'orange.fr',
  'free.fr',
  'mail.com',
  'zoho.com',
  'fastmail.com',
  'hey.com',
  'yandex.ru',
  'qq.com',
  '163.com',
]);

/** The domain of an address, lower case, or undefined when it is not an address. */
export function emailDomain(email: string | undefined): string | undefined {
  const at = email?.lastIndexOf('@') ?? -1;
  if (!email || at < 1) return undefined;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return domain.includes('.') ? domain : undefined;
}

/** True when `domain` is `base` or one of its subdomains ("eu.acme.com" is acme.com). */
export function domainBelongsTo(domain: string, base: string): boolean {
  const d = domain.toLowerCase();
  const b = base.toLowerCase().replace(/^www\./, '');
  return d === b || d.endsWith(`.${b}`);
}
