/**
 * Role bits a word can carry. A word may have several (e.g. "haar" is a pronoun; "kanker" is a
 * disease and a curse prefix). Two 31-bit words keep every test a single bitwise AND.
 */
export const A = {
  PRON2: 1 << 0, // je, jij, jou, you, your
  PRON3S: 1 << 1, // hij, hem, haar, he, him, she, her
  PRON3P: 1 << 2, // ze, zij, hen, hun, they, them
  PRON1: 1 << 3, // ik, me, mijn, we, I, my, us
  GROUP: 1 << 4, // protected group noun: vrouwen, moslims, immigrants
  GROUP_ADJ: 1 << 5, // group adjective that needs a person noun: zwarte (personen), gay (people)
  PERSON_NOUN: 1 << 6, // mensen, personen, people, folks
  SLUR: 1 << 7,
  INSULT: 1 << 8, // insult noun that is an insult on its own: idioot, klootzak, loser
  INSULT_ADJ: 1 << 9, // needs a person target: dom, lelijk, stupid, ugly
  PROFANITY: 1 << 10, // coarse on its own: kut, shit, fuck
  NEG_EMOTE: 1 << 11, // haat, veracht, despise
  NEG_ATTRIB: 1 << 12, // walgelijk, disgusting, dom
  DEHUM: 1 << 13, // uitschot, ratten, vermin
  POS: 1 << 14, // positive predicate that turns derogatory under negation: waard, intelligent, belong
  NEGATOR: 1 << 15,
  VIOLENT: 1 << 16, // doden, neersteken, kill, stab
  VIOLENT_AMBIG: 1 << 17, // verpletteren, afmaken, destroy, crush (sports talk)
  INTENT: 1 << 18, // ga, zal, wil, going, will, gonna, let's, should
  SAY: 1 << 19, // zeggen, zei, said, claims
  META: 1 << 20, // uitspraken, opmerking, noemen, calling, saying
  COUNTER: 1 << 21, // haatdragend, discriminerend, bigot, report, not okay
  STAFF: 1 << 22, // leraar, juf, mentor, rector, teacher
  PERSON_ROLE: 1 << 23, // leerling, meid, jongen, gast, kid, girl
  INSTITUTION: 1 << 24, // school, beleid, rooster, policy
  SPORT: 1 << 25, // wedstrijd, hockey, match, game
  SYMPATHY: 1 << 26, // overleden, patiënt, beterschap, cure
  DISEASE: 1 << 27, // kanker, tyfus, tering, cancer
  QUESTION: 1 << 28, // waarom, hoe, why, how
  BELIEVE: 1 << 29, // denken, geloven, beseffen, believe, realise, duidelijk
  REFLEX2: 1 << 30, // jezelf, yourself
} as const;

export const B = {
  SEXUAL: 1 << 0, // explicit: neuken, tieten, nudes
  SEXUAL_WEAK: 1 << 1, // seks, naakt, geil: needs a request or a person
  SELF_HARM: 1 << 2, // zelfmoord, suicide, zelfbeschadiging
  CRIME: 1 << 3, // gestolen, fraude, dronken, molests
  SENSITIVE: 1 << 4, // health, care, grades: eetstoornis, dyslexie, onvoldoende
  SPAM: 1 << 5, // verdien, volgers, gratis, giveaway
  ENDORSE: 1 << 6, // eens, precies, agree, exactly
  INTENSIFIER: 1 << 7, // zo, echt, enorm, really
  FUNCTION: 1 << 8, // common function word, for compound splits and name spotting
  FAMILY: 1 << 9, // oma, opa, moeder, grandma
  COPULA: 1 << 10, // ben, bent, is, zijn, are
  ARTICLE: 1 << 11, // een, de, het, die, a, the
  LIVES: 1 << 12, // levens, lives
  REFLEX1: 1 << 13, // mezelf, myself
  SCHOOL_PLACE: 1 << 14, // school, klas, lokaal
  WEAPON: 1 << 15, // mes, pistool, knife, gun
  CURSE_PREFIX: 1 << 16, // kanker-, kut-, tyfus-: makes a compound coarse
  BODY: 1 << 17, // tieten, kont, borsten, tits
  APPEARANCE: 1 << 18, // kapsel, lijf, neus, dik, lelijk
  SPELLED: 1 << 24, // apenstaartje, dot, nul: contact data written out in words
  DIE: 1 << 19, // sterven, dood, die: violent only with a wish or a deserve
  MODAL: 1 << 20, // moet, moeten, zou, should, ought, deserve
  WISH: 1 << 21, // wou, hoop, wens, wish, hope
  LAUGH: 1 << 22, // haha, lol, hihi
  CLAUSE_BREAK: 1 << 23, // daarom, dus, because: starts a new clause
  EXCLAIM: 1 << 25, // jezus, christus, godverdomme as swearing
  DERAIL_GAMING: 1 << 26, // fifa, fortnite, potje: game talk
  SUBORD: 1 << 27, // als, wanneer, if, when: opens a subordinate clause
  CONJ_BUT: 1 << 28, // maar, but, however
  COMPLEMENTIZER: 1 << 29, // dat, that
  THANKS: 1 << 30, // bedankt, dank, thanks, proficiat
} as const;

/** Third role word: properties that refine the first two. */
export const C = {
  STRONG_EMOTE: 1 << 0, // an emotion strong enough to insult a person ("ik haat je")
  WEAK_SLUR: 1 << 1, // slur with an innocent everyday reading (pot, bitch, queer)
  META_NOUN: 1 << 2, // uitspraken, berichten, comments: a speech frame before "als"/"like"
  MEDICAL_TAIL: 1 << 3, // onderzoek, patiënt: a disease word in sympathy
  PERSON_TAIL: 1 << 4, // wijf, lijer, hoer: a cursed compound naming a person
  EXCLAIM_FOLLOW: 1 << 5, // wat, man: after "Jezus" it is an exclamation
  RELIGIOUS: 1 << 6, // kerk, bidden: "Jezus" named, not sworn by
  USER_FLAG: 1 << 7, // a word from the school's own flag list
  ALLOW: 1 << 8, // a word from the school's allow list: never flagged
  KNOWN_NAME: 1 << 9, // a staff name from the school list
  HOMONYM_CTX: 1 << 10, // hond, tuin, sigaret: innocent reading of a weak slur
  POSITIVE_MOD: 1 << 11, // proud, boss: reclaimed reading of a slur
  SEX_ED: 1 << 12, // voorlichting, biologie: sexual words as subject matter
  PHRASE_ANCHOR: 1 << 13, // a word without which some finding-producing phrase cannot match
  LANG_EN: 1 << 14, // an English function word
  LANG_NL: 1 << 15, // a Dutch function word
  ANY_ANCHOR: 1 << 16, // the anchor word of any phrase (also frames such as counter-speech)
  EN_ONLY: 1 << 17, // its strong role is English; the same spelling is an everyday Dutch word (hoe, slag, douche)
  NL_ONLY: 1 << 18, // its strong role is Dutch; the same spelling is an everyday English word (dove, boos, slim)
  REAL_WORD: 1 << 19, // an ordinary word the splitter and the typo matcher must read as itself (uitslag, pijpenstelen)
  AFFECTION: 1 << 20, // love, bestie, jk, grapje: teasing may be meant kindly
} as const;
