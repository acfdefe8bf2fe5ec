import { describe, expect, it } from 'vitest';
import { isTrustedUrl } from '../../shared/security/trusted-url';

describe('isTrustedUrl', () => {
  it.each([
    'https://www.instagram.com/p/abc123/',
    'https://x.com/school/status/1234567890',
    'https://blog.csghetstreek.nl/2026/11/open-dag/#comment-12',
    'http://127.0.0.1:8080/@parent/statuses/1',
    'http://localhost:4321/post',
  ])('accepts %s', (url) => {
    expect(isTrustedUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', 'script scheme'],
    ['JaVaScRiPt:alert(1)', 'mixed-case script scheme'],
    [' javascript:alert(1)', 'leading space'],
    ['java\nscript:alert(1)', 'embedded newline'],
    ['file:///etc/passwd', 'local file'],
    ['data:text/html,<script>alert(1)</script>', 'data URL'],
    ['vbscript:msgbox', 'vbscript'],
    ['ms-msdt:/id PCWDiagnostic', 'OS handler scheme'],
    ['smb://server/share', 'network share'],
    ['http://example.com/', 'plain http to the internet'],
    ['https://user:pass@evil.example/', 'embedded credentials'],
    ['https://www.google.com@evil.example/', 'credentials disguising the host'],
    ['//evil.example/path', 'protocol-relative'],
    ['/relative/path', 'relative'],
    ['', 'empty'],
    [`https://example.com/${'a'.repeat(5000)}`, 'absurdly long'],
  ])('refuses %s (%s)', (url) => {
    expect(isTrustedUrl(url)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isTrustedUrl(undefined as unknown as string)).toBe(false);
    expect(isTrustedUrl({ toString: () => 'https://x.com' } as unknown as string)).toBe(false);
  });
});
