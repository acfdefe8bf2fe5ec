/**
 * A reproducible batch of realistic comment-length texts for the benchmarks: mostly harmless Dutch
 * and English school-page comments (questions, praise, criticism of the school, sports and exam
 * hyperbole, sympathy, idioms, slang, dates, prices), some offensive ones, some with personal data
 * or spam, some with evasive spellings (leetspeak, spaced and stretched letters, homoglyphs).
 * Generated from templates with a fixed seed, so every run measures the same input; slots, a
 * second sentence, greetings, emoji and casing vary so that few texts repeat exactly.
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HARMLESS_NL = [
  'Wat een geweldige {event}, petje af voor alle {who}!',
  'Wanneer begint de {holiday} precies? Ik kan het niet vinden op de website.',
  'Mijn {kid} kwam heel enthousiast thuis van de {event}, bedankt allemaal.',
  'Kunnen ouders ook helpen bij de {event}? Ik heb die dag vrij.',
  'Ik vind de nieuwe pauzetijden niet handig, kan dat anders volgend jaar?',
  'Top gedaan door {name} en de rest van het {group}, echt genieten 👏',
  'De {event} was echt ziek goed, volgend jaar weer!',
  'We hebben ze met {score} ingemaakt op het {field}, trots op de meiden',
  'Ik ga dood van de hitte in lokaal {num}, kan de airco aan?',
  'Mijn opa heeft kanker, mooi dat jullie geld inzamelen voor KWF',
  'Vergeet je kluissleutel niet in te leveren voor de {holiday}.',
  'Graag een reactie van de mentor over het rapport van {name}.',
  'Zijn er nog kaartjes voor het eindejaarsfeest op {day}?',
  'Proficiat met het behalen van jullie diploma, {name}!',
  'Die nieuwe docent {subject} is best streng maar wel eerlijk.',
  'Weet iemand of de bibliotheek in de {holiday} open is?',
  'De school zou duidelijker moeten zijn over de toetsregels, nu snapt niemand het.',
  'Hoe laat begint de ouderavond op {day}? Mijn {kid} weet het niet meer.',
  'Wanneer is de uitslag van de {contest} bekend?',
  'Het rooster is echt waardeloos, drie tussenuren op {day} slaat nergens op.',
  'Die toets {subject} was moordend, maar ik heb een {grade} gehaald 😅',
  'Wat een onzin dat de {event} niet doorgaat, de leerlingen hadden er zo veel zin in.',
  'Kosten voor de {event}: €{price}, te betalen voor {date}.',
  'We verzamelen om {time} bij de hoofdingang, neem je lunch mee.',
  'Beterschap juf {name}, we missen je in de klas!',
  'Sterkte aan de familie, wat een verdriet.',
  'Ik schaam me dood, ik was de {event} helemaal vergeten 🙈',
  'Schiet op, de bus naar de {event} vertrekt om {time}!',
  'Die presentatie van {group} was killing, respect!',
  'Het slagingspercentage is dit jaar weer gestegen, goed gedaan allemaal.',
  'Mag mijn {kid} de telefoon gebruiken tijdens de {event}?',
  'Waarom moeten leerlingen €{price} betalen voor een laptophoes? Dat is toch belachelijk.',
  'De communicatie over de {event} was echt slecht, we hoorden het pas op de dag zelf.',
  'Onze meiden hebben de tegenstander helemaal afgemaakt in de finale 🏑',
  'Ik haat dit nieuwe rooster echt.',
  'Het regent pijpenstelen, neem je regenjas mee naar de {event}!',
  'Lokaal {num} is verplaatst naar {room}, zegt de conciërge.',
];
const HARMLESS_EN = [
  'The new science lab looks amazing, well done everyone!',
  'My {kidEn} loved the trip, thank you teachers.',
  'This policy on homework is a bit much, honestly.',
  'Great match on {dayEn}, we crushed them {score}!',
  'That film was killing, the kids could not stop laughing.',
  'When does the {holidayEn} start exactly? Could not find it on the website.',
  'Congratulations to {name} and the whole choir, beautiful concert.',
  'Is there an information evening for international parents this term?',
  'This heat is killing me, can the kids wear shorts on {dayEn}?',
  'The parents evening starts at 7:30 pm in the main hall.',
  'My grandfather died of cancer, so the fundraiser means a lot to us.',
  'Terrible organisation of the sports day, we waited for an hour.',
  'Our relay team smashed it today, what a finish!',
  'Where can I pick up the lost and found items?',
];
const OFFENSIVE = [
  'Kut {event}, alles gaat mis vandaag',
  'Je bent echt een vieze tyfuslijer {name}',
  'Wat een achterlijke idioot ben je',
  'Ik maak je af na het {num}e uur, pas maar op',
  'jij k4nk3rhoer ga toch weg',
  '{name} heeft geld gestolen van het schoolreisje, weet iedereen',
  'Niemand wil naast jou zitten {name}, snap je dat nou nog steeds niet',
  'Alle {groupNl} moeten terug naar hun eigen land',
  'What a stupid loser you are {name}',
  'Fuck this school and fuck the teachers',
  'Hang jezelf op, niemand zou je missen',
  'Ik h a a t {groupNl}, het is uitschot',
  'Stuur eens een foto zonder kleren 😏',
  'Wat een kkkkutschool is dit',
  'Kankerweer weer, en dan moeten we buiten gymmen',
  'Je bent een dоmme trut {name}',
  'Ik weet waar je woont {name}, kijk maar uit',
  'You are such a pathetic idiot, nobody likes you',
  '{groupNl} zijn allemaal dieven',
];
const PERSONAL = [
  'Bel {name} gerust op 06-{phone} als je vragen hebt',
  'Het mailadres van meester {name} is {lower}.{surname}@hotmail.com',
  'Ze woont op de Molenweg {num}, 3911 KL Rhenen',
  '🔥 Verdien duizenden euro\'s vanuit huis, DM voor info 🔥 bit.ly/{code}',
  'Koop nu 1000 volgers voor maar €4,99 op www.volgersshop.example',
  '{name} heeft een eetstoornis, daarom is ze zo vaak ziek',
];
const SECOND = [
  'Groetjes, de moeder van {name}.', 'Alvast bedankt!', 'Fijne dag allemaal.', 'Thanks in advance!', 'Top!',
  'Ik hoor het graag.', 'Wie weet het?', 'Tot {day}!', 'Succes iedereen 🍀', 'Echt genieten.',
];

const FILL: Record<string, string[]> = {
  event: ['musical', 'sportdag', 'werkweek', 'kerstviering', 'open dag', 'schoolreis', 'presentatie', 'talentenjacht', 'gala', 'excursie', 'ouderavond', 'diploma-uitreiking'],
  who: ['leerlingen', 'docenten', 'vrijwilligers', 'ouders', 'begeleiders'],
  holiday: ['herfstvakantie', 'kerstvakantie', 'zomervakantie', 'voorjaarsvakantie', 'meivakantie'],
  holidayEn: ['autumn break', 'Christmas holiday', 'summer holiday', 'spring break'],
  kid: ['zoon', 'dochter', 'neefje', 'nichtje'],
  kidEn: ['son', 'daughter'],
  name: ['Mila', 'Bram', 'Sanne', 'Jesse', 'Yara', 'Ruben', 'Noor', 'Daan', 'Lotte', 'Yusuf', 'Fleur', 'Sem', 'Aya', 'Milan', 'Tess', 'Finn'],
  surname: ['jansen', 'devries', 'bakker', 'visser', 'yilmaz', 'smit'],
  lower: ['tom', 'karin', 'pieter', 'esra'],
  group: ['zangkoor', 'team', 'orkest', 'debatteam', 'toneelclub'],
  groupNl: ['Turken', 'Marokkanen', 'Polen', 'moslims', 'homo\'s', 'joden', 'Roma', 'vluchtelingen'],
  subject: ['Duits', 'wiskunde', 'biologie', 'Frans', 'scheikunde', 'geschiedenis'],
  contest: ['leerlingenraadverkiezing', 'talentenjacht', 'schaaktoernooi', 'sponsorloop'],
  score: ['6-0', '3-1', '4-2', '7-1', '2-2'],
  field: ['hockeyveld', 'voetbalveld', 'basketbalveld'],
  num: ['3', '7', '12', '27', '104', '2.14'],
  room: ['3.07', 'de aula', 'de gymzaal'],
  day: ['maandag', 'dinsdag', 'vrijdag', 'zaterdag'],
  dayEn: ['Saturday', 'Friday', 'Monday'],
  grade: ['6,5', '7', '5,8', '8,2'],
  price: ['12,50', '25', '40', '85'],
  date: ['1 oktober', '15 maart', '3 juni'],
  time: ['8.15 uur', '9:00', '13.30 uur'],
  phone: ['98765432', '12345678', '23456789'],
  code: ['x7Ka9', 'prijs26', 'win99'],
};

const EMOJI = ['', '', '', ' 👍', ' 😂', ' ❤️', ' 🙏', ' 🔥'];

export function makeCorpus(n: number, seed = 20250101): string[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const fill = (tpl: string): string => tpl.replace(/\{(\w+)\}/g, (_, k: string) => pick(FILL[k] ?? [k]));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    const pool = r < 0.55 ? HARMLESS_NL : r < 0.75 ? HARMLESS_EN : r < 0.92 ? OFFENSIVE : PERSONAL;
    let text = fill(pick(pool));
    if (rand() < 0.3) text += ' ' + fill(pick(SECOND));
    text += pick(EMOJI);
    if (rand() < 0.1) text = text.toLowerCase();
    out.push(text);
  }
  return out;
}
