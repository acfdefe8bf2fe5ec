import { describe, expect, it } from 'vitest';
import { cats, classify } from './helpers';

/**
 * Sentences written after a review round that found misses (a care signal with "gewoon" in it, an
 * exclusion without "terug", a name followed by its class), each kept with the innocent sentence
 * that shares its words, so a fix that only widens a pattern shows up here.
 */
const FLAG: [string, string][] = [
  ['self_harm', 'ik kan niet meer, ik wil er gewoon niet meer zijn'],
  ['self_harm', "I don't want to be alive anymore"],
  ['self_harm', 'soms denk ik dat iedereen beter af is zonder mij'],
  ['hate', 'Joden moeten het land uit'],
  ['hate', 'Go back to your country'],
  ['defamation', 'Meneer Bakker heeft een leerling geslagen, dat weet iedereen hier'],
  ['defamation', 'Die docent heeft seks met een leerling'],
  ['defamation', 'Meester Jan verkoopt wiet aan leerlingen'],
  ['personal_data', 'Lisa uit 2B is zwanger, zeg het niet verder'],
  ['personal_data', 'Sem van groep 8 heeft een onvoldoende voor rekenen'],
  ['spam', 'Win een gratis PlayStation! Like en deel dit bericht'],
  ['bullying', 'Ga je toch ophangen sukkel'],
  ['hate', 'Transgenders zijn geestesziek'],
  ['hate', 'Women are too emotional to lead'],
  ['hate', "Gay people shouldn't be allowed to teach"],
  ['sexual', 'Je hebt lekkere benen'],
  ['sexual', 'You look hot in that dress, send more'],
  ['spam', 'Earn 500 euro per day, message me now'],
  ['spam', 'Check out my OnlyFans'],
  ['self_harm', 'Ik voel me zo leeg, alles is zinloos'],
  ['self_harm', 'Nobody would care if I was gone'],
  ['self_harm', "I've been cutting again"],
  ['coarse_language', 'ik heb de kanker aan die leraar'],
  ['defamation', 'Mr Smith slapped a student'],
  ['defamation', 'Emma is geschorst omdat ze drugs verkocht'],
  ['personal_data', 'Zijn de ouders van Emma al gebeld over de schorsing?'],
  ['stalking', 'I know your schedule Grace, tuesday piano, thursday hockey. see you there'],
  ['stalking', 'ik volg Noa elke dag stiekem naar huis, ze heeft het nog steeds niet door'],
  ['stalking', 'juf Meijer, ik weet waar u woont en ik rij vaak langs'],
  ['bullying', 'vanaf morgen praat niemand meer met Yara, doorsturen!!'],
  ['bullying', 'kill jezelf gewoon Jesse, serieus'],
  ['threat', "touch my bike again and i'll break your legs"],
  ['threat', 'morgen na school bij het fietsenhok ben je dood Kevin'],
  ['self_harm', 'ik heb pillen gespaard, vanavond neem ik ze allemaal'],
  ['self_harm', "i'm going to end it tonight, sorry everyone"],
  ['sexual', 'heb een filmpje van Romy onder de douche, dm voor link'],
  ['hate', 'vrouwen horen niet in de wiskundeles, laat ze lekker koken'],
  ['defamation', 'Coach Miller takes bribes to put kids on the team'],
  ['spam', 'Check mijn profiel voor gratis V-Bucks 🎮🎮🎮'],
  ['insult', '@daan_v je bent echt zo\'n sukkel haha niemand vindt je grappig'],
  ['defamation', 'meester Ahmed slaat kinderen als niemand kijkt'],
  ['defamation', 'kevin uit 4havo heeft al die fietsen gejat, gewoon een dief'],
  ['personal_data', 'jasper uit 3c heeft ADHD en slikt ritalin'],
  ['self_harm', 'als morgen weer zo\'n dag is maak ik er gewoon een eind aan'],
  ['self_harm', 'thinking about jumping in front of the train after school'],
  ['threat', 'ik neem morgen een mes mee naar school en dan zien we wel wie er nog lacht'],
  ['hate', 'gehandicapten horen op een speciale school, niet tussen normale kinderen'],
  ['sexual', 'je bent 14 toch? zin om af te spreken, ik betaal goed'],
  ['spam', 'Crypto trading signals 500% guaranteed returns, join my telegram'],
];

const CLEAN: string[] = [
  'I don’t want to be here at 7am on a Saturday',
  "I don't want to wake up early for the trip",
  'I want to disappear under my blanket, so cold today',
  'De klas is beter af zonder mij als klassenvertegenwoordiger, ik stop ermee',
  'Kom terug naar je eigen land, we missen je',
  'Go back to your classroom please',
  'We gaan volgende week het land uit',
  'De juf heeft de leerlingen geslagen met 10-2 bij het lerarenvoetbal',
  'Mijn opa heeft kinderen geslagen vroeger, dat was toen normaal',
  'Ga je de slingers ophangen?',
  'Like en deel de foto’s van de sportdag met je familie!',
  'Amsterdam in de zomer is prachtig',
  'Hij is geestelijk ziek geweest en nu weer beter',
  "Kids shouldn't be allowed to use phones in class",
  "I'm cutting again on sugar this week",
  'Wil je dat iedereen je tekening ziet op de open dag?',
  'Ik was te emotioneel om te spreken bij de diploma-uitreiking',
  'De foto’s van jou bij de kleedkamer van de sporthal zijn mooi geworden',
  'Je ziet er mooi uit vandaag',
  'Earn points a day by reading books!',
  'Wie kijkt er naar die documentaire over OnlyFans?',
  'Ik wil dood van schaamte, mijn presentatie ging zo slecht',
  'Niemand zou het erg vinden als ik de taart opeet',
  'Nobody would care if I left early',
  'De schorsing van de wedstrijd is opgeheven',
  'Ik heb de pest aan maandagen',
  'I hate Mondays lol',
  "The book we're reading deals with suicide and depression, so heads up for anyone sensitive.",
  'Blijf maar thuis als je ziek bent, de les staat online',
  'Ik weet precies waar de sleutel van het lokaal ligt',
  'Iedereen mag meedoen, niemand hoeft alleen te zitten',
  "Reminder: a scam message is going around asking parents for money in the school's name. Don't click the link.",
  'De juf is geen sukkel, ze legt het juist heel goed uit',
  'Mijn broer zit in 4havo en heeft het naar zijn zin',
  'Ik ben niet dom, ik heb gewoon geen tijd gehad',
];

describe('review probes', () => {
  it.each(FLAG)('flags %s: %s', (category, text) => {
    expect(cats(text)).toContain(category);
  });
  it.each(CLEAN)('leaves alone: %s', (text) => {
    expect(classify(text).flagged).toBe(false);
  });
});
