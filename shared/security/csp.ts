// One policy for the Electron window (meta tag, see renderer/index.html) and browser mode (header).
// No inline scripts, no remote code, no remote images until a later, explicit media viewer allows them.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
