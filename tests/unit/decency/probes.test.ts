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
  // Fourth and fifth rounds (school pages; general social media).
  ['threat', "say that again and i'll break your face"],
  ['threat', 'kom nog 1 keer aan mn spullen en ik prik je lek'],
  ['threat', 'jij bent morgen na school echt dood, wacht maar bij de fietsenstalling'],
  ['threat', 'somebody needs to shoot that senator'],
  ['threat', 'Die journalist moet eens flink in elkaar geslagen worden'],
  ['threat', 'you should die'],
  ['hate', 'boomers are useless, old people should just die already'],
  ['hate', 'gypsies are born thieves, never let them near your stuff'],
  ['personal_data', 'milan heeft adhd en slikt ritalin, daarom doet hij zo raar in de les'],
  ['personal_data', 'zoë had een 2,8 voor wiskunde en blijft sowieso zitten lol'],
  ['defamation', 'bram de groot heeft de examenantwoorden gestolen en verkocht voor 20 euro per stuk'],
  ['self_harm', 'als ik zak voor dit examen spring ik echt voor de trein, geen grap'],
  ['sexual', 'you look mature for 13, wanna hang out? don\'t tell ur mom, it\'s our secret'],
  ['stalking', 'ik sta nu voor je osso, je licht is nog aan'],
  ['hate', 'Al die gelukszoekers zijn gewoon parasieten die ons land leegvreten'],
  ['hate', 'transgenders zijn gewoon geestesziek, stop met die onzin op school'],
  ['hate', 'Vrouwen horen achter het aanrecht, niet in de Tweede Kamer'],
  ['hate', 'die presentator is een vieze nicht, walgelijk'],
  ['insult', 'This article is garbage and so are the morons who wrote it'],
  ['defamation', 'Die scheids heeft zeker een envelop gekregen van PSV, omgekocht stuk vreten'],
  ['spam', 'Beste ouders, uw betaling voor de ouderbijdrage is mislukt. Betaal opnieuw via tikkie-betaalverzoek.xyz/ouder'],
  ['threat', 'k zweer je 1 woord nog en je ligt in het ziekenhuis'],
  ['hate', 'Die bootvluchtelingen moeten we gewoon terug de zee in duwen'],
  ['threat', 'Linkse ratten moeten allemaal opgeruimd worden'],
  ['insult', 'die meid is echt een kech wollah'],
  // Sixth round (Dutch voices, dialect, slang).
  ['defamation', 'juf P. deelt stiekem drugs uit aan de bovenbouw, zeggen ze 🤫'],
  ['sexual', 'Hoi Lisa, je bent echt mooi voor je leeftijd 😘 zullen we ff privé chatten? Niet tegen je ouders zeggen he'],
  ['sexual', '🍑🍑💦💦 @noa_x stuur me iets 😈'],
  ['personal_data', 'Mevrouw Öztürk is zwanger van haar tweede maar wil het nog niet vertellen, dus ssst 🤫'],
  ['personal_data', "Mrs Green's home address is 22 Elm Road, Harrogate, in case anyone wants to send her a 'thank you'"],
  ['personal_data', 'Hierbij de uitslag van het herexamen: Jamal 4,5 Roos 5,2 Tim 3,9 – helaas allemaal gezakt.'],
  ['threat', 'As gij nog één keer aan m\'n zusje komt, sla ik oe verrot, da beloof ik oe'],
  ['stalking', 'ik heb een nep account gemaakt om lieke te volgen want ze had me geblokt 😂 nu zie ik alles wat ze doet'],
  // Seventh and eighth rounds (English school pages; Dutch and Flemish social media).
  ['threat', 'st@b st@b 🔪 see u at 3:15 liam'],
  ['threat', "i know where u live and i'll 🔫 u"],
  ['self_harm', "🔪🩸 again tonight. at least it's quiet"],
  ['hate', '14/88 lads, the school needs more of us'],
  ['hate', '@USER (((they))) own the media and the banks, wake up'],
  ['insult', "ellie's a fat pig 🐷🐷"],
  ['threat', 'Van Ranst moet gewoon een kogel krijgen'],
  ['bullying', '@USER ga jezelf maar van kant maken, niemand zal je missen'],
  // Tenth round (short school scenarios).
  ['self_harm', 'Mijn vriendin Eva zegt steeds dat ze dood wil en ze heeft krassen op haar armen, wat moet ik doen?'],
  ['stalking', 'Weet iemand waar Lieke na school heen gaat? Ik wil haar stiekem achterna fietsen.'],
  ['hate', "Muslims are terrorists and shouldn't be allowed in our school."],
  ['bullying', 'Laten we Sophie vanaf morgen allemaal negeren.'],
  ['hate', 'flikkers moeten bij mij uit de buurt blijven'],
  ['insult', 'Jan Kankerhoer'],
  ['threat', 'We wachten je op bij de fietsenstalling.'],
  ['stalking', 'Dear Miss Kelly, I have now emailed you 40 times. I know you\'re reading them. I drove past your house on Elm Road last night to check you were home.'],
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
  ['stalking', 'I followed you home yesterday amy, nice house btw'],
  ['stalking', 'ik zie je elke ochtend om 8 uur bij de bushalte lotte'],
  ['threat', 'wacht maar tot na school bram, dan ben je dood'],
  ['threat', 'nog 1 keer en ik trap je tanden uit je bek'],
  ['threat', "someone's bringing a gun to school on friday. don't come in if you want to live"],
  ['self_harm', 'heb alle pillen van mijn moeder verzameld. nog even.'],
  ['self_harm', 'waarom leef ik eigenlijk nog, alles is kapot'],
  ['defamation', 'die gymleraar van 3vwo deelt drugs uit aan leerlingen op feestjes'],
  ['spam', 'Get 5000 followers in 24h!! cheapfollows.xyz'],
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
  'Bij maatschappijleer bespraken we vandaag de moord op Pim Fortuyn en wat dat deed met het politieke klimaat.',
  'Can I sit with you at lunch tomorrow?',
  'See you there tomorrow, bring your gym clothes',
  'Ik zie je morgen bij de ingang!',
  'bel de administratie op 0318-123456 voor ziekmeldingen, graag vóór 8:00',
  'vragen over de schoolreis? mail naar info@csghetstreek.nl',
  'De vrijwillige ouderbijdrage kunt u overmaken op NL21 INGB 0007 3819 24 t.n.v. Stichting CSG Het Streek',
  'ik vermoord je als je m\'n verjaardag weer vergeet 😂 (grapje, je bent de beste)',
  'ik maak je af bij fifa vanmiddag mattie 😤🎮',
  'die docent is echt een beest in uitleggen, eindelijk snap ik integralen',
  'Mijn fiets is gestolen bij het station, heeft iemand een zwarte Gazelle gezien?',
  'mevrouw de wit heeft ons hart gestolen met haar afscheidsspeech 💛',
  'Tyfus, cholera en de pest: bij geschiedenis leren we over epidemieën in de 19e eeuw',
  'excursie naar Praag en Kutná Hora 🇨🇿 wie gaat er mee?',
  'dat huis moet opgeruimd worden',
  'we gaan naar milan op vakantie',
  'I will die of laughter if he wears that again',
  'mijn nicht komt morgen logeren',
  // The review of engine 1.3.0: harmless sentences its new phrases had flagged.
  'Juf Anja neemt afscheid na 40 jaar, wat een feest!',
  'Aanmelden voor de open dag kan via deze link.',
  'Heerlijk voorlezen met je kind op schoot, kom gezellig naar de bieb.',
  'Daar ga je geen spijt van krijgen!',
  'Dat werkblad moet je thuis afmaken.',
  'Heel veel sterkte (((knuffel)))',
  'Zij is een nicht van mij, ze zit in 2b.',
  'Betalen voor de fotos kan via de app van de schoolfotograaf.',
  'Om 8 uur komen we je halen voor de excursie.',
  'Ik hoop dat Sem niet verdrinkt in al dat huiswerk.',
  'Waterpistool gevecht 🔫💦 jullie zijn doorweekt haha',
  'Uitslagen 60 meter: Daan 9.8 sec, Lotte 10.1 sec.',
  'Deze folder gaat over kindermisbruik en waar je hulp vindt.',
  'De voetbalmeisjes moeten eruit in de eerste ronde, jammer!',
  'Onze lieve juf heeft ons geholpen met dyslexie.',
  'You need to kill the lights before leaving the gym.',
  'Wat een mooie foto\'s van het schoolkamp, bedankt voor het delen.',
  'In history class we studied how Julius Caesar was stabbed to death in 44 BC.',
  'Pas op voor nepberichten over gratis iPhones of betaalverzoeken: klik niet op rare links en meld het bij de ICT-afdeling.',
  'Ons bezoekadres is Bovenbuurtweg 15, 6717 XA Ede.',
  'In de geschiedenisles hebben we geleerd hoe de nazi\'s miljoenen Joden hebben vermoord.',
  'De wifi op deze school is echt de slechtste van heel Ede.',
  // Ninth round (harmless traffic only).
  'Nieuwe docenten dit jaar: mevr. Sexauer (Engels), dhr. Lul (aardrijkskunde) en mevr. Kakebeeke (LO).',
  'Bedankt aan Klaas Geil en Marieke Hoerman voor het rijden naar het toernooi!',
  'De mentoren van de brugklas zijn meneer Piest, mevrouw Tettero, meneer Hitipeuw en mevrouw Van Lier.',
  'Kijk uit met fietsen, het is spekglad bij de rotonde!',
  'Mist zo dik dat ik de school pas zag toen ik er bijna tegenaan fietste 🌫️😂',
  'De conciërgeloge is bereikbaar op 010-2345678 tussen 7:30 en 17:00.',
  'Voor vragen over toelating: toelating@csdeberg.nl',
  'Donaties voor de kerstpakkettenactie: NL20 INGB 0001 2345 67 o.v.v. \'kerstpakket\'. Dank jullie wel!',
  'Wij lopen zaterdag de sponsorloop voor KiKa! Elk rondje telt, doneer via de link in bio 🧡',
  "Mr. Okafor's patience with my daughter's maths anxiety has been life-changing. Thank you!",
  'Hou van je, sukkel',
  'happy birthday to my best mate, you absolute idiot 😂❤️ love you loads',
  'Happy birthday Jan 🎂🔪',
  'Vandaag koken we pasta 🔪🍅 met de klas',
  'As a governor I disagree strongly. It is short-sighted and will hurt our students.',
  'In science we studied the blue tits and great tits nesting in the school garden.',
  "you're dead in this round bro, i've got the sniper 😤",
  'Je bent gek als je nu nog een huis koopt met deze rente.',
  'Stichting tegen Kanker zoekt lopers voor de 20 km door Brussel',
  'Vrouw verkracht in park in Antwerpen, parket zoekt getuigen',
  'Tyfus komt nog steeds voor in landen zonder schoon drinkwater',
  'Autism Acceptance Week: our neurodivergent students shared what helps them learn.',
  'Het jaartal 1488 in de geschiedenisles',
  'Congratulations to Dick Pennington on 25 years as our caretaker!',
  'Volgende week gaan we met de uitwisselingsklas op excursie naar Kutno in Polen.',
  'Meester Jeroen is op dinsdag bereikbaar via j.vos@hetbaken.nl voor vragen over groep 7.',
  'Mr Jones is the worst at dodgeball, but the best at making maths fun 😂 thanks for a great year sir!',
  'Lekker fruit op de markt 🍑🍑 en 🍆',
  'We meet at 10 Downing Street for the photo',
  'Mooi dat er een kaart is gestuurd naar de conciërge die in het ziekenhuis ligt.',
  'Trump is een gevaar voor de democratie, zijn beleid ondermijnt de rechtsstaat',
  'Is het nou echt zo moeilijk om je afval niet op straat te gooien? Kom op mensen.',
  'De bootvluchtelingen werden gered door de kustwacht',
  'dat huis moet opgeruimd worden, de rommel ligt overal',
  'De dikke kinderen in de klas krijgen extra gym',
  'wie wil hem er ook bij hebben in het team?',
  'Meer info op www.csghetstreek.nl',
  'Opa ligt in het ziekenhuis, we wensen hem veel beterschap',
];

describe('review probes', () => {
  it.each(FLAG)('flags %s: %s', (category, text) => {
    expect(cats(text)).toContain(category);
  });
  it.each(CLEAN)('leaves alone: %s', (text) => {
    expect(classify(text).flagged).toBe(false);
  });
  it('reads "flikker op" as a curse, not as a slur', () => {
    const c = cats('flikker op met die huiswerkapp, werkt NOOIT');
    expect(c).not.toContain('hate');
    expect(c.length).toBeGreaterThan(0);
  });
});

// Engine 1.4.0: what blind rounds 13–15 (long comments, the named phenomena, data, spam and
// accusations) showed, each with an innocent twin.
const FLAG_14: [string, string][] = [
  ['hate', 'Autisten zijn gewoon mislukte mensen, daar moet je niks mee.'],
  ['hate', 'Surinamese people are lazy, they only show up when there is free money.'],
  ['hate', 'Christians are brainwashed sheep.'],
  ['hate', "Never met a Jew who wasn't greedy, not a single one."],
  ['threat', 'als je hem niet voor vrijdag terugbrengt steek ik je huis in de fik'],
  ['threat', 'Trouwens die jongen die hem sloeg: als ik hem tegenkom breek ik persoonlijk zijn benen.'],
  ['spam', 'Heeft u een pakketje gemist? Bevestig uw adres en betaal €1,99 via postnl-bezorging-nl.com'],
  ['spam', 'Uw Magister-account wordt geblokkeerd. Verifieer uw gegevens via magister-login-verificatie.com'],
  ['defamation', 'De kantinejuffrouw steelt wisselgeld van de kleintjes, let maar eens op'],
  ['defamation', 'Ik heb gehoord dat de directeur een affaire heeft met een leerling uit 6vwo'],
  ['sexual', 'Hoi meid, je bent zo knap voor je leeftijd. Zullen we afspreken? Je hoeft het niemand te vertellen'],
  ['sexual', 'Stuur me een dm met een foto van je in je onderbroek'],
  ['self_harm', 'Ik heb mijn armen gisteren weer opengekrast'],
  ['stalking', 'Ik weet dat je elke dinsdag om 4 uur bij de hockeyclub bent, dan praat ik daar wel met je.'],
  ['personal_data', 'Op school zijn ze nooit bereikbaar, bel gerust ons huisnummer 010-4827361 als er iets is'],
];
const CLEAN_14: string[] = [
  'Ik heb een stomme film over moslims gezien',
  'De toiletten zijn smerig, doe daar eens wat aan.',
  'the flagpoles are dirty',
  'Betaal het schoolreisje via www.csg-het-streek.nl/betalen',
  'Stuur een e-mail naar de mentor',
  'Ik zou nooit iemand uitlachen om z\'n stotteren.',
  'Ik weet waar je woont, dus ik breng je jas morgen even langs.',
  "You're not stupid for asking, half the class didn't get it either.",
  'Haha Ruben jij sukkel, je staat op de foto met je trui binnenstebuiten 😂 maar wel gewonnen, kampioen!',
  'De docenten hebben ons ingemaakt bij het zaklopen',
  'My dad died of a heart attack last year and the school was so supportive.',
  'Je wordt er toch wel gek van, elke ochtend die file bij de rotonde.',
  'For questions about the IB programme, please email our coordinator at ib.coordinator@isdelft.nl',
  'Voor afspraken kunt u bellen met Tandartspraktijk Glimlach, 0318-521100.',
  'Is het postcode 3911 KL voor het nieuwe gebouw? Ik wil het in mijn navigatie zetten.',
  'Als het niet regent gaan we zwemmen',
];

describe('probes of engine 1.4.0', () => {
  it.each(FLAG_14)('flags %s: %s', (category, text) => {
    expect(cats(text)).toContain(category);
  });
  it.each(CLEAN_14)('leaves alone: %s', (text) => {
    expect(classify(text).flagged).toBe(false);
  });
  it('reads a threat against yourself as a care signal, not a threat', () => {
    const c = cats('She told me to kill myself and I did not know who to tell.');
    expect(c).not.toContain('threat');
  });
});

/** Engine 1.5.0: blind rounds 16 (English school pages) and 17 (Dutch school pages), and notes from 1.4.0. */
const FLAG_15: [string, string][] = [
  ['stalking', 'Je kunt me blokkeren wat je wilt, ik vind je toch wel'],
  ['stalking', 'You can block me all you want, I will find you'],
  ['bullying', 'Val toch dood jij'],
  ['bullying', 'Ga lekker dood'],
  ['bullying', 'Iedereen haat jou, ga weg van deze school'],
  ['threat', 'Ik zou maar oppassen als ik jou was'],
  ['threat', 'It would be a shame if something happened to your car'],
];

const CLEAN_15 = [
  'Ik vind je wel leuk, zullen we samen het project doen?',
  'Ik vind je toch wel grappig eigenlijk',
  'I will find you a seat at the front, no worries',
  "I'll find you later at the match!",
  'She looks drop dead gorgeous in that dress',
  'Ik val dood neer van de slaap na die werkweek',
  'Ik zou maar oppassen op de gladde stoep bij de fietsenstalling',
];

describe('probes of engine 1.5.0', () => {
  it.each(FLAG_15)('flags %s: %s', (category, text) => {
    expect(cats(text)).toContain(category);
  });
  it.each(CLEAN_15)('leaves alone: %s', (text) => {
    expect(classify(text).flagged).toBe(false);
  });
});
