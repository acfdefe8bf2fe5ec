import { CF, TAG } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { B } from '../lexicon/roles';
import { SHORTENERS } from '../lexicon/topics';
import { TF, TK } from '../tokenize';
import { negatorWithin } from './common';
import { ownHost } from '../personal-data/detect';
import type { PublicContacts } from '../personal-data/detect';

const SHORTENER_HOSTS = SHORTENERS.split(/\s+/).filter(Boolean);
const CHARITY = new Set(['sponsorloop', 'kika', 'kwf', 'unicef', 'doneer', 'doneren', 'donatie', 'donaties', 'collecte', 'fundraiser', 'charity', 'donate', 'goededoel']);
const SCHOOL_BODY = new Set(`leerlingenraad ouderraad oudervereniging medezeggenschapsraad bibliotheek mediatheek jaarboek
  schoolkrant schooltrui schooltruien schoolfeest gala fotoreportage schrijfwedstrijd huiswerkclub huiswerkbegeleiding
  mentor mentoren yearbook council pta prom boekenmarkt kerstmarkt aula ouderavond bake rota carpool tombola loterij
  musical schoolmusical voorstelling kerstconcert schoolconcert toneelvoorstelling nieuwsbrief newsletter sportdag schoolboeken boekenlijst boekenfonds`.split(/\s+/));
const SCAM_WARNING = new Set(['scam', 'scams', 'phishing', 'oplichting', 'oplichters', 'nepbericht', 'nepberichten', 'fraudeurs', 'scammers', 'nepaccount', 'nepaccounts']);
/** "De opbrengst gaat naar het goede doel": a cause named in two words. */
const GOOD_CAUSE = /\b(?:goede doel|good cause|the charity)\b/i;
/** Top-level domains that phishing and giveaway scams favour (cheap, rarely a school's or a shop's). */
const SCAM_TLD = /\.(?:ru|top|xyz|click|loan|win|bid|icu|cyou|buzz|tk|ml|ga|cf|gq|rest|monster|sbs|cfd|vip)(?:[/:?#]|$)/;
const WARNED = /\b(?:careful|beware|warning|fake|never ask|report|let op|pas op|waarschuwing|nep|vragen nooit|meld|my (?:son|daughter|kid) got|mijn (?:zoon|dochter) kreeg|i got|ik kreeg|received|ontvangen|is this real|is dit echt)\w*/i;
const OFFICIAL_ONLY = /\b(?:never ask|nooit (?:om|naar) (?:je|uw)|never via|nooit via|only (?:through|via) the official|alleen via (?:de )?offici\u00eble|official portal|offici\u00eble portal)\b/i;
/** A handle the offer points to: "dankzij @beleggen_met_sanne", "dm @x", "@x changed my life". */
const HANDLE = /\b(?:dankzij|thanks to|check|dm|volg|follow|contact|via|message|stuur|ask|vraag)\s+@[\w.]+|@[\w.]+\s+(?:changed|veranderde|helped|hielp|heeft mij|heeft me)/i;
const CODE = /\b[A-Z]{3,}\d{1,3}\b/;
const BARE_DOMAIN = /(?:^|[\s(])((?:[a-z0-9-]+\.)+(?:nl|com|net|org|io|shop|be|eu|info|co|store|online|site|app))\b(?!@)/i;
const MONEY = /[€$£]\s?\d|\d\s?(?:euro|eur|dollar)\b/i;
const PROMO_EMOJI = /\u{1F525}|\u{1F4B0}|\u{1F4B8}|\u{1F4B5}|\u2705|\u{1F381}|\u{1F911}|\u{1F449}/gu;

/**
 * Spam and scams: money-making offers, giveaways, bought followers, link shorteners. Scored, so
 * one word ("gratis", a price, a link to the school's site) is never enough on its own; a link to
 * one of the school's own domains (its public contact data) counts for nothing.
 */
export function spamRule(an: Analysis, out: Findings, contacts: PublicContacts): void {
  const t = an.t;
  // A warning about a scam names it; a scam never calls itself one.
  for (let i = 0; i < t.n; i++) if (SCAM_WARNING.has(t.norm[i] as string)) return;
  let score = 0;
  let first = -1;
  let firstEnd = -1;
  let words = 0;
  for (let i = 0; i < t.n; i++) {
    const kind = t.kind[i] as number;
    if (kind === TK.URL) {
      const host = (t.norm[i] as string).replace(/^https?:\/\//, '').replace(/^www\./, '');
      if (ownHost(contacts, host)) continue;
      if (isShortener(host)) {
        out.tokens(an, 'spam', 'spam.shortener', 1, i, i + 1);
        score += 3;
      } else if (lookalike(host)) {
        out.tokens(an, 'spam', 'spam.phishing', 2, i, i + 1);
        score += 3;
      } else score += SCAM_TLD.test(host) ? 2 : 1;
      if (first < 0) first = i;
    } else if (kind === TK.WORD && (an.b[i] as number) & B.SPAM && words < 3 && !inSpamPhrase(an, i)) {
      words++;
      score += 1;
      if (first < 0) first = i;
    }
  }
  if (an.textTags & TAG.spam) {
    // Two patterns from the same word ("send your bank details", "(send|dm) your (bank details)") are one signal.
    let lastStart = -1;
    for (let h = 0; h < an.np; h++) {
      if (an.pTag[h] !== TAG.spam) continue;
      if ((an.pStart[h] as number) === lastStart) continue;
      // "Don't click the link": a warning about a scam, not one. The negator comes before the phrase
      // ("Hot singles in your area … no signup fee" is the scam's own "no").
      const ps = an.pStart[h] as number;
      // ("echt niet normaal" is praise, not a negation.)
      if (negatorWithin(an, Math.max(an.cStart[an.clause[ps] as number] as number, ps - 3), ps) && !praise(an, ps)) continue;
      // "a fake account is commenting 'DM for collab' under our posts": the scam's words quoted in a warning.
      if ((an.cFlags[an.clause[ps] as number] as number) & CF.QUOTED && an.unquotedWords >= 4 && WARNED.test(an.text)) continue;
      score += 2;
      lastStart = an.pStart[h] as number;
      if (firstEnd < 0) {
        first = an.pStart[h] as number;
        firstEnd = an.pEnd[h] as number;
      }
    }
  }
  if (score === 0) return;
  // "dankzij @beleggen_met_sanne", "kortingscode SCHOOL20": an account to contact or a code to use pushes an offer.
  // A shop's bare domain ("examenhulp-snel.nl"), written without www: a link all the same.
  let shop = (an.kinds & (1 << TK.URL)) !== 0;
  if (!shop) {
    const bare = BARE_DOMAIN.exec(an.text);
    if (bare && !ownHost(contacts, (bare[1] as string).toLowerCase())) {
      score += 1;
      shop = true;
    }
  }
  // A code counts where there is somewhere to spend it (a school's partner bookshop names none).
  if (HANDLE.test(an.text) || (shop && CODE.test(an.text))) score += 1;
  // A school's or a charity's own appeal ("sponsorloop voor KiKa, doneer via de link in bio"), or
  // one of the school's own bodies ("via de webshop van de leerlingenraad"). Not a title: scams
  // name a "Mrs. Jennifer Collins" too.
  if (GOOD_CAUSE.test(an.text) || t.norm.some((w, i) => i < t.n && (CHARITY.has(w) || SCHOOL_BODY.has(w)))) score -= 3;
  // "verify only through the official portal, never via other emails": the school warning about phishing.
  if (OFFICIAL_ONLY.test(an.text)) score -= 2;
  if (MONEY.test(an.text)) score += 1;
  const emoji = an.text.match(PROMO_EMOJI);
  if (emoji && emoji.length >= 2) score += 1;
  let caps = 0;
  for (let i = 0; i < t.n; i++) if ((t.flags[i] as number) & TF.ALLCAPS && (t.norm[i] as string).length > 2) caps++;
  if (caps >= 2) score += 1;
  if (score >= 3 && first >= 0) out.tokens(an, 'spam', 'spam.pattern', 1, first, firstEnd > first ? firstEnd : first + 1);
}

/**
 * The word is part of a spam phrase, which scores for it: "dm" in "dm me" counts once, or a
 * plain "DM me als je vragen hebt" would score as two signals.
 */
function inSpamPhrase(an: Analysis, i: number): boolean {
  if (!(an.textTags & TAG.spam)) return false;
  for (let h = 0; h < an.np; h++) {
    if (an.pTag[h] === TAG.spam && i >= (an.pStart[h] as number) && i < (an.pEnd[h] as number)) return true;
  }
  return false;
}

/** Words a phishing site puts in its name to look like the real log-in or payment page. */
const PHISHING_WORD = /login|inlog|verif|secure|beveilig|account|update|bevestig|confirm|betaling|betaal|payment|wallet|portal|vernieuw|renew|activeer|activate|reactiv|deblok|unlock|bezorging|delivery|tracking|pakket|parcel|refund|teruggave|klantenservice|appeal/;

/**
 * "postnl-bezorging-nl.com", "magister-login-verificatie.com": a made-up host that strings a
 * service's name and a log-in or payment word together with hyphens, or puts such a word on a
 * cheap top-level domain. Real services use their own domain ("postnl.nl", "magister.net").
 */
function lookalike(host: string): boolean {
  const name = host.split(/[/:?#]/)[0] as string;
  if (!PHISHING_WORD.test(name)) return false;
  return name.includes('-') || SCAM_TLD.test(name + '/') || /\.(?:info|online|site|app|live|support|help|services?)$/.test(name);
}

/** A plain loop (a closure over `host` would make V8 allocate the loop body's scope per token). */
function isShortener(host: string): boolean {
  for (const h of SHORTENER_HOSTS) if (host.startsWith(h + '/') || host === h) return true;
  return false;
}

/** "echt niet normaal 😍 kortingscode …": Dutch for "unbelievably good", right before the phrase. */
function praise(an: Analysis, ps: number): boolean {
  for (let i = Math.max(0, ps - 3); i < ps; i++) {
    const w = an.t.norm[i];
    if ((w === 'niet' || w === 'nie') && (an.t.norm[i + 1] === 'normaal' || an.t.norm[i + 1] === 'normaal!')) return true;
  }
  return false;
}
