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
