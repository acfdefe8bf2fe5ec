/**
 * Predicates that make a statement about people derogatory. On their own they are not findings
 * ("ik haat pizza", "die auto's zijn waardeloos"): they count when the clause targets a person or
 * a protected group. POS words are the mirror image: harmless, until negated
 * ("immigranten zijn nooit intelligent", "don't deserve to live").
 */
export const NEG_EMOTE = `
  haat haten haatte haatten gehaat veracht verachten verachtte verachtten minachting minacht
  verafschuw verafschuwt verafschuwen verafschuwde walg walgt walgen walgde walging hekel afkeer
  afschuw woede woedend boos kwaad pissig razend ziedend kots kotsen kotsneigingen spuugzat
  misselijk beu
  hate hates hated hating hatred despise despises despised detest detests detested loathe
  loathes loathed loathing abhor abhors abhorred disgust disgusts disgusted contempt disdain
  scorn revulsion sickened angry furious rage enraged livid
`;

/** The subset of emotions that insult a person directly ("ik haat je"); mild anger does not. */
export const STRONG_EMOTE = `
  haat haten haatte gehaat veracht verachten verachtte minachting minacht verafschuw verafschuwt
  verafschuwen walg walgt walgen walging hekel kots kotsen
  hate hates hated hatred despise despises despised detest detests detested loathe loathes
  loathed abhor abhors disgust disgusts contempt
`;

export const NEG_ATTRIB = `
  viezeriken viezerik ongeschikt ongeschikte walgelijk walgelijke afstotend afstotende afstotelijk afstotelijke verachtelijk verachtelijke
  misselijkmakend misselijkmakende weerzinwekkend weerzinwekkende oneerlijk oneerlijke
  onbetrouwbaar onbetrouwbare zielig zielige gevaarlijk gevaarlijke
  onbeschaafd onbeschaafde gewelddadig gewelddadige wreed wrede onwetend onwetende smerig smerige
  vies vieze vuil vuile dom domme dommer domst domste stom stomme stomst hersenloos hersenloze
  achterlijk achterlijke debiel debiele ergste slechtste luie crimineel criminele criminelen
  inferieur inferieure minderwaardig minderwaardige primitief primitieve barbaars barbaarse
  barbaren zieke gestoord gestoorde abnormaal abnormale pervers perverse verneukt irritant
  irritante lelijk lelijke stinkend stinkende stinken waardeloos waardeloze nutteloos nutteloze
  kwaadaardig kwaadaardige lui zuipers dronkaards achterlijken dieven oplichters verkrachters terroristen profiteurs uitvreters
  geestesziek geesteszieke geesteszieken gierig gierige hebberig hebberige greedy
  disgusting repulsive revolting despicable sickening vile repugnant dishonest pathetic
  dangerous uncivilised uncivilized violent cruel ignorant filthy dirty stupid stupider
  stupidest dumb dumber dumbest brainless worst inferior primitive savage savages barbaric
  criminal criminals lazy twisted perverted disgraceful useless idiotic moronic evil ugly smelly
  stinking worthless subhuman gross nasty creepy thieves rapists terrorists backwards backward drunks
  brainwashed gehersenspoeld gehersenspoelde groomers freeloaders leeches bloedzuigers klaploper klaplopers zakkenvuller zakkenvullers uitvreters
  uitkeringstrekkers bludgers profiteurs hypocriet hypocriete senile seniel seniele inbred ingeteeld ingeteelde cheaters copycats bedriegers valsspelers freaks
`;

export const DEHUM = `
  uitschot vuiligheid afval tuig gespuis schorem parasiet parasieten kakkerlak kakkerlakken rat
  ratten plaag plagen ongedierte virus kankergezwel gezwel tumor beesten beest dieren apen aap
  varkens varken insecten zwermen zwerm infesteren infecteren overspoelen
  scum dirt filth trash garbage refuse rubbish parasite parasites cockroach cockroaches rats pest
  pests plague vermin virus cancer tumour tumor animals beasts apes monkeys pigs insects
  subhumans swarm swarms infest infesting infestation sheep schapen makke sprinkhanen sprinkhaan
`;

/** Positive predicates; derogatory under negation. */
export const POS = `
  gelijk gelijke gelijkwaardig gelijkwaardige intelligent intelligente slim slimme aantrekkelijk
  aantrekkelijke waardevol waardevolle waard belangrijk belangrijke welkom thuis leven levens
  redden beschermen respect respecteren medelijden mensenrechten rechten recht ruimte plek
  vertrouw vertrouwen uitstaan luchten hou houd houden gelden
  equal equals intelligent smart clever attractive valuable worth worthy important welcome
  belong belongs live living save saving protect protecting respect pity sympathy rights
  room place trust stand space value compassion alive
`;
