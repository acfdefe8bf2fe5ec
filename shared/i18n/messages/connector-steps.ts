// What a page owner must do by hand where a platform offers no hide or delete button (each
// connector's manualStepsKey), one sentence per language.
export const CONNECTOR_STEPS_TEXT = {
  x: {
    nl: 'Op X kan de pagina reacties in eigen gesprekken verbergen, maar berichten van anderen niet verwijderen. Meld het bericht bij X of blokkeer de afzender in de X-app.',
    en: "On X the page can hide replies in its own conversations but cannot delete others' posts. Report the post to X or block the sender in the X app.",
  },
  facebook: {
    nl: 'Berichten waarin de pagina is getagd staan op het profiel van een ander; verwijder de tag of meld het bericht in Facebook zelf.',
    en: "Posts the page is tagged in live on someone else's profile; remove the tag or report the post in Facebook itself.",
  },
  instagram: {
    nl: "Foto's waarin het account is getagd zijn van een ander; verwijder de tag of meld de foto in de Instagram-app.",
    en: 'Photos the account is tagged in belong to someone else; remove the tag or report the photo in the Instagram app.',
  },
  mastodon: {
    nl: 'Mastodon kent geen verbergen of verwijderen van reacties van anderen. Meld het bericht bij de moderatoren van de server, of blokkeer of demp de afzender.',
    en: "Mastodon has no way to hide or delete other people's replies. Report the post to the server's moderators, or block or mute the sender.",
  },
  rss: {
    nl: 'Een blogreactie verberg of verwijder je in het beheer van de blog zelf (bij WordPress: Reacties → Naar prullenbak of Niet goedkeuren).',
    en: "A blog comment is hidden or removed in the blog's own admin screens (in WordPress: Comments → Trash or Unapprove).",
  },
} satisfies Record<string, { nl: string; en: string }>;

/**
 * What a connector sees, and where it stops, per platform: the owner must know which part of the
 * page is still theirs to check by hand. The figures are the connectors' defaults
 * (electron/connectors/common.ts, the X search window, WordPress's feed length).
 */
export const CONNECTOR_REACH_TEXT = {
  x: {
    nl: 'Vermeldingen van de pagina, en reacties in gesprekken die de pagina de laatste 7 dagen begon (verder zoekt X niet terug). Een citaat van een bericht van de pagina komt alleen binnen als het de pagina vermeldt.',
    en: 'Mentions of the page, and replies in conversations the page started in the last 7 days (X searches no further back). A quote of the page\'s post comes in only when it mentions the page.',
  },
  facebook: {
    nl: 'Reacties op de 25 nieuwste berichten van de pagina uit de laatste 30 dagen, berichten van bezoekers en berichten waarin de pagina is getagd. Reacties op oudere berichten controleer je in Facebook zelf.',
    en: "Comments on the page's 25 newest posts of the last 30 days, visitor posts and posts the page is tagged in. Check comments on older posts in Facebook itself.",
  },
  instagram: {
    nl: 'Reacties op de 25 nieuwste posts van het account uit de laatste 30 dagen, en posts waarin het account is getagd. Reacties op oudere posts controleer je in de Instagram-app.',
    en: "Comments on the account's 25 newest posts of the last 30 days, and posts the account is tagged in. Check comments on older posts in the Instagram app.",
  },
  mastodon: {
    nl: 'Vermeldingen van het account (ook antwoorden op oudere berichten, want die vermelden het account), en antwoorden op de 25 nieuwste berichten van de laatste 30 dagen.',
    en: "Mentions of the account (replies to older posts too, as they mention the account), and replies to the 25 newest posts of the last 30 days.",
  },
  rss: {
    nl: 'De reacties die de feed toont. Een feed toont alleen de nieuwste reacties (bij WordPress standaard 10): op een drukke blog kan een reactie ertussendoor glippen als er lang niet is opgehaald.',
    en: 'The comments the feed shows. A feed shows only the newest comments (10 by default in WordPress): on a busy blog a comment can slip through when nothing has been fetched for a long time.',
  },
} satisfies Record<keyof typeof CONNECTOR_STEPS_TEXT, { nl: string; en: string }>;

/**
 * Manual steps for one kind of item, where they differ from the platform's general steps: what to
 * do with a visitor post is not what to do with a post the page is tagged in.
 */
export const CONNECTOR_KIND_STEPS_TEXT = {
  x: {
    mention: {
      nl: 'Een vermelding, of een reactie in het gesprek van een ander, kan de pagina op X niet verbergen of verwijderen. Meld het bericht bij X, of blokkeer of demp de afzender in de X-app.',
      en: "A mention, or a reply in someone else's conversation, cannot be hidden or deleted by the page on X. Report the post to X, or block or mute the sender in the X app.",
    },
    quote: {
      nl: 'Een citaat is een eigen bericht van een ander: de pagina kan het op X niet verbergen of verwijderen. Meld het bericht bij X, of blokkeer of demp de afzender.',
      en: "A quote is someone else's own post: the page cannot hide or delete it on X. Report the post to X, or block or mute the sender.",
    },
  },
  facebook: {
    visitor_post: {
      nl: 'Een bericht van een bezoeker kan Paginawacht verwijderen maar niet verbergen. Verbergen doe je in Facebook zelf: open het bericht op de pagina, kies de drie puntjes en dan verbergen.',
      en: "Paginawacht can delete a visitor post but not hide it. Hide it in Facebook itself: open the post on the page, choose the three dots, then hide.",
    },
    comment: {
      nl: 'Lukt het niet via Paginawacht, open de reactie dan in Facebook, kies de drie puntjes en verberg of verwijder haar daar. Kent Facebook de reactie niet meer, dan is ze al weg.',
      en: 'If it does not work through Paginawacht, open the comment in Facebook, choose the three dots and hide or delete it there. If Facebook no longer knows the comment, it is already gone.',
    },
  },
  instagram: {
    comment: {
      nl: 'Lukt het niet via Paginawacht, houd de reactie dan ingedrukt in de Instagram-app (of veeg naar links) en verwijder haar, of beperk of blokkeer de afzender.',
      en: 'If it does not work through Paginawacht, press and hold the comment in the Instagram app (or swipe left) and delete it, or restrict or block the sender.',
    },
  },
} satisfies Partial<Record<keyof typeof CONNECTOR_STEPS_TEXT, Record<string, { nl: string; en: string }>>>;

/** The catalogue key of the manual steps for this platform and kind of item. */
export function manualStepsKey(platform: string, kind: string | null): string {
  const kinds = (CONNECTOR_KIND_STEPS_TEXT as Record<string, Record<string, unknown>>)[platform];
  return kind && kinds && kind in kinds ? `connector.${platform}.kinds.${kind}` : `connector.${platform}.manualSteps`;
}

type Bilingual = Record<string, { nl: string; en: string }>;
const pick = (table: Bilingual, lang: 'nl' | 'en') => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[lang]]));

/** The catalogue's `connector.<platform>` part in one language: manual steps, per kind, and reach. */
export function connectorCatalogue(lang: 'nl' | 'en') {
  const kinds = CONNECTOR_KIND_STEPS_TEXT as Record<string, Bilingual>;
  return Object.fromEntries(
    Object.entries(CONNECTOR_STEPS_TEXT).map(([k, v]) => [
      k,
      { manualSteps: v[lang], reach: CONNECTOR_REACH_TEXT[k as keyof typeof CONNECTOR_REACH_TEXT][lang], kinds: pick(kinds[k] ?? {}, lang) },
    ]),
  ) as { [K in keyof typeof CONNECTOR_STEPS_TEXT]: { manualSteps: string; reach: string; kinds: Record<string, string> } };
}
