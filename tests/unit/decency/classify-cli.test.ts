import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runClassify } from '../../../electron/cli/commands/classify';

function sink(highWaterMark = 16 * 1024, slow = false): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      if (slow) setImmediate(cb);
      else cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('runClassify', () => {
  it('writes one JSONL result per input line, with the documented fields', async () => {
    const out = sink();
    const err = sink();
    const input = Readable.from(['{"id":"a","text":"Wat een mooie musical"}\n{"id":2,"text":"Kut school","media":true}\n']);
    const res = await runClassify({ input, output: out.stream, errors: err.stream });
    expect(res).toEqual({ lines: 2, failed: 0 });
    const rows = out.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0]).toEqual({ id: 'a', flagged: false, severity: 0, categories: [], clauses: [], spans: [] });
    expect(Object.keys(rows[1])).toEqual(['id', 'flagged', 'severity', 'categories', 'clauses', 'spans']);
    expect(rows[1].categories).toEqual(['coarse_language', 'media_consent']);
    expect(rows[1].clauses).toEqual(['A10', 'A6']);
    expect(err.text()).toBe('');
  });

  it('reports malformed lines with their line number and goes on', async () => {
    const out = sink();
    const err = sink();
    const input = Readable.from([
      '{"id":1,"text":"ok"}\n',
      'not json\n',
      '\n',
      '{"text":"no id"}\n',
      '{"id":5,"text":"Hang jezelf op"}\r\n',
      '{"id":6,"text":"x","media":"yes"}',
    ]);
    const res = await runClassify({ input, output: out.stream, errors: err.stream });
    expect(res).toEqual({ lines: 5, failed: 3 });
    expect(err.text()).toMatch(/^line 2: invalid JSON/m);
    expect(err.text()).toMatch(/^line 4: missing "id"/m);
    expect(err.text()).toMatch(/^line 6: "media" must be true or false/m);
    const rows = out.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual([1, 5]);
    expect(rows[1].severity).toBe(3);
  });

  it('handles lines split across chunks and multi-byte characters', async () => {
    const out = sink();
    const line = JSON.stringify({ id: 'ü', text: 'Jij bent een 🤬 kankerlijer' }) + '\n';
    const bytes = Buffer.from(line);
    const input = Readable.from([bytes.subarray(0, 20), bytes.subarray(20, 31), bytes.subarray(31)]);
    const res = await runClassify({ input, output: out.stream, errors: sink().stream });
    expect(res.failed).toBe(0);
    expect(JSON.parse(out.text()).categories).toContain('insult');
  });

  it('streams 100 000 lines quickly, respecting back-pressure from a slow consumer', async () => {
    const n = 100_000;
    function* lines(): Generator<string> {
      for (let i = 0; i < n; i++) {
        yield JSON.stringify({ id: i, text: i % 4 === 0 ? 'Ik maak je af, bel 06-12345678' : `Mooie foto van de sportdag nummer ${i}` }) + '\n';
      }
    }
    let count = 0;
    let maxBuffered = 0;
    const out = new Writable({
      highWaterMark: 64 * 1024,
      write(chunk, _enc, cb) {
        count += String(chunk).split('\n').length - 1;
        maxBuffered = Math.max(maxBuffered, this.writableLength);
        setImmediate(cb);
      },
    });
    const started = Date.now();
    const res = await runClassify({ input: Readable.from(lines()), output: out, errors: sink().stream });
    expect(res).toEqual({ lines: n, failed: 0 });
    expect(count).toBe(n);
    expect(Date.now() - started).toBeLessThan(15_000);
    // Reading pauses at the high-water mark: the output buffer never holds more than a few chunks.
    expect(maxBuffered).toBeLessThan(4 * 1024 * 1024);
  });
});
