import { TextDecoder } from 'node:util';
import { ConnectorError } from '../types';

// Feeds are bytes first: the charset comes from the Content-Type, else from the XML declaration
// (older Dutch school sites still send ISO-8859-1), else UTF-8.

function charsetOf(contentType: string | null, head: string): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const fromDecl = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  return (fromHeader ?? fromDecl ?? 'utf-8').toLowerCase();
}

export function decodeFeed(body: Buffer, contentType: string | null): string {
  const head = body.subarray(0, 200).toString('latin1');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charsetOf(contentType, head));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(body).replace(/^\uFEFF/, '');
}

/**
 * Feeds never need their own entity declarations; refusing them closes the door on entity expansion
 * ("billion laughs") and external entities, whatever the XML parser would have done with them.
 */
export function refuseEntityDeclarations(xml: string, where: string): void {
  if (/<!DOCTYPE[^>[]*\[[\s\S]*?<!ENTITY/i.test(xml.slice(0, 64 * 1024))) {
    throw new ConnectorError('bad_response', `The feed at ${where} declares its own XML entities and was refused`);
  }
}
