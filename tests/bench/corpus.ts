/**
 * A reproducible batch of realistic comment-length texts for the benchmarks: mostly harmless Dutch
 * and English school-page comments, some offensive ones, some with personal data, some evasive
 * spellings. Generated from templates with a fixed seed, so every run measures the same input.
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
]; 
const HARMLESS_EN = [
  'The new science lab looks amazing, well done everyone!',
  'My {kidEn} loved the trip, thank you teachers.',
  'This policy on homework is a bit much, honestly.',
  'Great match on {dayEn}, we crushed them {score}!',
  'That film was killing, the kids could not stop laughing.',
  'When does the {holidayEn} start exactly? Could not find it on the website.',
  'Congratulations to {name} and the whole choir, beautiful concert.',
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
]; 
const PERSONAL = [
  'Bel {name} gerust op 06-{phone} als je vragen hebt',
  'Het mailadres van meester {name} is {lower}.{surname}@hotmail.com',
  'Ze woont op de Molenweg {num}, 3911 KL Rhenen',
  '🔥 Verdien duizenden euro\'s vanuit huis, DM voor info 🔥 bit.ly/{code}',
  'Koop nu 1000 volgers voor maar €4,99 op www.volgersshop.example',
]; 

const FILL: Record<string, string[]> = {
  event: ['musical', 'sportdag', 'werkweek', 'kerstviering', 'open dag', 'schoolreis', 'presentatie'],
  who: ['leerlingen', 'docenten', 'vrijwilligers', 'ouders'],
  holiday: ['herfstvakantie', 'kerstvakantie', 'zomervakantie', 'voorjaarsvakantie'],
  holidayEn: ['autumn break', 'Christmas holiday', 'summer holiday'],
  kid: ['zoon', 'dochter', 'neefje'],
  kidEn: ['son', 'daughter'],
  name: ['Mila', 'Bram', 'Sanne', 'Jesse', 'Yara', 'Ruben', 'Noor', 'Daan', 'Lotte'],
  surname: ['jansen', 'devries', 'bakker', 'visser'],
  lower: ['tom', 'karin', 'pieter'],
  group: ['zangkoor', 'team', 'orkest', 'debatteam'],
  groupNl: ['Turken', 'Marokkanen', 'Polen', 'moslims', 'homo\'s'],
  subject: ['Duits', 'wiskunde', 'biologie', 'Frans'],
  score: ['6-0', '3-1', '4-2'],
  field: ['hockeyveld', 'voetbalveld'],
  num: ['3', '7', '12', '27'],
  day: ['vrijdag', 'zaterdag'],
  dayEn: ['Saturday', 'Friday'],
  phone: ['98765432', '12345678', '23456789'],
  code: ['x7Ka9', 'prijs26', 'win99'],
};

export function makeCorpus(n: number, seed = 20250101): string[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    const tpl = r < 0.55 ? pick(HARMLESS_NL) : r < 0.75 ? pick(HARMLESS_EN) : r < 0.92 ? pick(OFFENSIVE) : pick(PERSONAL);
    out.push(tpl.replace(/\{(\w+)\}/g, (_, k: string) => pick(FILL[k] ?? [k])));
  }
  return out;
}
