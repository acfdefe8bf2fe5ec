/**
 * Words of violence against people. VIOLENT words are threats when the clause has a human target
 * and an intent, wish or modal; VIOLENT_AMBIG words are also everyday sports and game talk ("we
 * gaan ze verpletteren", "we crushed them"), so they need a singled-out person and no sports
 * context. DIE words ("sterven", "die") only count with a wish or a "deserve".
 */
export const VIOLENT = `
  doden doodt doodde gedood vermoord vermoorden vermoordt vermoordde vermoordden moord moorden
  neerschieten neerschiet neergeschoten doodschieten doodgeschoten doodschiet neersteken
  neersteek neergestoken doodsteken doodgestoken verkrachten verkracht verkrachting
  wurgen wurg wurgt gewurgd martelen martel martelt gemarteld marteling ophangen opgehangen
  executeren executeer geexecuteerd executie uitroeien uitgeroeid uitroeiing afslachten slacht
  afgeslacht slachten verdrinken verdrink verdronken brandstapel verbranden verbrand mishandelen
  mishandel mishandeld doorsnijden doorgesneden opblazen opgeblazen vergassen vergast lynchen
  gelyncht ontdoen fakkah fakka gefakkahd opknopen opgeknoopt doodslaan doodsla doodslaat doodgeslagen
  doodschoppen doodgeschopt doodtrappen doodgetrapt
  kill kills killed killing murder murders murdered murdering shoot shooting stab stabs stabbed
  stabbing rape rapes raped raping strangle strangled strangling torture tortured torturing hang
  hanged lynch lynched execute executed execution exterminate exterminated extermination
  eradicate eradicated slaughter slaughtered drown drowned burn burned burnt behead beheaded
  gas gassed bomb bombed slit
`;

export const VIOLENT_AMBIG = `
  kapotmaken kapotgemaakt kapotslaan kapot slopen gesloopt verpletteren
  verpletterd inmaken ingemaakt vernietigen vernietigd afknallen slaan slaat geslagen
  schoppen aanvallen aanvalt aangevallen hurt hurts attack attacks attacking attacked shot destroy destroyed crush crushed smash smashed annihilate
  demolish wreck beat punch punched
`;

export const DIE = `sterven sterf sterft stierf dood dode lijden doodgaan doodgaat creperen crepeer crepeert
  die dies died dead death suffer`;

export const WEAPONS = `mes messen pistool pistolen geweer wapen wapens bom bommen vuurwapen
  knife knives gun guns rifle weapon bomb bombs`;

export const SPORT_CONTEXT = `
  wedstrijd wedstrijden match matches game games competitie toernooi finale halve veld sportdag
  team teams tegenstander tegenstanders hockey voetbal basketbal volleybal handbal korfbal
  tennis zaterdag uitwedstrijd thuiswedstrijd doelpunt doelpunten goal goals punten score
  scoren gescoord gewonnen winnen verloren kampioen kampioenschap
  klassieker derby ajafey feyaja
  opponent opponents tournament final league season championship points play playing
  fifa fortnite minecraft potje spel gamen gaming quiz debat debatwedstrijd
  schaken schaak estafette sprint marathon ronde rondes race races relay lap laps finish finals
  tournament chess debate scoreboard keeper spits scheidsrechter referee
  feyenoord psv ajax vitesse heerenveen anderlecht eredivisie yankees lakers celtics knicks packers
  tottenham juventus bayern dortmund nfl nba
`;

/** Heads of sports compounds ("schaaktoernooi", "hockeywedstrijd", "zwemrace"). */
export const SPORT_HEADS = ['toernooi', 'wedstrijd', 'competitie', 'finale', 'training', 'race', 'match', 'kampioenschap', 'veld'];
