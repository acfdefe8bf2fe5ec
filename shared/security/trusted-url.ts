const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * May this link be handed to the system browser? Only plain web addresses: https anywhere, and http
 * only on this computer (the demo's local platform servers). Everything else — javascript:, file:,
 * data:, custom app schemes that could launch programs, and addresses with embedded credentials that
 * disguise where they lead — is refused.
 */
export function isTrustedUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096) return false;
  // Control characters and whitespace have been used to smuggle schemes past naive checks.
  if (/[\u0000-\u0020\u007f]/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (!url.hostname) return false;
  if (url.protocol === 'https:') return true;
  if (url.protocol === 'http:') return LOOPBACK_HOSTS.has(url.hostname);
  return false;
}
