import { describe, expect, it } from 'vitest';
import { catalogues } from '../../shared/i18n/index';
import { CONNECTOR_STEPS_TEXT, manualStepsKey } from '../../shared/i18n/messages/connector-steps';

// The manual steps an owner sees where the platform will not let Paginawacht act: by platform and,
// where they differ, by kind of item. Every key handed out must resolve in both languages.

function lookup(lang: 'nl' | 'en', key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogues[lang]);
}

describe('manual steps per platform and kind', () => {
  it('picks the steps for the kind of item where they differ, else the platform’s', () => {
    expect(manualStepsKey('facebook', 'visitor_post')).toBe('connector.facebook.kinds.visitor_post');
    expect(manualStepsKey('facebook', 'tag')).toBe('connector.facebook.manualSteps');
    expect(manualStepsKey('x', 'mention')).toBe('connector.x.kinds.mention');
    expect(manualStepsKey('x', 'reply')).toBe('connector.x.manualSteps');
    expect(manualStepsKey('mastodon', null)).toBe('connector.mastodon.manualSteps');
    expect(lookup('nl', manualStepsKey('facebook', 'visitor_post'))).toMatch(/bezoeker/);
    expect(lookup('en', manualStepsKey('facebook', 'tag'))).toMatch(/tagged/);
  });

  it('resolves every key it can hand out, in Dutch and English', () => {
    const kinds = ['mention', 'reply', 'quote', 'comment', 'visitor_post', 'tag', 'feed_comment', 'feed_mention'];
    for (const platform of Object.keys(CONNECTOR_STEPS_TEXT)) {
      for (const kind of [null, ...kinds]) {
        for (const lang of ['nl', 'en'] as const) {
          const text = lookup(lang, manualStepsKey(platform, kind));
          expect(typeof text, `${lang} ${platform} ${kind}`).toBe('string');
        }
      }
      expect(typeof lookup('nl', `connector.${platform}.reach`)).toBe('string');
      expect(typeof lookup('en', `connector.${platform}.reach`)).toBe('string');
    }
  });
});
