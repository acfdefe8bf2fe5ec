// The platforms a school page can live on. `fullControl` follows protocol A8/A9: can the owner
// remove or hide what others put on the page? Where not, the page must be a generic school page and
// the owner gets the advice text below.
//
// How each value was judged. The protocol (2012) names Twitter, LinkedIn and weblogs as platforms
// with full control (A9) and Facebook (with Hyves) as one without (A8); those follow the protocol.
// The rest follow the same test today: can the owner take down or hide what others put on the page?
// - X (Twitter): the owner can hide replies; others cannot post on the profile itself. A9, as the protocol says.
// - LinkedIn: page admins can delete comments on the page's posts. A9, as the protocol says.
// - Blog / RSS (weblogs): the blog's owner moderates and deletes comments. A9, as the protocol says.
// - Facebook: visitors post, tag and review on a page beyond the owner's reach. A8, as the protocol says.
// - Instagram, TikTok, YouTube: the account owner can delete (or hide) comments on their posts.
// - Bluesky: thread authors can hide replies and limit who may reply, like X.
// - Mastodon: replies from other servers cannot be hidden or removed by the owner, only reported or
//   their authors blocked; treated as without full control (A8).
// - Other: unknown, so the careful choice (A8).
export const PLATFORM_IDS = [
  'instagram',
  'facebook',
  'x',
  'tiktok',
  'youtube',
  'linkedin',
  'mastodon',
  'bluesky',
  'rss',
  'other',
] as const;

export type PlatformId = (typeof PLATFORM_IDS)[number];

export interface PlatformInfo {
  id: PlatformId;
  /** Display name, the same in every language. */
  name: string;
  /** Owner can hide or delete what others post on the page (A8/A9). */
  fullControl: boolean;
  /** A connector exists that can collect items by others for this platform. */
  monitored: boolean;
  /** Message-catalogue key of the advice shown on a request for this platform. */
  adviceKey: string;
}

export const PLATFORMS: Record<PlatformId, PlatformInfo> = {
  instagram: { id: 'instagram', name: 'Instagram', fullControl: true, monitored: true, adviceKey: 'platform.advice.instagram' },
  facebook: { id: 'facebook', name: 'Facebook', fullControl: false, monitored: true, adviceKey: 'platform.advice.facebook' },
  x: { id: 'x', name: 'X', fullControl: true, monitored: true, adviceKey: 'platform.advice.x' },
  tiktok: { id: 'tiktok', name: 'TikTok', fullControl: true, monitored: false, adviceKey: 'platform.advice.tiktok' },
  youtube: { id: 'youtube', name: 'YouTube', fullControl: true, monitored: false, adviceKey: 'platform.advice.youtube' },
  linkedin: { id: 'linkedin', name: 'LinkedIn', fullControl: true, monitored: false, adviceKey: 'platform.advice.linkedin' },
  mastodon: { id: 'mastodon', name: 'Mastodon', fullControl: false, monitored: true, adviceKey: 'platform.advice.mastodon' },
  bluesky: { id: 'bluesky', name: 'Bluesky', fullControl: true, monitored: false, adviceKey: 'platform.advice.bluesky' },
  rss: { id: 'rss', name: 'Blog / RSS', fullControl: true, monitored: true, adviceKey: 'platform.advice.rss' },
  other: { id: 'other', name: 'Anders', fullControl: false, monitored: false, adviceKey: 'platform.advice.other' },
};
