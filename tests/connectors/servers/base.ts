import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

// A small HTTP server for imitating a platform on 127.0.0.1: routes, a log of every request, gzip
// when asked, and faults that can be injected for the next matching requests (errors, 429s, stalls,
// slow or cut-off bodies, broken JSON, huge answers). Plain Node, no test framework: the demo
// sandbox imports these servers at runtime.

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface RecordedResponse {
  method: string;
  path: string;
  /** The route's pattern, e.g. "GET /2/users/:id/mentions". */
  route: string | null;
  status: number;
  contentType: string;
  body: unknown;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings and Buffers as they are. */
  body?: unknown;
  contentType?: string;
}

export type Handler = (req: RecordedRequest, params: Record<string, string>) => Reply | Promise<Reply>;

export type FaultKind =
  /** Answer with `reply` instead of the route (an error status, a 429 with headers, a 500…). */
  | 'reply'
  /** Accept the request and never answer (until released or the server closes). */
  | 'stall'
  /** Send the real answer's headers, then its body in pieces over `delayMs`. */
  | 'slow'
  /** Announce the real answer's full length, send half, then close the connection. */
  | 'truncate'
  /** Answer 200 with a body that is not valid JSON/XML. */
  | 'malformed'
  /** Answer 200 with `sizeBytes` of filler. */
  | 'huge'
  /** Close the connection without answering. */
  | 'reset';

export interface Fault {
  kind: FaultKind;
  /** Which requests: a path prefix, or a predicate; all requests when absent. */
  match?: string | ((req: RecordedRequest) => boolean);
  /** How many matching requests it applies to (default 1; Infinity for all). */
  times?: number;
  reply?: Reply;
  delayMs?: number;
  sizeBytes?: number;
}

interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  names: string[];
  handler: Handler;
}

export class MockServer {
  readonly requests: RecordedRequest[] = [];
  readonly responses: RecordedResponse[] = [];
  private readonly routes: Route[] = [];
  private readonly faults: (Fault & { left: number })[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly stalled = new Set<http.ServerResponse>();
  private readonly waiters: { pred: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  private server: http.Server | null = null;
  baseUrl = '';
  /** Whether answers are gzipped when the client accepts it. */
  gzip = true;

  constructor(readonly name: string) {}

  route(method: string, pattern: string, handler: Handler): void {
    const names: string[] = [];
    const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_m, n: string) => {
      names.push(n);
      return '([^/]+)';
    });
    this.routes.push({ method, pattern, regex: new RegExp(`^${source}/?$`), names, handler });
  }

  injectFault(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Stalled requests whose client is still connected (a client that gave up has closed its socket). */
  get stalledCount(): number {
    return this.stalled.size;
  }

  /** Answers every stalled request with a connection reset, so clients see the end. */
  releaseStalled(): void {
    for (const res of this.stalled) res.socket?.destroy();
    this.stalled.clear();
  }

  /** Resolves with the first request (already received or future) that matches. */
  waitForRequest(pred: (r: RecordedRequest) => boolean): Promise<RecordedRequest> {
    const seen = this.requests.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ pred, resolve }));
  }

  requestsTo(prefix: string, method = 'GET'): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path.startsWith(prefix));
  }

  async start(port = 0): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    this.releaseStalled();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  private takeFault(req: RecordedRequest): Fault | null {
    for (const f of this.faults) {
      if (f.left <= 0) continue;
      const ok = !f.match || (typeof f.match === 'string' ? req.path.startsWith(f.match) : f.match(req));
      if (!ok) continue;
      f.left--;
      return f;
    }
    return null;
  }

  private async handle(nodeReq: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of nodeReq) chunks.push(c as Buffer);
    const url = new URL(nodeReq.url ?? '/', 'http://127.0.0.1');
    const req: RecordedRequest = {
      method: nodeReq.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: nodeReq.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: Date.now(),
    };
    this.requests.push(req);
    for (const w of [...this.waiters]) {
      if (w.pred(req)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(req);
      }
    }

    const fault = this.takeFault(req);
    if (fault?.kind === 'stall') {
      this.stalled.add(res);
      res.on('close', () => this.stalled.delete(res));
      return;
    }
    if (fault?.kind === 'reset') {
      nodeReq.socket.destroy();
      return;
    }
    if (fault?.kind === 'malformed') return this.send(req, res, null, { status: 200, body: '{"data": [{"id": "1", "text": "afgebr', contentType: 'application/json' });
    if (fault?.kind === 'huge') {
      return this.send(req, res, null, { status: 200, body: Buffer.alloc(fault.sizeBytes ?? 20 * 1024 * 1024, 0x20), contentType: 'application/json' });
    }
    if (fault?.kind === 'reply') return this.send(req, res, null, fault.reply ?? { status: 500 });

    let reply: Reply = { status: 404, body: { error: 'not found' } };
    let routeName: string | null = null;
    for (const r of this.routes) {
      if (r.method !== req.method) continue;
      const m = r.regex.exec(req.path);
      if (!m) continue;
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => (params[n] = m[i + 1] ?? ''));
      routeName = `${r.method} ${r.pattern}`;
      try {
        reply = await r.handler(req, params);
      } catch (err) {
        reply = { status: 500, body: { error: String(err) } };
      }
      break;
    }
    return this.send(req, res, routeName, reply, fault ?? undefined);
  }

  private send(req: RecordedRequest, res: http.ServerResponse, route: string | null, reply: Reply, fault?: Fault): void {
    const status = reply.status ?? 200;
    const isBuffer = Buffer.isBuffer(reply.body);
    const isText = typeof reply.body === 'string';
    const contentType = reply.contentType ?? (isBuffer || isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8');
    let body: Buffer =
      reply.body === undefined ? Buffer.alloc(0) : isBuffer ? (reply.body as Buffer) : Buffer.from(isText ? (reply.body as string) : JSON.stringify(reply.body));
    this.responses.push({ method: req.method, path: req.path, route, status, contentType, body: isBuffer || isText ? reply.body : reply.body });
    const headers: Record<string, string> = { 'content-type': contentType, ...reply.headers };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (this.gzip && body.length > 256 && /\bgzip\b/.test(accepts) && status !== 304) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    if (status === 304 || status === 204) body = Buffer.alloc(0);
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    if (fault?.kind === 'truncate') {
      res.write(body.subarray(0, Math.max(1, Math.floor(body.length / 2))));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    if (fault?.kind === 'slow') {
      const pieces = 10;
      const size = Math.ceil(body.length / pieces);
      let i = 0;
      const step = () => {
        if (res.destroyed) return;
        if (i >= body.length) return void res.end();
        res.write(body.subarray(i, i + size));
        i += size;
        setTimeout(step, (fault.delayMs ?? 1000) / pieces);
      };
      step();
      return;
    }
    res.end(body);
  }
}

/** Reads a bearer token from the Authorization header (or an access_token parameter, as Graph allows). */
export function bearer(req: RecordedRequest): string | null {
  const h = req.headers.authorization;
  if (typeof h === 'string') {
    const m = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(h);
    if (m?.[1]) return m[1];
  }
  return req.query.get('access_token');
}

/** A fixed-window request budget, as platforms count them. */
export class Budget {
  used = 0;
  windowStart: number;
  constructor(
    public limit: number,
    public windowMs: number,
    private readonly now: () => number,
  ) {
    this.windowStart = now();
  }
  /** Counts one request; false when the window's budget is spent. */
  take(): boolean {
    if (this.now() >= this.windowStart + this.windowMs) {
      this.windowStart = this.now();
      this.used = 0;
    }
    if (this.used >= this.limit) return false;
    this.used++;
    return true;
  }
  get remaining(): number {
    return Math.max(0, this.limit - this.used);
  }
  get resetAt(): number {
    return this.windowStart + this.windowMs;
  }
  /** Makes the budget look nearly or fully spent (tests of rate-limit handling). */
  exhaust(leave = 0): void {
    this.used = Math.max(0, this.limit - leave);
  }
}
