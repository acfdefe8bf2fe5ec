import { describe, expect, it } from 'vitest';
import { checkSite, checkToken, cookieName, readCookie, tokensEqual } from '../../electron/server/request-guard';

const port = 4321;
const token = 'x'.repeat(43);

describe('checkSite', () => {
  it('accepts our own host with or without a same-origin Origin', () => {
    expect(checkSite({ host: '127.0.0.1:4321' }, port)).toBeNull();
    expect(checkSite({ host: 'localhost:4321', origin: 'http://localhost:4321' }, port)).toBeNull();
    expect(checkSite({ host: '127.0.0.1:4321', 'sec-fetch-site': 'same-origin' }, port)).toBeNull();
  });

  it('refuses a foreign Host (DNS rebinding) with 403', () => {
    expect(checkSite({ host: 'evil.example:4321' }, port)?.status).toBe(403);
    expect(checkSite({ host: '127.0.0.1:9999' }, port)?.status).toBe(403);
    expect(checkSite({}, port)?.status).toBe(403);
  });

  it('refuses a foreign Origin or a cross-site fetch with 403', () => {
    expect(checkSite({ host: '127.0.0.1:4321', origin: 'https://evil.example' }, port)?.status).toBe(403);
    expect(checkSite({ host: '127.0.0.1:4321', origin: 'http://127.0.0.1:5555' }, port)?.status).toBe(403);
    expect(checkSite({ host: '127.0.0.1:4321', origin: 'null' }, port)?.status).toBe(403);
    expect(checkSite({ host: '127.0.0.1:4321', 'sec-fetch-site': 'cross-site' }, port)?.status).toBe(403);
  });
});

describe('checkToken', () => {
  it('accepts the token as bearer or as our port-named cookie', () => {
    expect(checkToken({ authorization: `Bearer ${token}` }, port, token)).toBe('bearer');
    expect(checkToken({ cookie: `other=1; ${cookieName(port)}=${token}` }, port, token)).toBe('cookie');
  });

  it('refuses a missing, wrong or other-port token with 401', () => {
    expect(checkToken({}, port, token)).toEqual({ status: 401, reason: expect.any(String) });
    expect(checkToken({ authorization: 'Bearer nope' }, port, token)).toMatchObject({ status: 401 });
    expect(checkToken({ cookie: `${cookieName(9999)}=${token}` }, port, token)).toMatchObject({ status: 401 });
  });

  it('compares tokens of unequal length without throwing', () => {
    expect(tokensEqual('short', token)).toBe(false);
    expect(tokensEqual(undefined, token)).toBe(false);
  });

  it('reads cookies by exact name', () => {
    expect(readCookie('pw_43210=a; pw_4321=b', 'pw_4321')).toBe('b');
  });
});
