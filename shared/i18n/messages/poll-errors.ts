// What a failed poll means and what the owner can do, one sentence per language and error kind.
// The scheduler stores both with the page's health; the catalogues expose them as poll.error.<kind>.
export const POLL_ERROR_TEXT = {
  rate_limited: {
    nl: 'Het platform vraagt om even te wachten (te veel verzoeken). Paginawacht gaat vanzelf verder zodra het weer mag.',
    en: 'The platform asked us to wait (too many requests). Paginawacht carries on by itself as soon as it may.',
  },
  auth: {
    nl: 'De koppeling met het account werkt niet meer (inlog verlopen of ingetrokken). Koppel de pagina opnieuw.',
    en: 'The link to the account no longer works (login expired or withdrawn). Link the page again.',
  },
  forbidden: {
    nl: 'Het platform weigert de toegang: er ontbreekt een toestemming, of de inlog hoort bij een ander account. Koppel de pagina opnieuw met het account van de pagina zelf.',
    en: "The platform refuses access: a permission is missing, or the login belongs to another account. Link the page again with the page's own account.",
  },
  not_found: {
    nl: 'Het platform kent deze pagina niet (meer). Controleer het adres of de naam van de pagina.',
    en: 'The platform does not know this page (any more). Check the address or name of the page.',
  },
  network: {
    nl: 'Geen verbinding met het platform. Controleer de internetverbinding; Paginawacht probeert het later opnieuw.',
    en: 'No connection to the platform. Check the internet connection; Paginawacht tries again later.',
  },
  timeout: {
    nl: 'Het platform antwoordde niet op tijd. Paginawacht probeert het later opnieuw.',
    en: 'The platform did not answer in time. Paginawacht tries again later.',
  },
  server: {
    nl: 'Het platform heeft zelf een storing. Paginawacht probeert het later opnieuw.',
    en: 'The platform has a problem of its own. Paginawacht tries again later.',
  },
  bad_response: {
    nl: 'Het platform stuurde een antwoord dat niet te lezen is. Paginawacht probeert het later opnieuw.',
    en: 'The platform sent an answer that could not be read. Paginawacht tries again later.',
  },
  too_large: {
    nl: 'Het platform stuurde een te groot antwoord; dat is niet gelezen. Paginawacht probeert het later opnieuw.',
    en: 'The platform sent an answer that is too large; it was not read. Paginawacht tries again later.',
  },
  gap: {
    nl: 'Mogelijk gemist: sinds de vorige keer kwamen er meer reacties bij dan de feed laat zien (een feed toont alleen de nieuwste). Kijk de reacties van die periode na in het beheer van de blog, en laat Paginawacht vaker ophalen.',
    en: 'Possibly missed: more comments arrived since the last time than the feed shows (a feed shows only the newest). Check the comments of that period in the blog\'s admin screens, and let Paginawacht fetch more often.',
  },
  unsupported: {
    nl: 'Paginawacht kan dit platform niet automatisch volgen; controleer de pagina met de hand.',
    en: 'Paginawacht cannot follow this platform automatically; check the page by hand.',
  },
  rejected: {
    nl: 'Het platform weigerde het verzoek; waarschijnlijk klopt een instelling van de pagina niet (adres, naam of id).',
    en: "The platform refused the request; a page setting (address, name or id) is probably wrong.",
  },
  aborted: {
    nl: 'Het ophalen is afgebroken omdat Paginawacht stopte. Bij de volgende start gaat het verder.',
    en: 'Fetching was cut short because Paginawacht stopped. It carries on at the next start.',
  },
  internal: {
    nl: 'Er ging iets mis in Paginawacht zelf bij het verwerken van de berichten. Niets is opgeslagen; de volgende ronde haalt ze opnieuw op.',
    en: 'Something went wrong inside Paginawacht while processing the items. Nothing was stored; the next round fetches them again.',
  },
} satisfies Record<string, { nl: string; en: string }>;

export type PollErrorKind = keyof typeof POLL_ERROR_TEXT;
