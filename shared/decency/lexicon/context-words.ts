/**
 * Words that tell who or what a comment is about, and in which frame: a member of staff, the
 * school as an institution (criticism of which is allowed speech), sympathy for someone ill,
 * reporting or condemning someone else's words.
 */
export const STAFF = `
  leraar leraren lerares leraressen docent docenten docente juf juffen juffrouw meester meesters
  meneer mevrouw mentor mentoren mentrix rector conrector directeur directrice directie
  teamleider afdelingsleider conciërge concierge coach trainer gymleraar gymleraren gymdocent
  decaan zorgcoordinator onderwijsassistent stagiair stagiaire invaller
  teacher teachers principal headteacher headmaster headmistress coach tutor mr mrs ms miss sir
`;

export const PERSON_ROLES = `
  leerling leerlingen scholier scholieren klasgenoot klasgenoten jongen jongens meisje meisjes meid
  meiden gast gasten vent kerel kind kinderen gozer gozers sloerie figuur zoon dochter
  student students classmate classmates boy boys girl girls guy guys dude kid kids kiddo bro
  whoever whomever degene diegene
`;

export const INSTITUTION = `
  school scholen beleid regel regels regeling rooster roosterwijziging besluit beslissing plan
  plannen systeem organisatie communicatie toetsweek toetsregels huiswerk huiswerkbeleid
  schoolregels kantine website app magister lesrooster vakantie mr medezeggenschapsraad
  administratie bestuur directie ouderraad leerlingenraad
  policy policies rule rules decision decisions system schedule homework timetable website
`;

export const SYMPATHY = `
  heeft had hebben overleden overlijden gestorven ziek zieke patient patienten behandeling
  behandeld chemo chemotherapie ziekenhuis genezen genezing beterschap sterkte condoleance
  gecondoleerd strijd vechten onderzoek kwf diagnose bestraling herstel herstellen kaal
  tumor uitgezaaid terminaal palliatief rouw verdriet missen gemist inzamelen collecte sponsor
  has had died passed dying diagnosed treatment chemo hospital cure survivor survived research
  awareness fundraiser charity condolences sorry loss
`;

export const FAMILY = `
  oma opa moeder vader mama papa pa ma zoon dochter broer broertje zus zusje tante oom neef nicht
  nichtje neefje schoonmoeder schoonvader grootouders ouders opa's oma's man vrouw vriendin
  vriend buurman buurvrouw
  grandma grandpa granny nan mother father mom mum dad son daughter brother sister aunt uncle
  cousin niece nephew husband wife parents grandparents friend neighbour neighbor
  kleindochter kleinzoon kleinkind kleinkinderen granddaughter grandson grandchild grandkids stepdaughter stepson
`;

/** Verbs of saying: mark reported speech when someone other than the writer says it. */
export const SAY = `
  zeg zegt zeggen zei zeiden gezegd schrijf schrijft schrijven schreef geschreven beweer beweert
  beweren beweerde roept roepen riep volhouden volhoudt houdt tweet tweeten twitterde post posten
  say says said saying claim claims claimed write writes wrote written tweeted posted
`;

/** Naming speech as speech: "uitspraken als", "calling women", "things like". */
export const META = `
  noem noemt noemen noemde genoemd uitschelden schelden uitgescholden scheldwoord scheldwoorden
  bedreigingen dreigen dreigt oproepen oproept
  call calls calling called slur slurs threats threatening
`;

/** Nouns for speech; a frame only when followed by "als", "zoals", "like" or a quote. */
/** Words of affection that may turn teasing kind ("love you", "bestie", "jk"); see rules/insult.ts. */
export const AFFECTION = `love luv hou bestie bff jk grapje best favoriete favorite favourite legendarisch legendary legend kampioen kampioenen champion
  champ held hero heerlijk mvp goat topper kanjer lieverd schat`;

export const META_NOUNS = `
  uitspraak uitspraken opmerking opmerkingen bericht berichten woorden reacties reactie dingen
  tweets posts statement statements comment comments message messages things stuff
`;

/** Condemnation of what someone else said: the frame of counter-speech. */
export const COUNTER = `
  haatdragend haatvol hatelijk hatelijke discrimineer discrimineert discrimineren discriminerend
  discriminerende discriminatie racist racisten racistisch racistische seksist seksistisch
  homofoob homofobe homofobie transfoob kwetsend kwetsende ontmenselijkend ontmenselijkende
  tolereren tolereer rapporteer rapporteren rapporteer gerapporteerd geblokkeerd
  gevangenis verbannen consequenties aanklagen aangifte misleid
  kortzichtig bekrompen respectloos onacceptabel ontoelaatbaar bedroevend
  hateful bigot bigots bigoted bigotry discriminate discriminating discrimination racist racists
  sexist homophobic homophobe homophobes transphobic hurtful dehumanising dehumanizing tolerate
  report reported jail prison consequences small-minded misguided
  disrespectful unacceptable disheartening
`;

/** The school and other buildings people gather in: a threat against one needs no person in it. */
export const SCHOOL_PLACE = `school lokaal klas kantine aula schoolplein gymzaal fietsenstalling
  bus hek kluisjes campus classroom schoolgebouw building
  azc moskee synagoge gemeentehuis stadhuis provinciehuis mosque synagogue`;

export const EXCLAMATION_FOLLOWERS = `wat man zeg he hee what man`;

/** Religious context where "Jezus" or "God" is named, not sworn by. */
export const RELIGIOUS = `kerk kerkdienst bidden gebed geloof bijbel pasen kerst kerstviering
  opgestaan opstanding heer zegen zegene zegenen godsdienst levensbeschouwing dominee pastor
  church pray prayer faith bible easter christmas lord bless blessed`;
