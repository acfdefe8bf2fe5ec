/**
 * Closed-class words (pronouns, negators, articles, modals) for Dutch and English. They carry no
 * meaning on their own but decide who is targeted, whether something is negated and whether a
 * sentence reports someone else's words. Forms are written folded: lower case, no diacritics.
 */
export const FUNCTION_ROLES = {
  PRON2: `je jij jou jouw jouwe jullie u uw jou's jy jij's gij oe oew
    you your yours you're youre ya yah ur u y'all yall ye thee thou`,
  PRON3S: `hij hem haar zn z'n hij's
    he him his she her hers he's she's`,
  PRON3P: `ze zij hen hun zullie
    they them their theirs they're theyre`,
  PRON1: `ik me mij mijn m'n mn we wij ons onze
    i me my mine i'm im i'll i've ive i'd we're us our ours`,
  REFLEX2: `jezelf jouzelf uzelf yourself yourselves`,
  REFLEX1: `mezelf mijzelf myself ourselves onszelf`,
  NEGATOR: `niet geen nooit niemand niets niks nergens noch geenszins allerminst tegenovergestelde
    not no never nobody noone nothing none neither nor cannot
    don't dont doesn't doesnt didn't didnt isn't isnt aren't arent wasn't wasnt weren't werent
    can't cant couldn't couldnt won't wont wouldn't wouldnt shouldn't shouldnt mustn't
    haven't havent hasn't hasnt hadn't hadnt ain't aint opposite minder less`,
  INTENT: `ga gaan gaat ging gingen zal zult zullen zou zouden wil wilt willen wou wilde wilden
    laten laat moet moeten moest moesten mag mogen verdien verdient verdienen verdienden
    will i'll we'll you'll he'll she'll they'll ill shall gonna going wanna want wants
    would i'd we'd should ought must let's lets deserve deserves deserved`,
  QUESTION: `waarom hoe wat wanneer wie welke waar hoezo
    why how what when who which where`,
  BELIEVE: `denk denkt denken dacht dachten geloof gelooft geloven geloofde vind vindt vinden vond
    besef beseft beseffen begrijp begrijpt begrijpen weet weten snapt snappen zie ziet zien inzien herkennen
    duidelijk overtuigd blij mening
    think thinks thought believe believes believed realise realize realises realizes
    understand understands know knows see sees clear obvious convinced glad sure recognise recognize
    recognises recognizes accept admit`,
};

export const FUNCTION_ROLES_B = {
  ARTICLE: `een de het die deze dat dit zo'n zulke a an the this that these those such`,
  COPULA: `ben bent is zijn zijt was waren wees word wordt worden werd werden
    am are is was were be been being you're youre he's she's they're theyre i'm im it's its`,
  MODAL: `moet moeten moest moesten zou zouden mag mogen hoort horen verdien verdient verdienen
    beste belang oplossing should ought must deserve deserves deserved best interest solution`,
  WISH: `wou wilde wens wenst hoop hoopt hopen wish wishes wished hope hopes hoping`,
  SUBORD: `als wanneer toen zodra omdat terwijl hoewel indien totdat tot
    if when whenever because while although though unless until till`,
  CONJ_BUT: `maar echter doch but however although though yet`,
  CLAUSE_BREAK: `daarom dus want omdat therefore because hence haha hahaha hahahaha lol lmao lmaoo lmaooo lmfao xd`,
  COMPLEMENTIZER: `dat that`,
  INTENSIFIER: `massive massively zo zoveel zoo echt echte heel erg enorm enorme absoluut absolute totaal totale
    gewoon helemaal compleet complete ontzettend vreselijk super extreem zwaar best nogal
    really so very totally absolutely completely utterly truly just such extremely fucking`,
  ENDORSE: `eens precies inderdaad terecht klopt exactly agree agreed indeed true`,
  LAUGH: `haha hahaha hahah hah hihi hehe lol lmao lmaoo lmaooo lmfao rofl xd hahah hahahah`,
  THANKS: `bedankt dank dankjewel dankuwel dankje proficiat gefeliciteerd gefeliciteerd
    thanks thank congrats congratulations`,
  FUNCTION: `ik je jij u hij zij ze het we wij jullie zij me mij hem haar ons hen hun mijn jouw
    zijn onze de het een en of maar want dus dan als dat die dit deze wat wie waar hoe
    in op aan van voor met bij naar uit om over door tot tegen zonder onder boven na tussen
    niet geen nooit wel ook al nog toch zo te er hier daar nu toen dan ook zelfs alleen
    is ben bent zijn was waren heb hebt heeft hebben had hadden word wordt worden werd
    ga gaat gaan kan kun kunt kunnen wil wilt willen zal zult zullen moet moeten mag mogen
    zou zouden laat laten alle allemaal iedereen iemand niemand niets iets veel weinig meer
    erg heel echt zeer zoveel zo'n enorm enorme gewoon helemaal absoluut absolute
    the a an and or but so then if that this these those what who where how why
    in on at of for with by to from about into over under after before
    not no never also too very really just only even still yet
    i you he she it we they me him her us them my your his its our their
    is am are was were be been have has had do does did will would can could shall should
    all any some every many much more most each other another such enough there here one it's its
    er daar hier men iets
    behaviour behavior gedrag throat throats keel neck necks nek life lives leven levens massive
    threat threats danger bedreiging gevaar space value compassion alive`,
};

/** Chat and Flemish spellings of function words, read as the word they spell (compile.ts). */
export const SPELLING_VARIANTS: Record<string, string> = {
  nie: 'niet',
  ni: 'niet',
  ng: 'nog',
  nx: 'niks',
  iem: 'iemand',
  egt: 'echt',
  urself: 'yourself',
  urselves: 'yourselves',
};
