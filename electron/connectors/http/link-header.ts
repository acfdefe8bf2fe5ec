// RFC 8288 Link header, as Mastodon uses it for paging: `<url>; rel="next", <url>; rel="prev"`.
export function parseLinkHeader(value: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value) return out;
  for (const part of value.split(/,(?=\s*<)/)) {
    const match = /<([^>]*)>\s*((?:;[^;]*)*)/.exec(part.trim());
    if (!match) continue;
    const url = match[1] ?? '';
    const relMatch = /;\s*rel="?([^";]+)"?/i.exec(match[2] ?? '');
    if (!relMatch?.[1]) continue;
    for (const rel of relMatch[1].split(/\s+/)) out[rel.toLowerCase()] = url;
  }
  return out;
}
