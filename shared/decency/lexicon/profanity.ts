/**
 * Coarse language and insults, Dutch and English. Curated from the LDNOOBW lists (CC BY 4.0 /
 * CC0, see NOTICE.md) and extended by hand with the forms Dutch school comments actually use.
 * Left out on purpose, although LDNOOBW has them: everyday words with a rude second meaning
 * (balen, asbak, schatje, gat, hol, paal, poot, kont, beurt, zuigen, spuiten), which a word list
 * gets wrong on a school page.
 */
export const PROFANITY = `
  lullig lullige gelul schofterig schofterige rottig rottige verdoem verdoemd verdoemde rotbek rotkop kutzooi klootzooi teringzooi kut kutje kutten kloten klote klootzak klootzakken godverdomme godverdomse goddomme godsamme
  gvd ggvd verdomme verdomd verdomde teringzooi teringlijer teringlijers godver miljaardedju nondedju nondeju
  tyfuslijer tyfuslijers kankerlijer kankerlijers kankeraar klerelijer
  pleurislijer shit shitty stront schijt schijten schijthoofd lul lullen lulkoek
  lulhannes pik eikel eikels rotzak rotzakken oprotten opgerot opsodemieteren sodemieter
  sodemieteren pissig zeiken zeikerd verneuken verneukt fokking fucking fuck
  wtf kkr kk kenker kenkerlijer kolerelijer schoft schoften hufter hufters
  fuck fucks fucked fucker fuckers fucking fuckin fuk fuking fck fcking fkn fkin stfu gtfo fuckoff fuckface
  wtf shit shits shitting shitty shithead shitheads bullshit horseshit ass asses asshole
  assholes arse arsehole dumbass jackass bastard bastards bitch bitches bitchy piss pissed
  pissing prick pricks dick dicks dickhead dickheads cock cocks cunt cunts twat twats wanker
  wankers motherfucker motherfuckers mofo scumbag scumbags damn goddamn goddamned crap
  crappy bollocks douche douchebag douchebags pussy ffs jfc fml effing gobshite scheisse shite shitey
`;

/** Insult nouns: an insult on their own, also without a "you" ("Domme kut", "idioot!"). */
export const INSULTS = `
  idioot idioten imbeciel imbecielen debiel debielen sukkel sukkels loser losers eikel eikels
  onnozelaar onnozelaars oelewapper oelewappers
  klootzak klootzakken lul lullen kankerlijer
  kankerlijers tyfuslijer tyfuslijers teringlijer teringlijers klerelijer pleurislijer
  tokkie tokkies hufter hufters schoft schoften etterbak mislukkeling
  mislukkelingen nietsnut nietsnutten dombo slijmbal
  slijmbalen vetzak vetzakken dikzak dikzakken vetklep lelijkerd stinkerd
  sloerie trut trutten kutwijf kuttenkop kutkop rotwijf rothoer kankerhoer
  tyfushoer teringhoer mongool sufferd klojo oetlul droplul hoerenzoon hoerenjong
  idiot idiots moron morons imbecile loser losers jerk jerks asshole assholes douche douchebag
  scumbag scumbags dickhead dickheads dumbass dipshit twat cunt wanker prick
  fatso lardass fatass skank skanks slag hag liar liars hypocrite hypocrites coward cowards traitor
  traitors crook crooks lunatic lunatics psycho psychos nutjob nutjobs nutcase degenerate degenerates
  pervert perverts sleazebag bimbo twit prat tosser bellend dimwit halfwit nitwit numbskull buffoon
  buffoons leugenaar leugenaars hypocrieten kwal klapschaats lapzwans aandachtshoer aandachtshoeren snowflake incel incels grifter grifters lafaard lafaards verrader verraders malloot
  heks heksen prutser prutsers nepperd slijmerd kluns loser brat brats lijer lijers
  pizzaface noob noobs dweeb dweebs melt zakkenwasser zakkenwassers zeveraar zeveraars hielenlikker hielenlikkers smeerlap smeerlappen
  matennaaier matennaaiers crybaby crybabies looser loosers leeghoofd leeghoofden kreng krengen azijnzeiker azijnzeikers
  muppet muppets hork horken lomperik lomperiken wappie wappies kech kechs kahba qahba sharmoota sharmouta
  gold-digger golddigger gold-diggers landverrader landverraders landverraadster
  zeverzak zeverzakken flapdrol flapdrollen zeikerd zeikerds droeftoeter droeftoeters mafkees mafketel mafketels
  lamzak lamzakken proleet proleten boerenlul boerenlullen stommeling stommelingen
  domkop domkoppen domoor halvegare halvegaren randdebiel randdebielen
  windbuil sukkelaar druiloor snotaap snotapen rotjoch kutkind
  sletje sletjes gobshite gobshites cretin cretins dolt dolts oaf oafs lowlife lowlifes asshat asshats
  fuckwit fuckwits numpty plonker pillock pillocks nincompoop meathead
  meatheads knucklehead knuckleheads blockhead bootlicker bootlickers neckbeard neckbeards
`;

/** Adjectives that insult a person, not a thing ("domme kut", "stupid loser", "je bent lelijk"). */
export const INSULT_ADJECTIVES = `
  ordinair ordinaire
  dom domme stom stomme achterlijk achterlijke debiel debiele lelijk lelijke dik dikke
  rat ratten varken varkens zwijn zwijnen oen oenen dwaas kneus kneuzen aso asociaal etter
  stakker stumper zielepiet zielepoot
  vies vieze vuil vuile zielig zielige walgelijk walgelijke gestoord gestoorde mislukt mislukte
  waardeloos waardeloze kansloos kansloze nutteloos nutteloze smerig smerige dwaas hersenloos
  stupid dumb ugly fat disgusting pathetic worthless useless retarded brainless gross nasty
  ignorant clueless lame rat pig pigs clown clowns freak freaks creep creeps weirdo fool fools
  verwende ordinaire dommste ongemanierd ongemanierde thick braindead brain-dead fake incompetent insane crazy delusional spineless gutless hypocritical gek knettergek getikt laf
  incompetente leugenachtig
  lachertje lachnummer mormel insufferable pompous arrogant arrogante slimy obnoxious onuitstaanbaar onuitstaanbare
  onbeschoft onbeschofte stompzinnig stompzinnige infantiel infantiele gluiperig gluiperige onnozel onnozele
  zwakzinnig zwakzinnige
  kontlikker kontlikkers blaaskaak blaaskaken windbag windbags simpleton dirtbag dirtbags charlatan charlatans bonehead boneheads bozo airhead
`;

/**
 * Disease curses: a Dutch speciality. As a prefix or an adjective they curse ("kankerweer",
 * "kanker school", "krijg de tering"); as an illness named in sympathy they do not ("mijn opa
 * heeft kanker", "onderzoek naar kanker").
 */
export const DISEASES = `kanker kankers tyfus tering pokken pokke cholera klere kolere pleuris aids
  cancer`;

/** Prefixes that turn a compound coarse: kutwijf, kankerhoer, klotedag, tyfusschool. */
export const CURSE_PREFIXES = `kut kanker kenker tyfus tering klote kloten klere kolere pokke pleuris
  hoere kk godver`;

/** Compound tails that make a cursed compound an insult to a person, not just a swear. */
export const PERSON_TAILS = `wijf wijven hoer hoeren lijer lijers jong jongen kind kop kerel vent gast
  mongool mongolen homo homo's neger negers flikker flikkers aap apen leraar lerares docent juf
  meester rector mentor slet sletten lul zak zakken joch meid`;

/**
 * Medical tails after a disease word: "kankeronderzoek" is research, not a curse. Also used
 * for the word after a free-standing "kanker" ("kanker onderzoek").
 */
export const MEDICAL_TAILS = `instituut instituten onderzoek onderzoeken patient patienten patiente patientje bestrijding
  fonds centrum behandeling behandelingen cel cellen soort soorten vorm vormen risico zorg
  afdeling ziekenhuis gezwel verwekkend verwekkende preventie screening diagnose medicijn
  medicijnen vrij vereniging stichting verpleegkundige specialist arts artsen wetenschap
  genezing therapie chemo run loop wandeling actie collecte vaccin vaccinatie uitbraak epidemie
  outbreak outbreaks epidemic pandemic vaccine vaccines cases patients research treatment`;

/** Exclamations that swear by God's name; a Christian school counts them as coarse (vloeken). */
export const EXCLAMATIONS = `jezus jezis christus god godver godsamme jesus christ`;
