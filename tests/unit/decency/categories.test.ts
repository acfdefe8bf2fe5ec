import { describe, expect, it } from 'vitest';
import { cats, classify } from './helpers';

/**
 * Every category in Dutch and English, with the innocent uses a word list gets wrong. These are
 * written for the tests (not taken from the dev sets), so they also act as a held-out check.
 */
const FLAG: [string, string][] = [
  ['coarse_language', 'Kut toetsweek weer, alles gaat mis'],
  ['coarse_language', 'Tering, wat is het koud op het schoolplein'],
  ['coarse_language', 'Wat een klotedag'],
  ['coarse_language', 'Fuck this rain'],
  ['coarse_language', 'Jezus christus wat duurt die les lang'],
  ['insult', 'Je bent echt een vieze tyfuslijer'],
  ['insult', 'Wat ben jij een achterlijke sukkel'],
  ['insult', 'You are such a pathetic loser'],
  ['insult', 'Ik haat je'],
  ['insult', 'Die mentor is een dikke eikel'],
  ['bullying', 'Maak jezelf van kant, niemand wil je hier'],
  ['bullying', 'kill yourself'],
  ['bullying', 'Niemand wil met jou in een groepje'],
  ['bullying', 'Iedereen moet Sanne vanaf morgen negeren'],
  ['bullying', 'Haha moet je zijn neus zien, net een aardappel 😂'],
  ['threat', 'Ik ga je na school in elkaar slaan'],
  ['threat', 'I will stab you tomorrow'],
  ['threat', 'Ik schiet de hele school overhoop'],
  ['threat', 'Pas maar op, we wachten je op bij de fietsenstalling'],
  ['stalking', 'Ik weet waar je woont en ik laat je niet met rust'],
  ['stalking', 'I know where you live'],
  ['stalking', 'Blokkeer me maar, ik maak gewoon een nieuw account en je komt niet van me af'],
  ['defamation', 'Meneer de Groot heeft geld gestolen uit de klassenkas'],
  ['defamation', 'Karin Jansen drinkt onder de les, weet iedereen'],
  ['defamation', 'That teacher is a thief, he stole money from the trip'],
  ['hate', 'Alle Marokkanen zijn tuig'],
  ['hate', 'Homo’s zijn ziek in hun hoofd'],
  ['hate', 'Hindoes zijn minderwaardig'],
  ['hate', 'Muslims are vermin'],
  ['hate', 'Disabled people are a burden on society'],
  ['hate', 'Transgenders horen hier niet'],
  ['sexual', 'Stuur eens een foto zonder kleren'],
  ['sexual', 'Wie wil er neuken vanavond'],
  ['sexual', 'send nudes'],
  ['personal_data', 'Bel Mila maar op 06-12345678'],
  ['personal_data', 'Yara heeft een eetstoornis, daarom is ze zo vaak ziek'],
  ['personal_data', 'Her email is lisa.devries@gmail.com'],
  ['self_harm', 'Ik wil niet meer leven'],
  ['self_harm', 'Ik heb vannacht weer in mijn armen gekrast'],
  ['self_harm', 'I want to die, nobody would miss me'],
  ['spam', 'Verdien €500 per dag vanuit huis, DM voor info'],
  ['spam', 'You have won a prize! Click bit.ly/claim2026 to claim'],
  ['spam', 'Koop 1000 volgers voor maar €4,99 op www.volgers.example'],
];

const INNOCENT: string[] = [
  'Mijn opa heeft kanker, mooi dat jullie geld inzamelen voor KWF',
  'My grandmother died of cancer last year, thank you for the fundraiser',
  'We hebben ze met 6-0 ingemaakt op het hockeyveld!',
  'We gaan ze zaterdag helemaal verpletteren in de finale',
  'Die film was killing, echt genieten',
  'That concert was killer, the band killed it',
  'Ik ga dood van de hitte in lokaal 12',
  'Ik lag dood van het lachen bij de musical',
  'De gymles was moordend zwaar maar leuk',
  'Schiet op, de bus vertrekt!',
  'Ik haat ze niet, ik vind ze gewoon irritant soms',
  'Ik haat maandagen',
  'Ik heb de EHBO-cursus gevolgd, echt een aanrader',
  'De school zou duidelijker moeten zijn over de toetsregels',
  'Het nieuwe rooster is waardeloos, kan dat anders?',
  'This homework policy is ridiculous, honestly',
  'Wij zijn als school tegen racisme en discriminatie',
  'Als je zegt "homo\'s zijn ziek", dan discrimineer je',
  'Calling people retards is never okay',
  'Onze klas ging naar het Anne Frank Huis en een moskee',
  'Fijn dat er een regenboogvlag hangt tijdens Paarse Vrijdag',
  'Wat een mooie voorstelling, echt ziek goed',
  'De les over seksuele voorlichting was nuttig',
  'Bel gerust de receptie op 0317-123456',
  'Mail ons via info@csghetstreek.nl',
  'Proficiat met jullie diploma, trots op jullie!',
  'Onze leerlingen hebben €800 opgehaald voor KWF',
  'Jezus Christus is opgestaan, fijne Pasen allemaal',
  'My labrador bitch had six puppies',
];

describe('each category fires, Dutch and English', () => {
  for (const [cat, text] of FLAG) {
    it(`${cat}: ${text}`, () => {
      const r = classify(text);
      expect(r.flagged).toBe(true);
      expect(r.categories).toContain(cat);
      expect(r.spans.length).toBeGreaterThan(0);
    });
  }
});

describe('innocent uses stay unflagged', () => {
  for (const text of INNOCENT) {
    it(text, () => {
      expect(cats(text)).toEqual([]);
    });
  }
});

describe('evasion', () => {
  it.each([
    ['leetspeak', 'jij bent een k4nk3rlijer'],
    ['spaced letters', 'jij bent een k a n k e r l i j e r'],
    ['repeated letters', 'kuuuuuut school'],
    ['homoglyphs', 'jij bent een кankerlijer'],
    ['masked', 'f*ck deze les'],
    ['missing spaces', 'Ikhaat homoseksuelen'],
    ['compound', 'Wat een kutwijf'],
    ['one typo', 'Immigrnten zijn uitschot'],
    ['dotted letters', 'wat een k.u.t.school'],
  ])('%s: %s', (_, text) => {
    expect(classify(text).flagged).toBe(true);
  });
});

describe('negation, counter-speech and reported speech', () => {
  it('negated hate is not hate', () => {
    expect(cats('Ik haat vrouwen niet')).toEqual([]);
    expect(cats('I would never hurt a Muslim')).toEqual([]);
  });
  it('a negated positive is', () => {
    expect(cats('Immigranten zijn nooit intelligent')).toContain('hate');
    expect(cats('Gay people do not deserve to live')).toContain('hate');
  });
  it('quoting hate to condemn it is counter-speech', () => {
    expect(cats('Uitspraken als "vrouwen zijn uitschot" zijn zeer kwetsend')).toEqual([]);
    expect(cats('If you say "I hate Jews" you are a bigot')).toEqual([]);
  });
  it('reported speech is not the writer’s own', () => {
    expect(cats('Mensen zeggen dat vluchtelingen parasieten zijn, dat is verschrikkelijk')).toEqual([]);
  });
  it('any protected group, not only the dev-set ones', () => {
    expect(cats('Boeddhisten zijn walgelijk')).toContain('hate');
    expect(cats('Ik walg van alle Roma')).toContain('hate');
    expect(cats('Bejaarden zijn een plaag')).toContain('hate');
  });
  it('dislike of things or non-protected groups is not hate', () => {
    expect(cats('Ik haat spruitjes')).toEqual([]);
    expect(cats('Files zijn walgelijk')).toEqual([]);
  });
});

describe('severity and clauses', () => {
  it('threats and self-harm are urgent', () => {
    expect(classify('Ik maak je af').severity).toBe(3);
    expect(classify('Ik wil dood').severity).toBe(3);
  });
  it('telling someone to kill themselves is bullying, severity 3, not self-harm', () => {
    const r = classify('Hang jezelf op');
    expect(r.categories).toEqual(['bullying']);
    expect(r.severity).toBe(3);
  });
  it('coarse language is low', () => {
    expect(classify('Shit, rooster vergeten').severity).toBe(1);
  });
  it('cites the protocol clauses of its categories', () => {
    expect(classify('Kut school').clauses).toEqual(['A10']);
    expect(classify('Bel me op 0612345678').clauses).toEqual(['A3']);
    expect(classify('Ik wil niet meer leven').clauses).toEqual(['B5']);
    expect(classify('Mooie foto!', { hasMedia: true }).clauses).toEqual(['A6']);
  });
  it('flags media for consent (A6)', () => {
    const r = classify('Kijk wat een leuke dag', { hasMedia: true });
    expect(r.flagged).toBe(true);
    expect(r.categories).toEqual(['media_consent']);
  });
  it('a clean item has no flags', () => {
    const r = classify('Wanneer begint de herfstvakantie?');
    expect(r).toMatchObject({ flagged: false, severity: 0, categories: [], clauses: [], spans: [] });
  });
});
