// The platforms a school page can live on. `fullControl` follows protocol A8/A9: can the owner
// remove or hide what others put on the page? Where not, the page must be a generic school page and
// the owner gets the advice text below.
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
  x: { id: 'x', name: 'X', fullControl: false, monitored: true, adviceKey: 'platform.advice.x' },
  tiktok: { id: 'tiktok', name: 'TikTok', fullControl: true, monitored: false, adviceKey: 'platform.advice.tiktok' },
  youtube: { id: 'youtube', name: 'YouTube', fullControl: true, monitored: false, adviceKey: 'platform.advice.youtube' },
  linkedin: { id: 'linkedin', name: 'LinkedIn', fullControl: true, monitored: false, adviceKey: 'platform.advice.linkedin' },
  mastodon: { id: 'mastodon', name: 'Mastodon', fullControl: false, monitored: true, adviceKey: 'platform.advice.mastodon' },
  bluesky: { id: 'bluesky', name: 'Bluesky', fullControl: false, monitored: false, adviceKey: 'platform.advice.bluesky' },
  rss: { id: 'rss', name: 'Blog / RSS', fullControl: true, monitored: true, adviceKey: 'platform.advice.rss' },
  other: { id: 'other', name: 'Anders', fullControl: false, monitored: false, adviceKey: 'platform.advice.other' },
};
