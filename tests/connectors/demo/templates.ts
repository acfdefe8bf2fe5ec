import type { Rng } from './rng';

// Hand-written comments as they land on a Dutch secondary school's pages. Most are harmless (some on
// purpose contain words a naive list would flag: "de bom", "moordend", "killer"); the rest cover each
// thing the decency engine looks for. All names, numbers and addresses are made up; e-mail uses the
// reserved example.com domain; the IBAN and BSN are the well-known test numbers.

export type DemoCategory =
  | 'harmless'
  | 'coarse_language'
  | 'bullying'
  | 'threat'
  | 'defamation'
  | 'personal_data'
  | 'spam'
  | 'media_consent'
  | 'self_harm';

export interface Template {
  category: DemoCategory;
  text: string;
  /** Carries a photo (A6: consent of those in it?). */
  photo?: boolean;
}

const h = (text: string): Template => ({ category: 'harmless', text });

export const TEMPLATES: readonly Template[] = [
  h('Wat een mooie foto’s van de open dag, zo te zien was het heel druk!'),
  h('Hoe laat begint de informatieavond voor ouders van groep 8?'),
  h('Is er morgen gewoon les, of vervalt het eerste uur door de storm?'),
  h('Waar kan ik de gevonden voorwerpen ophalen? Mijn zoon is zijn jas kwijt.'),
  h('Wanneer komen de rapporten online in de app?'),
  h('Succes met de examens allemaal! 🍀'),
  h('Top gedaan {leerling}, we zijn trots op je!'),
  h('Mijn dochter vond het kamp geweldig, dank aan alle begeleiders 🙏'),
  h('Kan iemand zeggen of de kantine ook glutenvrij eten heeft?'),
  h('Gaat de sportdag ook door als het regent?'),
  h('Bedankt {docent} voor alle hulp dit jaar 💐'),
  h('Zijn er nog plekken bij de huiswerkbegeleiding na school?'),
  h('Welke boeken moeten we nog kopen voor {klas}?'),
  h('Gefeliciteerd met de prijs voor het duurzaamheidsproject! 🌱'),
  h('Bij wie kan mijn zoon zich melden voor de schoolband?'),
  h('Mogen ouders ook komen kijken bij de voorstelling van {klas}?'),
  h('De musical was echt de bom! 💣👏 Wat een talent.'),
  h('Die wiskundetoets was moordend, maar ik heb toch een 7,5 😅'),
  h('Wat een killer presentatie van {klas} vandaag 🔥'),
  h('Ik lag dubbel om de sketch van de docenten op de bonte avond 😂'),
  h('Heeft iemand een grafische rekenmachine gevonden in lokaal 2.14?'),
  h('Dank voor de snelle reactie van de administratie, probleem opgelost.'),
  h('Hoe meld ik mijn kind ziek als de telefoon niet wordt opgenomen?'),
  h('Wat was het gezellig op de kerstmarkt in de aula!'),
  h('Is er dit trimester nog een ouderavond voor {klas}?'),
  h('Respect voor de docenten die dit allemaal naast hun lessen organiseren 👏'),
  h('Wanneer is de uitslag van de verkiezing voor de leerlingenraad?'),
  h('Erg leerzaam, die gastles over mediawijsheid. Meer van dit!'),
  h('Komt er nog een nieuwe datum voor de excursie naar het Rijksmuseum?'),
  h('Leuk om te zien hoe de brugklassers hun weg al vinden 😊'),
  h('Vanaf welke tijd is de school open op de open dag?'),
  h('Hopelijk gaat de fietsenstalling snel weer open, nu staat alles op de stoep.'),

  { category: 'coarse_language', text: 'Wat een kutschool is dit zeg, weer het rooster veranderd zonder iets te zeggen' },
  { category: 'coarse_language', text: 'Die nieuwe telefoonregels zijn echt klote, godverdomme' },
  { category: 'coarse_language', text: 'Tering wat was die les saai vandaag' },
  { category: 'coarse_language', text: 'Fuck die toetsweek man, wie heeft dit bedacht' },

  { category: 'bullying', text: '{leerling} uit {klas} is echt de grootste loser van de hele school 😂' },
  { category: 'bullying', text: 'Niemand wil naast {leerling} zitten, die stinkt gewoon' },
  { category: 'bullying', text: 'Haha kijk hoe dik {leerling} is op die foto van de sportdag' },
  { category: 'bullying', text: '{leerling} is zo’n sukkel, ga gewoon van school af joh' },
  { category: 'bullying', text: 'Wie nodigt {leerling} nou uit voor het feest, zielig kind' },

  { category: 'threat', text: 'Als {docent} morgen weer zo doet wacht ik hem op na school. Let maar op.' },
  { category: 'threat', text: 'Ik weet waar jij woont {leerling}, pas maar op' },
  { category: 'threat', text: 'Morgen gaat er iets gebeuren in de aula, echt waar, blijf maar thuis' },
  { category: 'threat', text: 'Die docent moet je eens goed in elkaar slaan, dan leert ie het wel' },

  { category: 'defamation', text: '{docent} steelt gewoon geld van de schoolreis, iedereen weet het' },
  { category: 'defamation', text: 'Ik heb {docent} dronken in de klas gezien, en de directie doet niks' },

  { category: 'personal_data', text: 'Kan de mentor mij even bellen? 06-12345678, groet de moeder van {leerling}' },
  { category: 'personal_data', text: '{leerling} woont op de Kerkstraat 12, kom maar langs haha' },
  { category: 'personal_data', text: 'Mail mij voor de bijles: {email}' },
  { category: 'personal_data', text: '{leerling} had een 2,8 voor Frans lol, blijft zeker zitten' },
  { category: 'personal_data', text: 'Moet ik mijn BSN 123456782 ook bij de inschrijving opgeven?' },
  { category: 'personal_data', text: 'Kampgeld overgemaakt naar NL91ABNA0417164300, klopt dat rekeningnummer?' },

  { category: 'spam', text: 'Verdien €500 per dag vanuit huis!!! Kijk snel op www.snel-rijk.example 💰💰' },
  { category: 'spam', text: '🔥 GRATIS iPhone voor de eerste 100 leerlingen → bit.ly/gratis-prijs-nl 🔥' },
  { category: 'spam', text: 'Volgers kopen? 1000 echte volgers voor maar €5, stuur ons een DM' },
  { category: 'spam', text: 'Crypto-tip: verdubbel je zakgeld in een week, link in bio 🚀🚀' },

  { category: 'media_consent', text: 'Hier een foto van de hele klas bij het schoolreisje 📸', photo: true },
  { category: 'media_consent', text: 'Kijk wie er in slaap viel tijdens de les 😂', photo: true },
  { category: 'media_consent', text: 'Foto’s van de diploma-uitreiking, wat een dag!', photo: true },
  { category: 'media_consent', text: 'Filmpje van het gevecht op het schoolplein gisteren', photo: true },

  { category: 'self_harm', text: 'Ik zie het echt niet meer zitten na alles wat er in de klas gebeurt' },
];

/** How often each kind shows up: a realistic page is mostly friendly. */
export const CATEGORY_WEIGHTS: Record<DemoCategory, number> = {
  harmless: 70,
  coarse_language: 5,
  bullying: 6,
  threat: 3,
  defamation: 2,
  personal_data: 5,
  spam: 4,
  media_consent: 4,
  self_harm: 1,
};

const STUDENTS = ['Sanne', 'Daan', 'Noah', 'Emma', 'Lucas', 'Julia', 'Sem', 'Tess', 'Milan', 'Zoë', 'Yusuf', 'Fleur', 'Liam', 'Noor', 'Bram', 'Aya'];
const TEACHERS = ['meneer Bakker', 'mevrouw De Vries', 'meneer Yilmaz', 'mevrouw Jansen', 'juf Esra', 'meester Tim'];
const CLASSES = ['1A', '2B', '2C', '3 havo', '4 vwo', 'de brugklas'];

export interface Visitor {
  name: string;
  handle: string;
}

/** Made-up visitors: parents, students, alumni, and a spammer. */
export const VISITORS: readonly Visitor[] = [
  { name: 'Marieke Jansen', handle: 'marieke_j' },
  { name: 'Ouder van Sem', handle: 'oudervansem' },
  { name: 'Peter de Boer', handle: 'pdeboer' },
  { name: 'Fatima El Amrani', handle: 'fatima_ea' },
  { name: 'Joost Visser', handle: 'joostv' },
  { name: 'Lotte (oud-leerling)', handle: 'lotte_2019' },
  { name: 'Kevin H.', handle: 'kevin_h' },
  { name: 'Sanne', handle: 'sanne_2b' },
  { name: 'Noah', handle: 'noahh_' },
  { name: 'Ingrid Smit', handle: 'ingridsmit' },
  { name: 'Mohammed Aydin', handle: 'm_aydin' },
  { name: 'Opa Henk', handle: 'opahenk' },
];

export const SPAMMER: Visitor = { name: 'Gratis Prijzen NL', handle: 'gratisprijzen_nl' };

export interface Filled {
  category: DemoCategory;
  text: string;
  photo: boolean;
  author: Visitor;
}

/** One comment: a category by weight, a template of it, the blanks filled in. */
export function makeComment(rng: Rng): Filled {
  const category = rng.weighted(CATEGORY_WEIGHTS);
  const t = rng.pick(TEMPLATES.filter((x) => x.category === category));
  const student = rng.pick(STUDENTS);
  const text = t.text
    .replace(/\{leerling\}/g, student)
    .replace(/\{docent\}/g, rng.pick(TEACHERS))
    .replace(/\{klas\}/g, rng.pick(CLASSES))
    .replace(/\{email\}/g, `${student.toLowerCase()}.ouders@example.com`);
  return { category, text, photo: !!t.photo, author: category === 'spam' ? SPAMMER : rng.pick(VISITORS) };
}

/** What the school itself posts (never collected: the connectors leave the page's own posts out). */
export const SCHOOL_POSTS = [
  'Zaterdag is de open dag van 10.00 tot 14.00 uur. Iedereen is welkom!',
  'De foto’s van de sportdag staan online 🏃‍♀️',
  'Herinnering: donderdag ouderavond voor de onderbouw, vanaf 19.30 uur.',
  'Gefeliciteerd aan alle geslaagden! 🎓',
  'De musical is vrijdag en zaterdag om 19.30 uur in de aula. Kaarten via de website.',
  'Let op: vanwege de storm vervalt morgen het 8e uur.',
];

export const SCHOOL_REPLIES = ['Dank je wel voor je bericht! We nemen contact met je op.', 'Goede vraag: de informatieavond begint om 19.30 uur.', 'Fijn om te horen, dank jullie wel!'];
