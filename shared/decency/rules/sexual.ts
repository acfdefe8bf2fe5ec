import { TAG, TM } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B, C } from '../lexicon/roles';
import { PHOTO_WORDS, findB, isMention } from './common';
import { TK } from '../tokenize';
import { UNITS, countSexualEmoji } from '../units';

/**
 * Sexual content: explicit words, requests for nude pictures or sex (severity 3: grooming risk on
 * pages full of minors), and sexual remarks about someone's body. Sex education is not flagged.
 */
export function sexualRule(an: Analysis, out: Findings): void {
  const sexEd = (an.textC & C.SEX_ED) !== 0;
  for (let h = 0; h < an.np; h++) {
    const tag = an.pTag[h] as number;
    if (!(tag & (TAG.sexual_request | TAG.sexual_body))) continue;
    const s = an.pStart[h] as number;
    // "niet tegen je ouders zeggen", "don't tell your mom": the saying is part of the request.
    // "… niet tegen je ouders zeggen hè, dat is ons geheimpje": a secret follows the telling it forbids.
    if (!sayWithin(an, s, an.pEnd[h] as number) && !secrecy(an, s, an.pEnd[h] as number) && isMention(an, an.clause[s] as number)) continue;
    const request = (tag & TAG.sexual_request) !== 0;
    // "Our little secret: the staff are planning a surprise assembly, don't tell your parents yet!"
    if (request && SURPRISE.test(an.text) && KEEP_QUIET.test((an.pPhrase[h] as { text: string }).text) && (!PRIVATE_CHANNEL.test(an.text) || WE_ORGANISE.test(an.text))) continue;
    out.tokens(an, 'sexual', request ? 'sexual.request' : 'sexual.body', request ? 3 : 2, s, an.pEnd[h] as number);
  }
  // Grooming whatever the lesson ("more pics from the swimming lesson, especially of the girls 😏").
  if (!out.has('sexual') && an.textTags & TAG.grooming_cue) grooming(an, out);
  if (sexEd) return;
  // "Je bent zo sexy, stuur eens een pic": asking for a picture is sexual next to sexual words.
  if (an.textTags & TAG.photo_request && (an.textB & (B.SEXUAL_WEAK | B.BODY | B.SEXUAL)) !== 0 && !out.has('sexual')) {
    for (let h = 0; h < an.np; h++) {
      if (an.pTag[h] !== TAG.photo_request || isMention(an, an.clause[an.pStart[h] as number] as number)) continue;
      const s = an.pStart[h] as number;
      const e = an.pEnd[h] as number;
      // "dan stuur ik je de foto's van het kamp" (the writer sends), "stuur je me de foto's van de
      // musical door?", "stuur me foto's van je werkstuk" (an event's or a thing's pictures, with no
      // other sexual cue).
      // "Have fun in France guys, send pics!": the photo word is the only sexual cue, and the request is plural or an event's.
      if (writerSends(an, s) || (!sexualOutside(an, s, e) && !GROOMING_CUE.test(an.text) && (innocentPhotos(an) || ENJOY.test(an.text)))) continue;
      out.tokens(an, 'sexual', 'sexual.request', 3, s, e);
      break;
    }
  }
  if (an.sexualEmoji >= 2 && !out.has('sexual')) sexualEmojiRule(an, out);
  for (let c = 0; c < an.nc; c++) {
    if (!((an.cB[c] as number) & B.SEXUAL) || isMention(an, c)) continue;
    const i = findB(an, c, B.SEXUAL);
    out.tokens(an, 'sexual', 'sexual.explicit', 2, i, i + 1);
  }
}

const AGE_QUESTION = /\b(?:how old (?:is|are) (?:she|he|they|(?:that|the|this) (?:girl|boy|one|kid|chick|blonde|brunette|student|pupil|cheerleader|player))|hoe oud (?:is|zijn) (?:ze|zij|hij|(?:die|dat|deze|het) (?:meisje|meid|jongen|blonde|brunette|ene|leerling|kind|speelster|speler)))\b/i;
/** The age asked of someone described by looks ("die blonde", "that girl"), not of "she" (a puppy, an actress, grandma). */
const BY_LOOKS = /\b(?:blonde|brunette|girl|meisje|meid)\b/i;
/**
 * Attraction in words, not affection (a grandmother's 😍), praise ("lekker gespeeld", "still so fit")
 * or the weather ("it's so hot today").
 */
const ATTRACTION = /\b(?:hot|sexy|lekkere|geil|geile|lekker(?! (?:bezig|gespeeld|gedaan|gewerkt|gezongen|gedanst|gereden|gelopen|gezwommen|gescoord)))\b/i;
const WEATHER = /\b(?:it'?s|it is|het is) (?:so |zo |really |echt )?(?:hot|heet|warm)\b|\b(?:weather|heat|hitte|heatwave|hittegolf|degrees|graden)\b|\d\s?°|\u2600/iu;
/** Drooling and sweating at someone count on their own; a smirk or eyes only beside a word for looks. */
const DROOLING = /[\u{1F975}\u{1F924}]/u;
const DROOLING_TWICE = /[\u{1F975}\u{1F924}]\uFE0F?\s*[\u{1F975}\u{1F924}]/u;
const LEERING = /[\u{1F975}\u{1F60F}\u{1F924}\u{1F440}]/u;
/** Someone else's account asked for with attraction: "stuur haar insta aub 😍🔥 ik ben 24", "the insta of the girl on the left 🥵". */
const HER_CONTACT = /\b(?:(?:haar|her)\s(?:insta|instagram|snap|snapchat|nummer|number|tiktok|socials)|(?:insta|instagram|snap|snapchat|nummer|number|tiktok|socials) (?:of|van) (?:the|that|this|die|dat|het|de) (?:girl|meisje|meid|blonde|brunette))\b/i;
/** An adult asking a pupil for her account: "stuur me je snap, ik ben 22 😏". */
const YOUR_CONTACT = /\b(?:je|jouw|your|ur)\s(?:insta|instagram|snap|snapchat|nummer|number|tiktok|socials)\b/i;
const ADULT_AGE = /\b(?:ik ben|i'm|im|i am)\s(?:1[89]|[2-6]\d)\b(?!\s*(?:jaar|years?)\s*(?:geleden|ago))/i;
/** Attraction for the reader's own account: a leer, a heart-eyes or fire, or "vind je leuk". */
const FANCIED = /[\u{1F975}\u{1F60F}\u{1F924}\u{1F440}\u{1F60D}\u{1F525}]|\b(?:vind je leuk|je bent leuk|you'?re cute|ur cute)\b/iu;
/** Tired after training is no leer: "onze meiden na 2 uur training 🥵🥵". */
const EXERTION = /\b(?:training|trainen|workout|sweaty|bezweet|zweet|moe|tired|exhausted|uitgeput|rennen|gerend|marathon|sprint)\b/i;
/** Swimming lessons and galas: "meer foto's van de zwemles, vooral van de meiden 😏". */
const SWIMMING = /\b(?:zwemles|zwemlessen|zwemmen|zwembad|zwemkamp|swimming|swim|pool)\b/i;
/** "welke van die meiden is single 😏". */
const SINGLE = /\bsingle\b/i;
const ADULT_OR_ATTRACTED = /\b(?:ik ben|i'm|im|i am)\s(?:1[89]|[2-6]\d)\b|\b(?:hot|sexy|lekker|lekkere|geil|geile)\b|[\u{1F60D}\u{1F525}\u{1F975}\u{1F60F}\u{1F924}]/iu;
/** Buying the kit is no request for photos of the girls in it. */
const SHOPPING = /\b(?:buy|kopen|koop|order|bestellen|bestel|shop|winkel|size|maat|kit|price|prijs)\b/i;
const SWIMWEAR = /\b(?:badpak|badpakken|bikini|bikini's|bikinis|zwempak|swimsuit|swimsuits|swimwear|ondergoed|underwear|lingerie)\b/i;
const PUPILS = /\b(?:meiden|meisjes|meisje|girls|girl|jongens|boys|leerlingen|kids|kinderen|haar|her)\b/i;

/**
 * On a school's page: asking a pupil's age with attraction ("the girl in the middle is so hot, how old
 * is she? dm me"), an adult asking for a pupil's account ("stuur haar insta, ik ben 24"), or asking
 * for photos of the girls in their swimsuits. Not a parent or grandparent about their own child.
 */
/** The secrecy phrases among the sexual requests: "don't tell your parents", "ons geheimpje". */
const KEEP_QUIET = /tell|zeg|vertel|secret|geheim|niemand|nobody/;
const SURPRISE = /\b(?:surprise|verrassing|verrassen|cadeau|present|gift|moederdag|vaderdag|mother'?s day|father'?s day|verjaardag|birthday|sinterklaas|lootjes|secret santa|wensenlijst(?:je)?|wish ?list|anniversary|jubileum|kerstpakket)\b/i;
/** The organisers speaking: "we'll DM you the details of the surprise party". */
const WE_ORGANISE = /\b(?:we|wij|we'll|we will|we sturen|we send)\b/i;
const SECRECY = /\b(?:(?:niet|niks|niets) (?:tegen|aan) je (?:ouders|papa|mama|moeder|vader|mam|pap) (?:zeggen|vertellen)|zeg (?:maar )?(?:niks|niets) tegen (?:de anderen|je ouders|iemand)|don'?t tell (?:your|ur) (?:parents|mum|mom|dad)|ons (?:kleine )?geheim(?:pje)?|our (?:little )?secret)\b/i;
const OLDER_THAN = /\b(?:lijk(?:t)? (?:veel |echt )?ouder dan|ziet? er (?:veel |echt )?ouder uit|zie je er (?:veel |echt )?ouder uit|looks? (?:much |way )?older than|volwassen voor (?:je leeftijd|1[0-7])|mature for (?:your age|ur age|1[0-7]))\b/i;
const PRIVATE_CHANNEL = /\b(?:snap(?:chat)?|dm|pb|priv[eé]|whatsapp|app me|inbox|telegram|in (?:de|mijn) auto|in my car|afspreken|meet up|alleen|alone|bij mij thuis|at my place)\b/i;

const MINOR_YOU = /\b(?:je bent|jij bent|ben je|bent u|you['\u2019]?re|you are|are you|ur|u r|u are|r u)\s(?:(?:pas|nog maar|only|just)\s)?(1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|twaalf|dertien|veertien|vijftien|zestien|zeventien)\b(?!\s*(?:punten|punt|minuten|min|euro|points|pts|minutes|cm|kg|km|procent|percent|%))/i;
const ADULT_YEARS = /\b(?:ik ben|i['\u2019]m|im|i am)\s([2-6]\d)\b(?!\s*(?:punten|punt|minuten|min|euro|points|pts|minutes|cm|kg|km|procent|percent|%|jaar geleden|years ago))/i;

/** "je bent 14 … ik ben 23": a child's age and an adult's, at least six years apart. */
function agesApart(text: string): boolean {
  const minor = MINOR_YOU.exec(text);
  const adult = ADULT_YEARS.exec(text);
  return minor !== null && adult !== null && Number(adult[1]) - ageNumber(minor[1] as string) >= 6;
}

const AGE_WORDS: Record<string, number> = { twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17 };
function ageNumber(w: string): number {
  return AGE_WORDS[w.toLowerCase()] ?? Number(w);
}
/** A private channel without "alleen" ("alleen op reis" is no invitation to be alone with someone). */
const CHANNEL = /\b(?:snap(?:chat)?|dm|pb|priv[eé]|whatsapp|app me|inbox|telegram)\b/i;
const REUNION = /\b(?:reünie|reunie|reunion|oud-leerlingen|alumni|jaar geleden|years ago)\b/i;
const YOUR_AGE_Q = /\b(?:hoe oud ben (?:je|jij)|hoe oud zijt ge|how old are (?:you|u)|how old r u)\b/i;
const WINK = /;-?\)|\u{1F609}|\u{1F60F}|\u{1F618}|\b(?:accept my (?:request|follow)|accepteer)\b/iu;
const AGE_ONLY_A_NUMBER = /\b(?:leeftijd is (?:maar|slechts) een getal|age is (?:just|only) a number)\b/i;

function grooming(an: Analysis, out: Findings): void {
  const text = an.text;
  const age = AGE_QUESTION.exec(text);
  // Asking the reader's own account only with an adult's age and a leer ("stuur me je snap, ik ben 22 😏"),
  // not an alumni committee or a grandfather who just found Snapchat.
  const contact = age ? null : (HER_CONTACT.exec(text) ?? (ADULT_AGE.test(text) && FANCIED.test(text) ? YOUR_CONTACT.exec(text) : null));
  const swim = age || contact ? null : (SWIMWEAR.exec(text) ?? (LEERING.test(text) ? SWIMMING.exec(text) : null));
  let hit: RegExpExecArray | null = null;
  const someone = (an.textA & (A.PERSON_ROLE | A.PRON3S | A.STAFF)) !== 0;
  if (age && ((ATTRACTION.test(text) && !WEATHER.test(text)) || DROOLING.test(text) || (BY_LOOKS.test(age[0]) && LEERING.test(text)))) hit = age;
  else if (contact && ADULT_OR_ATTRACTED.test(text)) hit = contact;
  // "Je lijkt veel ouder dan 14 😊 Zullen we via Snap verder praten? Niet tegen je ouders zeggen hè": secrecy or
  // flattery about age, with a private channel, said to the reader. (Not "niet tegen je ouders zeggen, het is een
  // verrassing voor moederdag": no channel, no age.)
  else if (!age && !contact && (an.textA & A.PRON2) !== 0 && PRIVATE_CHANNEL.test(text) && !(SURPRISE.test(text) && WE_ORGANISE.test(text)) && (SECRECY.exec(text) ?? OLDER_THAN.exec(text))) hit = (SECRECY.exec(text) ?? OLDER_THAN.exec(text)) as RegExpExecArray;
  // "je bent 14 toch? ik ben 23 maar leeftijd is maar een getal, dm me": an adult who tells the child both ages.
  // "hoe oud ben je eigenlijk? … leeftijd is maar een getal 😘", "hoe oud zijt ge? 12? ge ziet er ouder uit … privé
  // berichtje": the reader's age asked, then brushed aside or flattered, with a private channel or a kiss.
  else if (!age && !contact && YOUR_AGE_Q.test(text) && (AGE_ONLY_A_NUMBER.test(text) || OLDER_THAN.test(text)) && (CHANNEL.test(text) || FANCIED.test(text) || WINK.test(text)) && !REUNION.test(text)) hit = YOUR_AGE_Q.exec(text) as RegExpExecArray;
  // "ur 13 right? age is just a number": said to a child, that needs no adult's age.
  else if (!age && !contact && (((CHANNEL.test(text) || FANCIED.test(text) || AGE_ONLY_A_NUMBER.test(text)) && agesApart(text)) || (AGE_ONLY_A_NUMBER.test(text) && MINOR_YOU.test(text) && (CHANNEL.test(text) || FANCIED.test(text) || WINK.test(text))))) hit = MINOR_YOU.exec(text) as RegExpExecArray;
  else if (swim && someone && PUPILS.test(text) && (text.includes('?') || an.textTags & TAG.photo_request || LEERING.test(text)) && photoIn(an) && !SHOPPING.test(text)) hit = swim;
  // "the girls in the cheer photos 🥵🥵 which one's single": drooling at pupils, not at the weather.
  else if ((DROOLING_TWICE.test(text) && !EXERTION.test(text) || (SINGLE.test(text) && LEERING.test(text))) && PUPILS.test(text) && !WEATHER.test(text)) {
    const m = (DROOLING_TWICE.exec(text) ?? SINGLE.exec(text)) as RegExpExecArray;
    if (!ownChild(an)) out.chars('sexual', 'sexual.body', 2, m.index, m.index + m[0].length);
    return;
  }
  if (!hit || ownChild(an)) return;
  out.chars('sexual', 'sexual.request', 3, hit.index, hit.index + hit[0].length);
}

function photoIn(an: Analysis): boolean {
  for (let i = 0; i < an.t.n; i++) if (PHOTO_WORDS.has(an.t.norm[i] as string)) return true;
  return false;
}

const OWNERS = new Set(['my', 'mijn', "m'n", 'mn', 'our', 'onze', 'ons']);
/** Children and grandchildren: "asking for my brother" or "my friend wants to know" is no parent speaking. */
const CHILDREN = new Set(['daughter', 'son', 'granddaughter', 'grandson', 'grandchild', 'niece', 'nephew', 'baby', 'kid', 'kids',
  'dochter', 'zoon', 'kleindochter', 'kleinzoon', 'kleinkind', 'nichtje', 'neefje', 'kindje', 'kind', 'meisje', 'stepdaughter', 'stepson']);

function ownChild(an: Analysis): boolean {
  for (let i = 0; i + 1 < an.t.n; i++) if (OWNERS.has(an.t.norm[i] as string) && CHILDREN.has(an.t.norm[i + 1] as string)) return true;
  return false;
}

function sayWithin(an: Analysis, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if ((an.a[i] as number) & A.SAY) return true;
  return false;
}

/**
 * "🍑🍑💦 @noa stuur me iets": two or more of the emoji that stand for sex, aimed at someone (a
 * "you", a mention or a name), are a sexual remark; a fruit bowl on its own is not.
 */
const PRODUCE = new Set(['aubergine', 'aubergines', 'perzik', 'perziken', 'moestuin', 'volkstuin', 'groente', 'groenten', 'fruit', 'eggplant',
  'peach', 'peaches', 'markt', 'market', 'oogst', 'allotment', 'vegetables', 'veg', 'harvest', 'garden', 'voedselbank', 'recept', 'recipe']);

/** "perziktaart", "auberginecurry": the fruit or vegetable in a compound, or food talk. */
function produce(w: string): boolean {
  return PRODUCE.has(w) || /^(?:perzik|aubergine|peach|eggplant)/.test(w) || FOOD.has(w);
}
const FOOD = new Set(['taart', 'gebak', 'gebakken', 'bakken', 'baked', 'pie', 'cake', 'smoothie', 'jam', 'salade', 'salad', 'curry', 'koken', 'cooking']);

function sexualEmojiRule(an: Analysis, out: Findings): void {
  const t = an.t;
  let count = 0;
  let first = -1;
  UNITS.load(an.text);
  const u = UNITS.u;
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== TK.EMOJI) continue;
    const [primary, beside] = countSexualEmoji(u, t.start[i] as number, t.end[i] as number);
    if (primary + beside > 0 && first < 0) first = i;
    count += primary + beside;
  }
  if (count < 2) return;
  // "🍆🍆 de moestuin levert aubergines op!": the vegetable itself.
  for (let i = 0; i < t.n; i++) if (t.kind[i] === TK.WORD && produce(t.norm[i] as string)) return;
  // At the reader, a mention, or someone the text points at ("that student teacher 🍑🍆", "die stagiaire").
  const aimed = (an.textA & (A.PRON2 | A.PRON3S | A.STAFF | A.PERSON_ROLE)) !== 0 || (an.kinds & (1 << TK.MENTION)) !== 0 ||
    (an.textMark & TM.NAME) !== 0;
  if (aimed) out.tokens(an, 'sexual', 'sexual.emoji', 2, first, first + 1);
}

const SENDER = new Set(['ik', 'i', "i'll", 'ill', 'we', "we'll"]);

function writerSends(an: Analysis, s: number): boolean {
  const nx = s + 1 < an.t.n ? (an.t.norm[s + 1] as string) : '';
  const pv = s > 0 ? (an.t.norm[s - 1] as string) : '';
  return SENDER.has(nx) || SENDER.has(pv);
}

const ENJOY = /\b(?:veel plezier|have fun|enjoy|geniet|fijne (?:reis|vakantie|tijd)|goede reis|have a (?:great|good|nice) (?:trip|time)|safe travels)\b/i;
const EVENT_PHOTOS = /\b(?:van|of|from) (?:de|het|the|onze|our) (?:musical|kamp|camp|schoolreis|trip|excursie|gala|sportdag|wedstrijd|match|concert|voorstelling|uitvoering|open dag|diploma-uitreiking|werkweek|feest|party|toernooi|tournament|presentatie|les|klas|class)\b/i;
/** Pictures of work or of a lost thing: homework, a project, a costume, lost property. */
const THING_PHOTOS = /\b(?:werkstuk|huiswerk|wiskundehuiswerk|opdracht|homework|worksheet|project|kostuum|costume|tas|gymtas|bottle|fles|lost property|gevonden voorwerpen|upload|slideshow|filmpje|schoolsite|poster|tekening|drawing|knutselwerk|taart|cake)\b/i;
/** What turns a request for pictures into grooming: undressing, the child's own body or age, a wink. */
const GROOMING_CUE = /\b(?:zonder|without|jezelf|yourself|urself|van jou|of you|hoe oud|how old|u up|uniform|ondergoed|underwear|bikini|badpak|zomer\w*)\b|[\u{1F60F}\u{1F618}\u{1F609}\u{1F924}\u{1F351}\u{1F346}\u{1F4A6}\u{1F445}]/u;

function innocentPhotos(an: Analysis): boolean {
  return (EVENT_PHOTOS.test(an.text) || THING_PHOTOS.test(an.text)) && an.sexualEmoji === 0;
}

function sexualOutside(an: Analysis, s: number, e: number): boolean {
  for (let i = 0; i < an.t.n; i++) {
    if (i >= s && i < e) continue;
    const w = an.t.norm[i] as string;
    if (((an.b[i] as number) & (B.SEXUAL_WEAK | B.BODY | B.SEXUAL) && !PHOTO_WORDS.has(w)) || FLIRT.has(w)) return true;
  }
  return false;
}

/** Words a groomer calls a child by: "hey cutie send pics". */
const FLIRT = new Set(['cutie', 'babe', 'hottie', 'lekkerding', 'sweetcheeks']);

/** A photo word is sexual only next to another sexual word: "stuur me foto's van je werkstuk" asks for homework. */

const SECRET = new Set(['geheim', 'geheimpje', 'secret', 'tussen', 'between']);

function secrecy(an: Analysis, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (SECRET.has(an.t.norm[i] as string)) return true;
  return false;
}
