import http from 'node:http';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../electron/server/http-server';
import { startTestBackend, type TestBackend } from '../helpers/backend';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string; host?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: options.host ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('browser-mode server: not a back door', () => {
  let t: TestBackend;
  let server: RunningServer;
  const json = { 'Content-Type': 'application/json' };

  beforeAll(async () => {
    t = startTestBackend();
    server = await startHttpServer({ backend: t.backend });
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('listens on 127.0.0.1 only', () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
    if (!external) return; // no non-loopback interface on this machine: nothing more to prove
    return expect(request(server.port, { host: external.address })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('creates a fresh secret token per start', async () => {
    const other = await startHttpServer({ backend: t.backend });
    expect(other.token).not.toBe(server.token);
    expect(server.token.length).toBeGreaterThanOrEqual(43);
    await other.close();
  });

  it('answers 401 without the token or with a wrong one', async () => {
    expect((await request(server.port, { path: '/' })).status).toBe(401);
    expect((await request(server.port, { path: '/?token=wrong' })).status).toBe(401);
    const api = await request(server.port, { method: 'POST', path: '/api/setup.status', headers: json, body: '{}' });
    expect(api.status).toBe(401);
    const wrongBearer = await request(server.port, {
      method: 'POST',
      path: '/api/setup.status',
      headers: { ...json, Authorization: 'Bearer nope' },
      body: '{}',
    });
    expect(wrongBearer.status).toBe(401);
    expect((await request(server.port, { path: '/api/events' })).status).toBe(401);
  });

  it('answers 403 to a foreign Host (DNS rebinding), even with the token', async () => {
    const reply = await request(server.port, {
      method: 'POST',
      path: '/api/setup.status',
      headers: { ...json, Host: `attacker.example:${server.port}`, Authorization: `Bearer ${server.token}` },
      body: '{}',
    });
    expect(reply.status).toBe(403);
    expect((await request(server.port, { path: `/?token=${server.token}`, headers: { Host: 'attacker.example' } })).status).toBe(403);
  });

  it('answers 403 to a cross-site Origin, even with the cookie', async () => {
    const cookie = await login();
    const reply = await request(server.port, {
      method: 'POST',
      path: '/api/setup.status',
      headers: { ...json, Cookie: cookie, Origin: 'https://evil.example' },
      body: '{}',
    });
    expect(reply.status).toBe(403);
    const noOrigin = await request(server.port, { method: 'POST', path: '/api/setup.status', headers: { ...json, Cookie: cookie }, body: '{}' });
    expect(noOrigin.status).toBe(403);
  });

  it('swaps the token in the address for an HttpOnly, SameSite cookie, then serves the API', async () => {
    const cookie = await login();
    const reply = await request(server.port, {
      method: 'POST',
      path: '/api/setup.status',
      headers: { ...json, Cookie: cookie, Origin: `http://127.0.0.1:${server.port}` },
      body: '{}',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { complete: false, schoolName: null } });
  });

  it('accepts the token as a bearer header for scripts', async () => {
    const reply = await request(server.port, {
      method: 'POST',
      path: '/api/setup.status',
      headers: { ...json, Authorization: `Bearer ${server.token}` },
      body: '{}',
    });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  });

  it('returns contract errors as results and refuses non-JSON bodies', async () => {
    const auth = { Authorization: `Bearer ${server.token}` };
    const bad = await request(server.port, { method: 'POST', path: '/api/people.add', headers: { ...json, ...auth }, body: '{"name":1}' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const form = await request(server.port, {
      method: 'POST',
      path: '/api/setup.status',
      headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const garbage = await request(server.port, { method: 'POST', path: '/api/setup.status', headers: { ...json, ...auth }, body: '{' });
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('sends a strict CSP and no-sniff on every answer', async () => {
    const reply = await request(server.port, { path: '/' });
    expect(reply.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  async function login(): Promise<string> {
    const reply = await request(server.port, { path: `/?token=${server.token}` });
    expect(reply.status).toBe(303);
    const setCookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    return setCookie.split(';')[0]!;
  }
});
