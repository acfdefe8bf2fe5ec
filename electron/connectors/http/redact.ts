// Tokens must never reach an error message, a log line or an export. Every message a connector
// builds passes through here with the secrets of the call in hand.

/** A URL as it may be shown: no credentials, no query string (private feeds carry keys there). */
export function displayUrl(url: string | URL): string {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(ongeldige URL / invalid URL)';
  }
}

/** Removes every occurrence of each secret, also in its URL-encoded forms. */
export function redact(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, '+')])) {
      out = out.split(form).join('[verborgen]');
    }
  }
  return out;
}

/** Platform-supplied error text, cut short: it is shown to people, so keep it to one readable line. */
export function shortDetail(text: unknown, max = 200): string {
  if (typeof text !== 'string') return '';
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
