/**
 * Protected groups and slurs. A group noun names people by a protected characteristic (gender,
 * sexual orientation, gender identity, ethnicity, nationality, migration background, religion,
 * disability, age). Naming a group is never a finding by itself ("Ik ben een vrouw", "Onze klas
 * ging naar het Anne Frank Huis"); it becomes one with a derogatory predicate, a threat or a slur.
 *
 * Slurs were curated from the LDNOOBW lists (CC BY 4.0 / CC0, see NOTICE.md) and extended by hand.
 * Words with a common innocent reading (pot, nicht, teef, bitch, fag, dyke, queer, hoe) are
 * marked weak: they count only in a slur frame and not near their innocent context words.
 */
export const GROUP_NOUNS = `
  vrouwen vrouw wijven meiden meisjes dames mannen
  homo homo's homos homoseksueel homoseksuelen homofielen lesbienne lesbiennes lesbo lesbo's lesbos
  biseksueel biseksuelen lhbt lhbti lhbtq lhbtiq lhbtiq+ queers
  transgender transgenders transpersonen transpersoon transvrouw transvrouwen transman transmannen
  interseksuelen
  zwarten blanken allochtonen allochtoon buitenlanders buitenlander migranten migrant
  immigranten immigrant vluchtelingen vluchteling asielzoekers asielzoeker statushouders
  nieuwkomers arbeidsmigranten gastarbeiders
  friezen frisians marokkanen marokkaan turken turk surinamers surinamer antillianen antilliaan kaapverdianen
  somaliers somalier eritreeers syriers syrier afghanen irakezen iraniers koerden polen
  roemenen bulgaren oost-europeanen roma sinti zigeuners chinezen aziaten japanners indiers
  indonesiers molukkers afrikanen afrikaan arabieren arabier nigerianen ghanezen duitsers
  belgen fransen engelsen amerikanen russen oekrainers mexicanen italianen spanjaarden
  grieken portugezen brazilianen pakistanen pakistani's hindoestanen
  moslims moslim moslima moslima's islamieten islamiet joden jood christenen christen
  katholieken katholiek protestanten hindoes hindoe sikhs boeddhisten atheisten
  gehandicapten invaliden mindervaliden rolstoelgebruikers blinden doven doofstommen autisten
  ouderen bejaarden senioren boomers hoofddoekjes
  women woman girls females ladies men
  gays lesbians homosexuals homosexual bisexuals lgbt lgbtq lgbtq+ lgbtqia
  transgenders transsexuals transsexual trannies
  blacks whites africans asians arabs mexicans latinos latinas hispanics
  jews muslims muslim christians catholics hindus sikhs buddhists atheists
  immigrants immigrant migrants migrant refugees refugee foreigners illegals
  gypsies gypsy pakistanis indians chinese travellers aboriginals aborigines
  disabled handicapped autistics elderly
  hindostanen creolen javanen albanezen serviers bosniers kosovaren kroaten palestijnen israeliers
  libanezen egyptenaren ethiopiers soedanezen congolezen angolezen kameroeners senegalezen
  filipijnen filipino's vietnamezen koreanen thai tamils bengalen bangladeshi's tsjetsjenen armeniers
  tunesiers algerijnen libiers jemenieten jezidi's uigoeren hongaren litouwers letten slowaken tsjechen
  non-binairen niet-binairen mormonen evangelischen europeanen oostblokkers europeans
  ghanaians nigerians somalis eritreans ethiopians sudanese congolese syrians afghans iraqis iranians
  kurds turks moroccans algerians tunisians egyptians palestinians israelis lebanese ukrainians
  poles romanians bulgarians albanians serbians bosnians roma sinti antilleans surinamese hindustanis
  indonesians moluccans filipinos vietnamese koreans japanese thais bangladeshis tamils chechens
  armenians hungarians lithuanians latvians slovaks czechs russians chinese
  jew transwomen transmen autists wheelchair-users mormons evangelicals
`;

/**
 * More peoples by nationality or way of life. Unlike the nouns above they get no one-typo readings:
 * their typos are everyday words ("dans" for "danes", "bits" for "brits", "eten" for "esten"), and no
 * one disguises a demonym to get past a filter.
 */
export const MORE_DEMONYMS = `
  somalians yemenis libyans jordanians saudis qataris kuwaitis nepalis burmese cambodians laotians malaysians
  tibetans uyghurs uighurs kazakhs uzbeks tajiks azerbaijanis georgians belarusians moldovans estonians finns swedes
  norwegians danes icelanders scots brits germans belgians austrians italians spaniards portuguese greeks cypriots croats
  croatians slovenians macedonians montenegrins kosovars canadians cubans haitians jamaicans guatemalans
  hondurans salvadorans colombians venezuelans ecuadorians peruvians bolivians chileans argentinians argentines uruguayans
  paraguayans brazilians guyanese senegalese malians ivorians guineans liberians cameroonians angolans zambians zimbabweans
  mozambicans malawians tanzanians kenyans ugandans rwandans burundians djiboutians chadians mauritanians namibians travelers
  kenianen ugandezen sudanezen jordaniers saoedi's nepalezen birmezen cambodjanen maleisiers tibetanen kazachen
  oezbeken georgiers moldaviers esten finnen denen ieren britten oostenrijkers cyprioten maltezen slovenen
  macedoniers montenegrijnen canadezen cubanen haitianen jamaicanen colombianen venezolanen ecuadorianen peruanen bolivianen
  chilenen argentijnen malinezen ivorianen guineeers liberianen zambianen zimbabwanen mozambikanen tanzanianen rwandezen
  burundezen mauritaniers zuid-afrikanen namibiers woonwagenbewoners
`;

/** Adjectives that name a group only before a person noun ("zwarte personen", "gay people"). */
export const GROUP_ADJECTIVES = `
  zwarte zwart donkere gekleurde blanke witte homoseksuele homoseksueel lesbische biseksuele
  transgender trans non-binaire joodse islamitische christelijke katholieke
  marokkaanse turkse surinaamse antilliaanse poolse chinese aziatische afrikaanse arabische
  gehandicapte autistische dove blinde oude dikke
  black white brown coloured colored gay lesbian bisexual trans transgender nonbinary
  jewish muslim islamic christian catholic hindu african asian arab mexican
  disabled handicapped autistic deaf blind old female male immigrant fat obese
  hindostaanse creoolse javaanse albanese servische bosnische palestijnse israelische libanese
  egyptische ethiopische eritrese somalische soedanese congolese ghanese nigeriaanse kaapverdiaanse
  syrische afghaanse irakese iraanse koerdische oekraiense russische roemeense bulgaarse hongaarse
  indiase indonesische molukse vietnamese koreaanse japanse filipijnse tamil roma sinti
  lesbische homo bi queer non-binair nonbinair niet-binaire doofstomme slechthorende verstandelijk
  ghanaian nigerian somali eritrean ethiopian sudanese congolese syrian afghan iraqi iranian kurdish
  turkish moroccan algerian tunisian egyptian palestinian israeli lebanese ukrainian polish romanian
  bulgarian albanian serbian bosnian antillean surinamese hindustani indonesian moluccan filipino
  vietnamese korean japanese thai bangladeshi pakistani indian chinese russian roma romani
  non-binary sikh hindu buddhist mormon evangelical
`;

export const PERSON_NOUNS = `
  mensen personen persoon lui volk gasten figuren types kinderen kind man mannen vrouw vrouwen
  jongens jongen meiden meisjes collega's leerlingen gemeenschap
  people person persons folks folk men women man woman kids children guys boys girls community
  arbeiders werknemers workers
`;

/** Group-based slurs; always derogatory unless quoted, reclaimed or mentioned as a word. */
export const SLURS = `
  neger negers negerin nikker nikkers niknok niknokken roetmop roetmoppen zwartjoekel zwartjoekels
  bosneger bosnegers zandneger zandnegers makak makakken kameelneuker kameelneukers
  geitenneuker geitenneukers kameeldrijver kameeldrijvers spleetoog spleetogen poepchinees poepchinezen
  zemmel zemmels flikker flikkers sodomiet sodomieten mietje mietjes reetridder reetridders bruinwerker
  bruinwerkers anaalridder janet lesbo smous smousen polak polakken travo travos spastjes spasten zigeunertuig
  hoer hoeren slet sletten snol snollen del trut trutten
  kansenparel kansenparels cultuurverrijker cultuurverrijkers gelukszoeker gelukszoekers
  mongool mongolen mongooltje pikey pikeys spast spasten spasticus kreupele kreupelen
  moffen
  nigger niggers nigguh coon coons chink chinks gook gooks paki pakis wetback wetbacks
  beaner beaners spic spics kike kikes raghead ragheads towelhead towelheads sandnigger
  sandniggers muzzie muzzies muzrat jihadi jihadis
  faggot faggots fag fags tranny trannies shemale shemales
  retard retards retarded cripple cripples mong mongs spaz spastic
  feminazi feminazis thot thots
  whore whores slut sluts rapefugee rapefugees camelfucker camelfuckers
`;

/**
 * Slurs with an everyday innocent reading: count only in a slur frame ("een pot", "a bunch of
 * queer"), and not next to their innocent context (hond, thee, dog, garden, cigarette).
 */
export const WEAK_SLURS = `
  pot potten teef teven wijf nicht nichten
  bitch bitches hoe hoes dyke dykes queer fag fags faggot faggots
`;

/** Words that reveal the innocent reading of a weak slur (a dog, a garden tool, a cigarette). */
export const HOMONYM_CONTEXT = `
  hond honden puppy puppies pups pup reu nest fokker thee koffie jam pindakaas planten bloempot
  neef neven oom ooms tante tantes nichtje familie verjaardag bruiloft oma opa moeder vader zus broer
  dog dogs puppy puppies labrador vet barking bark canine canines breed kennel walks whelping whelped whelp litter
  garden tool tools shed shovel weeds weed vegetable field fields patch barn rusty
  smoke smoked smoking cigarette cigarettes packet lungs lighter ashtray ashtrays
  dinner meatball meatballs butcher cooked cook eat ate sticks fuel pan-fried
  beach water flood flooding sea embankment embankments walls council marshland pasture
  feeling notion seemed rather odd
`;

/** Positive modifiers in reclaimed use ("bad bitch", "proud faggot"). */
export const POSITIVE_MODIFIERS = `
  nigga niggas nigguh niggaz proud trots baddest bad boss pretty prettiest hottest hot cutest realest fellow freshest
`;
