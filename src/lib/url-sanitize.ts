/**
 * Removes credentials and query strings from URLs before they reach a message, log line or event.
 * Handles standard URLs (`https://user:pass@host/x?token=y`) and scp-like Git addresses (`git@host:path`).
 */

const URL_IN_TEXT = /\b([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^\s'"<>]*)/g;

/** The URL without userinfo, query or fragment; text that is not a URL is returned with any `user:pass@` prefix removed. */
export function sanitizeUrl(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.protocol === 'file:') return `file://${u.pathname}`;
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString();
  } catch {
    // scp-like or unparsable: drop anything up to the last '@' before the host part when it carries a password
    return raw.replace(/^([^@/:]*):[^@/]*@/, '$1@').replace(/[?#].*$/, '');
  }
}

/** Every URL found inside free text, sanitized with {@link sanitizeUrl}; the rest of the text is unchanged. */
export function sanitizeUrlsIn(text: string): string {
  return text.replace(URL_IN_TEXT, (_m, scheme: string, rest: string) => {
    const trailing = /[).,;:]+$/.exec(rest)?.[0] ?? '';
    const body = rest.slice(0, rest.length - trailing.length);
    return sanitizeUrl(scheme + body) + trailing;
  });
}
