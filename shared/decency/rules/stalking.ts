import { CF, TAG, TM } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B } from '../lexicon/roles';
import { TK } from '../tokenize';
import { overlapsIdiom } from './bullying';
import { errand, isMention, negated, personTarget, sentenceHas } from './common';

/**
 * Stalking: following someone, watching when they are online, knowing where they live or who
 * they were with, refusing to be blocked. Needs someone it is aimed at ("ik heb de les gevolgd"
 * is not stalking).
 */
export function stalkingRule(an: Analysis, out: Findings): void {
  for (let h = 0; h < an.np; h++) {
    if (an.pTag[h] !== TAG.stalking) continue;
    const s = an.pStart[h] as number;
    const c = an.clause[s] as number;
    // "ik hou je in de gaten met die planning": keeping an eye on a task, not on a person.
    const sent = an.cSent[c] as number;
    // After "blokkeer me maar" the writer pursues in his own words, even beside a verb of saying that
    // would make it reported speech ("… onder alles wat de school over jou post").
    if (negated(an, c) || (isMention(an, c) && !blocking(an)) || overlapsIdiom(an, s, an.pEnd[h] as number)) continue;
    if (directions(an, c, an.pEnd[h] as number) || thanking(an, sent) || errand(an, sent) || (NEIGHBOUR.test(an.text) && WHERE_YOU_LIVE.test((an.pPhrase[h] as { text: string }).text)) || HACKED.test(an.text) || FAMILY_SIGNED.test(an.text)) continue;
    // "Heb je al je accounts gevonden?": asking the reader, with no one of the writer's in it.
    if ((an.cFlags[c] as number) & CF.QUESTION && !((an.cA[c] as number) & A.PRON1)) continue;
    let target = -1;
    for (let k = an.sFirst[sent] as number; k < (an.sEnd[sent] as number) && target < 0; k++) {
      target = personTarget(an, k, A.PRON2 | A.PRON3S);
    }
    // "I'm standing outside your house": the phrase itself says whose house.
    if (target < 0) target = pronounWithin(an, s, an.pEnd[h] as number);
    // "een AirTag in de tas van mijn ex": the one pursued named by what she was to the writer.
    if (target < 0) target = formerPartner(an, sent);
    // "Blokkeer me maar, ik maak een nieuw account": whoever blocks is the one pursued.
    if (target < 0 && !blocking(an)) continue;
    if (notSeeking(an, s, an.pEnd[h] as number)) continue;
    out.tokens(an, 'stalking', 'stalking.pattern', 2, s, an.pEnd[h] as number);
  }
}

/** "Ik weet waar je woont, ik ben je buurvrouw 😂": said by the neighbour, of the phrases about a home. */
const NEIGHBOUR = /\b(?:ik ben (?:je|jouw|uw) (?:buurvrouw|buurman|buurjongen|buurmeisje|buren)|(?:i'?m|i am) (?:literally )?your (?:next[- ]door )?neighbou?r)\b/i;
const WHERE_YOU_LIVE = /woon|live|adres|address|huis|house|deur|door/;
/** "My old account got hacked and the hacker blocked me, so I made a new account". */
const HACKED = /\b(?:gehackt|gehacked|hacked|hacker|overgenomen|taken over)\b/i;

/**
 * "Ik zie je elke ochtend met je bakfiets langskomen, respect!", "I see you every morning at the
 * crossing, thank you": thanks (B.THANKS) or pride, not surveillance.
 */
const PRIDE = new Set(['respect', 'trots', 'proud', 'topper', 'toppers', 'liefs', 'legend', 'kanjer', 'gefeliciteerd', 'congrats',
  'congratulations', 'deserved', 'verdiend', 'bravo', 'winnaar', 'winner', 'proficiat']);

function thanking(an: Analysis, sent: number): boolean {
  return ((an.sB[sent] as number) & B.THANKS) !== 0 || sentenceHas(an, sent, PRIDE);
}

const BLOCK_WORDS = new Set(['blokkeer', 'blokkeert', 'blokkeren', 'geblokkeerd', 'geblokt', 'blokt', 'block', 'blocked', 'blocking', 'unblock']);

const BLOCKED_ONE = new Set(['me', 'mij']);

/**
 * The writer was blocked: "blokkeer me maar", "blocked me on insta", "je hebt me weer geblokt" —
 * not "the Wi-Fi blocked YouTube" or "I've blocked off the pitch".
 */
function blocking(an: Analysis): boolean {
  const t = an.t;
  for (let i = 0; i < t.n; i++) {
    const w = an.form[i] as string;
    if (!BLOCK_WORDS.has(w)) continue;
    // "blocked me", "blokkeer me"; Dutch may put the object first ("je hebt me geblokt", "me blokkeren").
    const from = w.startsWith('blok') || w.startsWith('geblok') ? Math.max(0, i - 3) : i + 1;
    for (let k = from; k < Math.min(t.n, i + 3); k++) if (k !== i && BLOCKED_ONE.has(t.norm[k] as string)) return true;
  }
  return false;
}

/** "ik weet waar je die formulieren kunt halen", "I know where you can find it": directions, not surveillance. */
const CAN = new Set(['kunt', 'kan', 'kunnen', 'moet', 'moeten', 'mag', 'can', 'could', 'should', 'need', 'must',
  'vindt', 'vind', 'haalt', 'halen', 'koopt', 'kopen', 'find', 'get', 'buy', 'beste', 'best']);

function directions(an: Analysis, c: number, end: number): boolean {
  const last = an.t.norm[end - 1];
  if (last !== 'je' && last !== 'you' && last !== 'u') return false;
  for (let k = end; k < an.t.n && an.clause[k] === c; k++) if (CAN.has(an.t.norm[k] as string)) return true;
  return false;
}

const FIND = new Set(['find', 'vind', 'watching', 'opzoeken']);
const SOUGHT_END = new Set(['you', 'je', 'jou', 'u', 'wel', 'opzoeken']);
/**
 * After "I'll find you", "ik kom je opzoeken": "after school", "outside", "every day", "again" are the
 * seeking itself; a meeting place or a plain time ("later at the match", "in de mediatheek als ik
 * klaar ben") is not.
 */
const SEEKING_AFTER = new Set(['after', 'na', 'outside', 'buiten', 'every', 'each', 'all', 'elke', 'iedere', 'elk', 'day', 'dag',
  'night', 'nacht', 'constantly', 'voortdurend', 'steeds', 'again', 'weer', 'tonight', 'vanavond']);
const PARTICLES = new Set(['wel', 'toch', 'nog', 'hoor', 'echt', 'heus', 'altijd', 'ooit', 'overal', 'uiteindelijk', 'eventually',
  'anyway', 'always', 'somehow', 'everywhere', 'wherever', 'trust', 'me', 'believe', 'hahaha', 'haha', 'lol']);

/**
 * "I'll find you a seat", "I'm watching you play", "ik vind je wel leuk": the word after the phrase
 * decides. With "vinden" any word but a particle makes it an opinion; with "find", "watching" and
 * "opzoeken" what follows makes it a favour, a pleasure or a meeting, unless it says the seeking
 * itself (SEEKING_AFTER).
 */
function notSeeking(an: Analysis, start: number, end: number): boolean {
  if (!SOUGHT_END.has(an.t.norm[end - 1] as string)) return false;
  // "ik vind je (heus) wel" reassures in a crowd; after "blokkeer me maar" it pursues.
  if (an.t.norm[end - 1] === 'wel' && !blocking(an)) return true;
  let verb = '';
  for (let k = start; k < end && !verb; k++) if (FIND.has(an.form[k] as string)) verb = an.form[k] as string;
  if (!verb) return false;
  const c = an.clause[end - 1];
  if (verb === 'vind') {
    for (let k = end; k < an.t.n && an.clause[k] === c; k++) {
      if (an.t.kind[k] === TK.WORD && !PARTICLES.has(an.form[k] as string)) return true;
    }
    return false;
  }
  if (end >= an.t.n || an.clause[end] !== c || an.t.kind[end] !== TK.WORD) return false;
  const next = an.form[end] as string;
  return !SEEKING_AFTER.has(next) && !PARTICLES.has(next);
}

function pronounWithin(an: Analysis, start: number, end: number): number {
  for (let i = start; i < end; i++) if ((an.a[i] as number) & (A.PRON2 | A.PRON3S | A.PRON3P)) return i;
  return -1;
}

const PRIVATE_PLACES = new Set(['huis', 'thuis', 'house', 'home', 'raam', 'ramen', 'window', 'windows', 'gordijnen', 'gordijn', 'curtains',
  'curtain', 'slaapkamer', 'bedroom', 'oma', 'opa', 'gran', "gran's", 'grans', 'grandma', "grandma's", 'nan', "nan's", 'voordeur', 'tuin',
  'garden', 'oprit', 'driveway', 'flat', 'woning', 'balkon', 'balcony']);
const PLACES = new Set(['hockey', 'voetbal', 'hockeyclub', 'voetbalclub', 'sportclub', 'tennis', 'turnen', 'judo', 'sportschool', 'gym', 'supermarkt', 'heijn', 'appie', 'jumbo', 'lidl', 'aldi', 'supermarket', 'tesco', 'station',
  'bushalte', 'halte', 'bus', 'trein', 'train', 'tram', 'park', 'bioscoop', 'cinema', 'kanaal', 'canal', 'stad', 'town', 'centrum',
  'mall', 'winkelcentrum', 'fietsenstalling', 'werk', 'work', 'bijbaan', 'kerk', 'church', 'zwembad', 'pool', 'kapper', 'bakker',
  'markt', 'strand', 'beach', 'snackbar', 'club', 'training', 'practice', 'winkel', 'shop', 'parkeerplaats', 'straat', 'street',
  'road', 'route', 'dijk', 'bos', 'woods', 'library', 'bibliotheek', 'mcdonalds', 'cafe', 'café', 'crossing', 'overstap', 'stop']);
const ROUTINE = new Set(['elke', 'iedere', 'elk', 'every', 'each', 'always', 'altijd', 'steeds', 'telkens', 'same', 'dezelfde', 'zelfde',
  'weer', 'again', 'daily', 'dagelijks', 'keer', 'times', 'nightly', 'hourly']);
const LOOKS = new Set(['jas', 'jasje', 'trui', 'jurk', 'jurkje', 'rok', 'rokje', 'shirt', 'hoodie', 'hair', 'haren', 'kapsel', 'jacket',
  'coat', 'dress', 'skirt', 'outfit', 'kleren', 'clothes', 'droeg', 'wore', 'wearing', 'jeans', 'broek', 'legging', 'leggings', 'schoenen',
  'shoes', 'sneakers', 'uniform', 'pyjama', 'pajamas', 'pyjamas']);
const KNOWING = new Set(['weet', 'wist', 'know', 'knew', 'toeval', 'coincidence', 'idee', 'idea', 'noted', 'genoteerd']);
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b(?:om|at|tegen|around) \d{1,2}(?:\s?(?:uur|am|pm))?\b/i;
const KNOWING_EMOJI = /\u{1F440}|\u{1F60F}|\u{1F609}|\u{1F608}|\u{1F642}|\u{1F618}/u;
/** Help offered or asked for: a lift, a lost pet, "kom gerust", "do you know if …". */
const HELPFUL = /\b(?:good luck|succes|well done|goed gedaan|krant|newspaper|in the paper|op tv|on tv|wist niet dat|didn'?t know|nu snap ik|gerust|if you'?d like|would you|could you|let me know|laat (?:maar |het )?(?:even )?weten|do you know|weet iemand|heeft iemand|wie is|who is|does anyone|anyone know|kwijt|lost|vermist|missing|gevonden|found|eigenaar|owner)\b/i;
/** What was seen of someone's that is no one's life: "saw your post", "zag je briefje". */
const SEEN_THINGS = new Set(['post', 'posts', 'photo', 'photos', 'pic', 'pics', 'video', 'videos', 'message', 'messages', 'comment', 'comments', 'story',
  'stories', 'reel', 'reels', 'briefje', 'bericht', 'berichten', 'foto', "foto's", 'fotos', 'filmpje', 'reactie', 'mail', 'email', 'e-mail', 'advert', 'ad',
  'advertentie', 'flyer', 'poster', 'tekening', 'drawing', 'name', 'naam']);
/** Animals, vehicles and parcels: "ik zag hem weer" about a cat or a car. */
const NOT_PEOPLE = new Set(['kat', 'poes', 'kater', 'hond', 'hondje', 'dog', 'cat', 'kitten', 'puppy', 'auto', 'car', 'fiets', 'bike', 'pakketje', 'parcel',
  'package', 'polo', 'golf', 'busje', 'scooter', 'labrador', 'vogel', 'bird', 'konijn', 'rabbit']);
const OWN_FAMILY = /\b(?:mijn|m'n|mn|my|onze|our) (?:zoon|dochter|son|daughter|kind|kinderen|kids?|child|children|broer|zus|brother|sister|man|vrouw|husband|wife)\b/i;
/** Signed by family: "… kom ik weer kijken. – opa". */
const FAMILY_SIGNED = /(?:[\u2013\u2014-]|\b(?:love|liefs|kus|xx?),?)\s*(?:je |jullie |your )?(?:opa|oma|mama|papa|mam|pap|moeder|vader|grandpa|grandma|granny|nan|nana|mum|mom|dad|auntie|tante|oom|uncle)\b/i;
const GLAD_TO_SEE = /\b(?:nice|good|great|lovely|glad) (?:to see|seeing)\b|\b(?:leuk|fijn|gezellig|mooi) (?:om )?(?:je|jou|jullie|u) (?:te )?(?:zien|gezien|zag)\b/i;

/**
 * "Saw you at the station again today, you always sit in the same seat", "zag jou zaterdag bij je
 * oma en zondag bij de sportschool, leuk hè dat ik alles weet 😊": seeing someone is nothing, but
 * telling them where they go, when and what they wore is watching them. It takes three details
 * (a place, up to two of routine, clothes, a time on the clock, "I know"), a home counting twice (see
 * enoughDetails for the wink). Left alone: thanks, pride, "nice to see you", help asked or offered (a
 * lift, a lost pet), a family sign-off, "hope to see you", and seeing someone reported.
 */
export function observedRule(an: Analysis, out: Findings): void {
  if (GLAD_TO_SEE.test(an.text) || HELPFUL.test(an.text) || FAMILY_SIGNED.test(an.text) || thankingAnywhere(an)) return;
  const d = lifeDetails(an);
  if (!enoughDetails(an, d)) return;
  let h = -1;
  for (let k = 0; k < an.np && h < 0; k++) {
    if (an.pTag[k] !== TAG.observed) continue;
    const s = an.pStart[k] as number;
    const c = an.clause[s] as number;
    if (negated(an, c) || isMention(an, c)) continue;
    // "Ik hoop je elke woensdag weer te zien": a wish to meet, not a report, unless the details are
    // a home or clothes ("hopelijk zie ik je morgen weer … bij je huis in die blauwe jas 👀").
    if (hoping(an, s, an.pEnd[k] as number) && !d.home && !d.looks) continue;
    if ((an.cFlags[c] as number) & CF.QUESTION && !((an.cA[c] as number) & A.PRON1)) continue;
    if (watchedOne(an, s, an.pEnd[k] as number)) h = k;
  }
  if (h < 0) return;
  out.tokens(an, 'stalking', 'stalking.observed', 2, an.pStart[h] as number, an.pEnd[h] as number);
}

/** The one seen is the reader or a name, or someone the writer says he watched ("ik … hoe laat ze …"). */
function watchedOne(an: Analysis, s: number, e: number): boolean {
  if (e < an.t.n && SEEN_THINGS.has(an.form[e] as string)) return false;
  let third = false;
  let second = false;
  for (let i = s; i < e; i++) {
    const a = an.a[i] as number;
    if (a & A.PRON2) second = true;
    if (a & (A.PRON3S | A.PRON3P)) third = true;
  }
  if (second || an.textMark & TM.NAME || an.text.includes('@')) return true;
  if (!third || !(an.textA & A.PRON1) || OWN_FAMILY.test(an.text)) return false;
  for (let i = 0; i < an.t.n; i++) if (NOT_PEOPLE.has(an.form[i] as string)) return false;
  return true;
}

const HOPING = new Set(['hoop', 'hopen', 'hope', 'hoping', 'wil', 'want', 'kom', 'come', 'hopelijk', 'hopefully']);

function hoping(an: Analysis, s: number, e: number): boolean {
  for (let i = Math.max(0, s - 1); i < e; i++) if (HOPING.has(an.t.norm[i] as string)) return true;
  return false;
}

/**
 * Three details of someone's life, a home counting twice. A wink adds one only beside a home, a
 * clock time or clothes: "ik zag je zaterdag weer bij de Jumbo 😉" to a teacher is teasing.
 */
function enoughDetails(an: Analysis, d: LifeDetails): boolean {
  if (d.score >= 3) return true;
  return d.score === 2 && KNOWING_EMOJI.test(an.text) && (d.home || d.clock || d.looks);
}

interface LifeDetails {
  score: number;
  home: boolean;
  clock: boolean;
  looks: boolean;
}

function lifeDetails(an: Analysis): LifeDetails {
  let place = 0;
  let routine = 0;
  let looks = 0;
  let knowing = 0;
  const t = an.t;
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== TK.WORD) continue;
    const w = an.form[i] as string;
    if (PRIVATE_PLACES.has(w)) place = 2;
    else if (PLACES.has(w)) place = Math.max(place, 1);
    else if (ROUTINE.has(w)) routine++;
    else if (LOOKS.has(w)) looks = 1;
    else if (KNOWING.has(w)) knowing = 1;
  }
  const clock = CLOCK.test(an.text) ? 1 : 0;
  return { score: place + Math.min(routine, 2) + looks + knowing + clock, home: place === 2, clock: clock === 1, looks: looks === 1 };
}

const PARTNERS = new Set(['ex', 'exje', 'ex-vriendin', 'ex-vriend', 'crush']);

function formerPartner(an: Analysis, sent: number): number {
  for (let k = an.sFirst[sent] as number; k < (an.sEnd[sent] as number); k++) {
    for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) if (PARTNERS.has(an.t.norm[i] as string)) return i;
  }
  return -1;
}

function thankingAnywhere(an: Analysis): boolean {
  for (let s = 0; s < an.ns; s++) if (thanking(an, s)) return true;
  return false;
}
