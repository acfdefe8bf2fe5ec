import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../backend/backend';
import { checkSite, checkToken, cookieName, tokensEqual, type GuardFailure } from './request-guard';
import { readStaticFile } from './static-files';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export interface HttpServerOptions {
  backend: Backend;
  /** The built renderer (out/renderer); omitted in API-only tests. */
  staticDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; otherwise a fresh one per start. */
  token?: string;
}

export interface RunningServer {
  port: number;
  token: string;
  /** The address to open: carries the token once; the page swaps it for a cookie. */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 25 * 1024 * 1024;
const SSE_KEEPALIVE_MS = 25_000;

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Browser mode: the same handlers as the Electron bridge, over HTTP on 127.0.0.1 only. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const { backend } = options;
  const sseClients = new Set<http.ServerResponse>();
  let port = 0;

  const unsubscribe = backend.events.subscribe((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of sseClients) res.write(frame);
  });

  const server = http.createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    handle(req, res).catch((error: unknown) => {
      backend.log.error('http request failed', { error, url: req.url?.split('?')[0] });
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const site = checkSite(req.headers, port);
    if (site) return refuse(res, site);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    // The printed address carries the token; exchange it for an HttpOnly cookie and drop it from the URL.
    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && offered !== null) {
      if (!tokensEqual(offered, token)) return refuse(res, { status: 401, reason: 'wrong token in address' });
      res.setHeader('Set-Cookie', `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      res.setHeader('Location', '/');
      res.writeHead(303).end();
      return;
    }

    const auth = checkToken(req.headers, port, token);
    if (typeof auth !== 'string') return refuse(res, auth);

    if (url.pathname.startsWith('/api/')) {
      // A cookie alone is what a forged cross-site request would carry; browsers always send Origin
      // on our own POSTs, so require it for cookie-authenticated calls.
      if (auth === 'cookie' && req.method === 'POST' && req.headers.origin === undefined) {
        return refuse(res, { status: 403, reason: 'missing Origin header' });
      }
      if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(res);
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
        return send(res, 415, 'text/plain; charset=utf-8', 'Send application/json');
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(req);
      if (body === null) return send(res, 413, 'text/plain; charset=utf-8', 'Request too large');
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, { ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON' } });
      }
      const result = await backend.invoke(method, input);
      return sendJson(res, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const file = options.staticDir ? readStaticFile(options.staticDir, url.pathname) : null;
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    res.setHeader('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-store');
    send(res, 200, file.type, req.method === 'HEAD' ? '' : file.body);
  }

  function openEventStream(res: http.ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    sseClients.add(res);
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), SSE_KEEPALIVE_MS);
    res.on('close', () => {
      clearInterval(keepalive);
      sseClients.delete(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: nothing on the network can reach the desk, whatever the firewall says.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const res of sseClients) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function refuse(res: http.ServerResponse, failure: GuardFailure): void {
  const text =
    failure.status === 401
      ? 'Paginawacht: open het adres dat bij het starten werd getoond (met de sleutel erin).\n' +
        'Paginawacht: open the address printed at start-up (it carries the key).\n'
      : `Paginawacht: request refused (${failure.reason}).\n`;
  send(res, failure.status, 'text/plain; charset=utf-8', text);
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

function sendJson(res: http.ServerResponse, value: unknown): void {
  res.setHeader('Cache-Control', 'no-store');
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
