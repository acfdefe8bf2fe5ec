/**
 * Multi-word expressions. Pattern syntax: words separated by spaces; `a|b` alternatives; a
 * trailing `*` matches a prefix; `~N` lets up to N other words come between (Dutch puts the verb
 * particle at the end: "steek ik je lek"). Matching stays within one sentence.
 *
 * Each tag says what the expression does; rules read the tags, never the words.
 */
export type PhraseTag =
  | 'neutralize' // takes the negation out of superlatives: "niets anders dan", "nothing but"
  | 'idiom' // innocent idiom: its words stop counting ("dood van de hitte", "killing it")
  | 'neg_emote'
  | 'neg_attrib'
  | 'derog_fixed' // derogatory whatever the negation: "in een dierentuin", "never trust a"
  | 'threat' // violent act against the target: "steek je lek", "in elkaar slaan"
  | 'threat_warning' // intimidation: "pas maar op", "watch your back"
  | 'die_wish' // "verdient het te sterven", "death to", "beter af zonder"
  | 'suicide_incite' // "hang jezelf op", "kill yourself"
  | 'exclusion' // "niemand wil naast je zitten"
  | 'humiliation' // "moet je haar kapsel zien", "net een vogelnest"
  | 'stalking'
  | 'self_harm'
  | 'sexual_request'
  | 'sexual_body'
  | 'spam'
  | 'counter' // condemning frame: "moet nu stoppen", "niet oké"
  | 'endorse' // "wat is er mis met", "what's wrong with"
  | 'rumour' // "weet iedereen", "everyone knows"
  | 'misconduct' // accusation without a crime word: "heeft iets met een leerling"
  | 'sensitive' // "is blijven zitten", "zit bij jeugdzorg"
  | 'curse' // "krijg de tering", "kanker op", "rot op"
  | 'exclusion_group' // "terug naar hun eigen land", "go back to"
  | 'hypothetical' // "als ik ... zou", "if I ... would": a thought experiment, not a plan
  | 'photo_request'; // "stuur eens een foto", "send a pic": sexual only with sexual words nearby

export const PHRASES: Record<PhraseTag, string[]> = {
  neutralize: [
    'niets|niks anders dan', 'niemand anders', 'niets|niks erger dan', 'niets dan', 'niet|niets|geen beter dan',
    'vergeet niet', "don't|dont forget", 'is het niet', "isn't|isnt it",
    'niets in de wereld', 'er ~1 niets aan doen', 'niet van weerhouden', 'zonder twijfel',
    'zonder uitzondering', 'geen wonder', 'niet alleen', 'nothing but', 'no one else', 'nobody else',
    'nothing else', 'nothing worse than', 'no better than', 'nothing in the world',
    "can't|cannot|cant help", "can't|cannot|cant stop themselves", 'without a doubt', 'niet illegaal', 'not be illegal',
    'without exception', 'no wonder', 'not only', 'no one else is', 'is er niets mis',
  ],
  idiom: [
    'dood|doodgaan ~1 van de|het|die hitte|lachen|kou|honger|dorst|verveling|schaamte|stress|warmte|zenuwen',
    'ga|gaat|ging|gaan dood van', 'doodgaan van', 'schaam ~2 dood', 'lach ~2 dood', 'lachen ~2 dood',
    'schiet|schieten|schoot op', 'schiet ~3 op', 'schieten ~3 op', 'killing|killed|kill|slay|slayed|slaying it',
    'killing me', 'killed me', 'to death', 'kill time', 'dying to', 'dying of', 'murder that|this beat|song',
    'dood ~1 van schaamte|verveling|ellende|stress|schrik', 'dodelijk saai|vermoeiend', 'doodmoe', 'doodop', 'dood moe', 'in de steek', 'slaat ~2 op',
    'slaat nergens op', 'dead tired', 'drop dead', 'dressed to kill', 'killer',
    'song|track|beat|game|goal|trick|show|party|match|concert ~2 is|was ~2 sick|insane|fire|killing',
    'de pijp uit', 'een moord doen', 'moordend', 'moord ~1 zwaar',
  ],
  neg_emote: [
    'maak|maakt|maken|maakte|maakten ~1 me|mij ~2 ziek|misselijk|boos|woedend|pissig|kwaad',
    'word|wordt|worden ziek van', 'ben|is|zijn ~2 het zat|beu', 'zat om', 'koken van woede',
    'vullen|vult ~1 me|mij met', 'make|makes|made ~1 me ~2 sick|furious|angry|boil|mad',
    'sick of', 'fed up with', 'sick and tired', 'boil with anger', 'fill ~1 me with',
    'kan|kun|kunnen ~3 niet uitstaan|luchten', "can't|cannot|cant stand",
  ],
  neg_attrib: [
    'ziek|gestoord|verneukt ~1 in hun|het|zijn|haar|de hoofd|kop', 'sick|fucked|messed ~1 in the head',
    'te emotioneel|zwak|dom om', 'too emotional|weak|stupid|dumb to', 'brain dead', 'braindead',
    'hebben ~3 overal de macht', 'control ~1 the ~1 media|banks|world|everything',
    'een gevaar voor', 'gevaar voor', 'een bedreiging voor', 'bedreiging voor', 'a danger|threat to',
    'danger|threat to', 'geen ~1 mensen|mens', 'not human', 'niet menselijk', 'minder waard', 'worth less',
    'lesser beings', 'mindere wezens', 'onmenselijke wezens', 'subhuman creatures|beings',
    'waste of space', 'verspilling van ruimte', 'te veel ~4 in dit|ons land', 'too many ~4 in this|our country',
    'een last voor', 'last voor de maatschappij|samenleving', 'a burden on|to', 'beheersen|controleren alles', 'beheersen|controleren de media|wereld|banken|geldwereld',
    'control the media|world|banks|everything', 'horen|hoort niet te', 'should not|shouldnt be allowed',
    'mogen niet stemmen|studeren|werken', 'belong in the kitchen', 'horen in de keuken',
  ],
  derog_fixed: [
    "zwarte|bruine ~1 apen|aap|apies|apie", "weer zo'n|zon", 'de boel ~1 verziekt|verpest|verzieken',
    'niets|niks erger dan', 'nothing worse than', 'iets aantrekken van de levens', 'care ~4 about the lives',
    'zou ik zelfmoord plegen', 'i would kill myself', 'in een dierentuin', 'belong|belongs in a zoo', 'naar een dierenarts', 'to a vet', 'slimmer|intelligenter dan',
    'smarter than', 'more intelligent than', 'waardevoller dan', 'more valuable than',
    'op een stortplaats', 'in a landfill', 'in kooien', 'in cages', 'aangeraakt door', 'touched by',
    'onder mijn schoen', 'under my shoe', 'testen op', 'test ~3 on', 'dode ratten', 'dead rat',
    'sterf liever', 'rather die', 'liever kanker', 'rather have cancer', 'grootste fout', 'biggest mistake',
    'land ruineren', 'ruin|ruining|ruined|ruins ~2 our|this', 'verpesten|verpest|ruineren ~2 ons|onze|dit', 'vertrouw nooit', 'never trust', 'minder van houd|hou',
    'like less than', 'horen niet thuis', 'have no place', "don't|dont belong", 'do not belong', 'typisch voor',
    'typical of', 'typisch gedrag', 'typical ~2 behaviour|behavior', 'zit in de aard', 'in ~2 nature',
    'zijn ~3 uitgeroeid', 'geen medelijden', 'geen vinger uitsteken',
  ],
  threat: [
    'trap|sla|schop ~2 je|jouw ~1 tanden|kop|hoofd|bek ~3 uit|in', "someone's|someones|somebody's ~1 bringing ~1 a gun|knife",
    'shoot up ~1 the|this ~1 school|place|class', 'neem|neemt ~3 een mes|pistool|wapen|vuurwapen ~3 mee', 'bring|bringing ~1 a knife|gun|weapon ~2 to school',
    "break ~1 your ~1 legs|arms|neck|nose|face|jaw|bones", 'breek ~3 je|jouw ~1 benen|armen|nek|neus|kaak|botten',
    'steek|steken|steekt ~3 lek|neer|dood|overhoop', 'schiet|schieten ~3 neer|dood|overhoop|kapot',
    'sla|slaan|slaat|mep|meppen|ram|rammen|trap|trappen ~3 in elkaar', 'sla|slaan|slaat|mep|meppen|ram|rammen|trap|trappen ~3 verrot|kapot|dood|bont',
    'in elkaar slaan|trappen|rammen|meppen|timmeren', 'ik|we|wij maak|maken ~2 je|jou|hem|haar af', 'maak|maken ik|we|wij ~1 je|jou|hem|haar af',
    'je|jou|hem|haar afmaken', 'nek|nekken ~6 omdraaien|breken', 'breek|breken|brak ~3 nek|nekken|benen|been|arm|armen|kaak|neus|botten|vingers',
    'sla|slaan|slaat|trap|trappen ~3 kop|hoofd|gezicht|tanden|schedel ~1 in|kapot|eruit', 'te grazen nemen', 'een lesje leren',
    'verdient|verdienen|deserves|deserve ~2 een|a kogel|kogels|bullet',
    'keel|kelen ~6 doorsnijden|doorgesneden|doorsnijd', 'keel|kelen ~6 door te snijden', 'throat|throats ~3 cut|slit', 'leven|levens ~4 beeindigen', 'end ~3 life|lives', 'snap|break|snapped ~2 neck|necks',
    'cut|slit ~3 throat|throats', 'in de fik', 'in brand steken', 'op de brandstapel',
    'burned|burnt at the stake', 'set ~2 on fire', 'een einde ~1 maken aan', 'put an end to',
    'get rid of', 'ontdoen van', 'pijn doen', 'laten lijden', 'make ~2 suffer', 'beat ~2 up',
    'beat the shit out', 'door mijn handen', 'at my hands', 'gruwelijke dood', 'horrible death',
    'overhoop schieten', 'opblazen', 'blow up', 'shoot up', 'school shooting', 'zien lijden',
    'see ~2 suffer', 'brain you', 'bash ~2 head', 'van ~2 dak|flat|brug ~3 gooien|gegooid|duwen|geduwd',
    'throw|thrown|push|pushed ~3 off ~2 roof|bridge|building|cliff',
  ],
  threat_warning: [
    'is het klaar met je|jou', 'gaan|gaat ~1 je|jou ~1 vinden', 'blijf ~2 thuis als je slim bent', 'wordt er ~2 geknald|geschoten',
    'mark my words', 'will make ~3 pay', 'dan ben je dood', 'gaan|zullen ~2 boeten', 'niet bij praten blijft',
    'if you want to live', 'als je wilt blijven leven', 'als je ~1 wil|wilt leven', 'let maar goed op', 'wij|we weten ~2 welke route', "we'll|well find you", 'we will find you',
    'na school ~4 ben je dood', 'morgen ~4 ben je dood', "you're|youre dead after school", 'je bent dood na school',
    'pas maar op', 'pas ~1 op voor', 'kijk maar uit', 'kijk ~1 uit', 'watch your back', 'watch out',
    "you'll|youll regret", 'you will regret', 'je|jij|jullie gaat|gaan eraan', 'let maar op',
    'krijg|krijgt je ~1 klappen|slaag', 'krijgt|krijgen klappen', 'krijg|krijgt je ervan langs', 'iets ergs ~2 gebeuren', 'er gaat ~2 iets gebeuren', 'gaat er ~2 iets gebeuren',
    'ik|we weet|weten waar je|jouw|jij|zijn|haar|hij|zij|hun ~2 woont|woon|wonen|staat|slaapt|werkt|parkeert|fietst', 'je bent er geweest', 'je bent dood',
    "you're|youre|you are dead", 'ik pak je', 'we pakken je', 'ik krijg je', 'we krijgen je',
    "i'll|ill get you", "i'm|im coming for you", 'je gaat spijt krijgen', 'je zult het merken',
    'wachten ~3 op bij', 'wachten je op', 'wacht je op', "we'll be waiting", 'we wachten je op',
    'dan zal je wat beleven', 'je krijgt klappen', 'klappen krijgen', 'een pak slaag', 'je bent gewaarschuwd',
    "you've been warned", 'ik weet waar je woont', 'ik weet waar je fiets staat',
  ],
  die_wish: [
    'verdien|verdient|verdienen ~3 te sterven|lijden|sterf', 'deserve|deserves ~2 to die|suffer|death',
    'dood aan', 'death to', 'beter af ~1 zonder', 'enige oplossing', 'only solution', 'niet illegaal', 'not be illegal',
    'gedecriminaliseerd', 'decriminalised|decriminalized', 'better off without', 'allemaal dood', 'all be dead',
    'zouden ~3 dood zijn', 'would ~3 be dead', 'moet|moeten ~2 dood', 'should ~2 die|be dead',
    'hoop dat ~4 dood|sterft|sterven', 'hope ~4 dies|die', 'wou dat ~4 dood', 'wish ~4 dead|died',
    'kunnen ~3 de kanker|tering|tyfus krijgen', 'can ~3 get cancer',
  ],
  suicide_incite: [
    'maak|maakt ~1 jezelf ~3 van kant', 'hang|hangt ~1 jezelf op', 'kill|kil yourself', 'kys',
    'ga|gaan|ga je ~1 dood', 'ga toch dood', 'go die', 'go kill yourself', 'drink bleach',
    'spring ~3 voor de trein', 'spring ~3 van ~1 brug|dak|flat', 'jump off ~2 bridge|cliff|roof|building',
    'snij|snijd ~2 polsen', 'doe jezelf ~2 wat aan', 'niemand zou je missen', 'nobody would miss you', 'no one would miss you',
    'waarom leef je nog', 'why are you still alive', 'had nooit geboren', 'never been born',
    'neck yourself', 'end yourself', 'hang yourself', 'ga je toch ~1 ophangen', 'ga je ~1 ophangen', 'ga jezelf ~1 ophangen', 'niemand gaat je missen', 'nobody will miss you', 'no one will miss you', 'kill jezelf', 'maak jezelf ~1 dood', 'bring jezelf ~1 om',
    'plezier en ga dood', 'favor and die', 'favour and die',
  ],
  exclusion: [
    'niemand wil ~5 jou|je', 'niemand vindt ~1 je|jou ~2 leuk|aardig', 'nobody likes you', 'no one likes you', 'niemand mag je',
    'jij hoort niet bij', 'je hoort er niet bij', "you don't|dont belong", 'ga terug naar je eigen groepje',
    'ga terug naar je', 'iedereen ~5 blokkeren|negeren|buitensluiten', 'niet meer met ~2 praten',
    'praat niet meer met', 'stop talking to', "don't|dont talk to", 'negeren je', 'everyone hates you',
    'iedereen haat je', 'iedereen heeft een hekel aan je', 'je hebt geen vrienden', 'you have no friends',
    'niemand moet je', 'wil niet naast je', 'wil je er niet bij', 'buiten gesloten', 'uit de groep',
    'niemand ~3 met je|jou', 'nobody wants ~4 you|him|her', 'no one wants ~4 you|him|her',
    'niemand wil ~5 hem|haar', 'niemand wil|wilt ~2 naast|met|bij',
    'praat|praten niemand ~1 meer met', 'niemand praat ~1 meer met', 'nobody talks to', 'niemand wil ~4 in hun|ons|zijn|haar groepje|groep|team',
    'ga ~2 alleen zitten', 'voeg ~3 niet toe', 'niet toevoegen', 'allemaal ~2 blaffen|joelen|lachen als',
    'no one ~4 sit with you', 'nobody ~4 sit with you', 'ugliest|dumbest|fattest kid|girl|boy', 'ziet eruit als een|de', 'as ugly|stupid|fat|dumb as', 'hoort er ~1 niet bij', 'negeren we|wij', 'we|wij negeren', "don't|dont invite", 'nobody wants the|that ~1 weirdo|freak|loser', 'everyone unfollow|block|ignore', 'iedereen ~1 ontvolgen|unfollowen|blokkeren|negeren',
    'not sitting with him|her|you', 'niet meer ~2 naast hem|haar|jou ~1 zitten', 'plezier en verdwijn', 'favor and disappear|leave', 'groepsapp|groepje|appgroep|feestje|feest zonder', 'group chat|party without',
  ],
  humiliation: [
    'moet je ~5 zien', 'zielig|zielige kind|jongen|meisje|meid|figuur|ventje|mannetje|wicht', 'look at ~2 hair|face|clothes|body', 'net|echt een vogelnest|aap|walvis|varken|koe|nijlpaard|olifant|heks',
    'lijkt wel een', 'met zo\'n lijf|kop|gezicht|neus|lichaam', 'zo dik|lelijk', 'foto van ~4 onderbroek|ondergoed|wc|douche',
    'in zijn|haar onderbroek|ondergoed', 'in de groepsapp',
    'lacht ~2 uit', 'uitlachen', 'iedereen lacht',
    'everyone laughs at you', 'allemaal ~2 lachen|uitlachen als|om', 'zit|zat ~3 alleen te janken|huilen',
    'tas|spullen ~4 in de prullenbak|vuilnisbak|sloot', 'als laatste gekozen', 'dat|die dikke varken|koe|walvis',
    'look at ~2 crying', 'crying ~3 again', 'looks like a|an ~2 potato|pig|whale|monkey', 'verstoppen in de kleedkamer', 'zou ik me ook verstoppen', 'spiegel breekt',
    'mirror breaks', 'what a joke', 'wat een grap',
  ],
  stalking: [
    'ik|we ~3 gevolgd', 'ik volg|volgde ~1 je|jou|haar|hem ~3 naar huis|overal', 'i followed you', 'ik weet waar je|jij woont|woon|zit|bent|slaapt|staat',
    'ik weet waar jullie', 'i know where you live|are|sleep', 'ik zie ~4 wanneer je', 'ik zie alles wat je',
    'i see everything you', "i'm|im watching you", 'ik hou je in de gaten', 'ik houd je in de gaten',
    'ik laat je niet met rust', 'je komt niet van me af', "you can't|cant get rid of me", 'nieuw account',
    'new account', 'waarom blokkeer je me', 'why did you block me', 'ik weet met wie je',
    'ik weet hoe laat je', 'i know who you', 'ik sta|wacht|stond ~4 bij|voor je|jouw|haar|zijn huis|deur',
    "i'll|ill keep messaging|texting|calling|following|watching you", 'i will keep messaging|texting|calling|following|watching you',
    'ik heb je|jouw huis ~2 gezien', 'ik weet ~1 hoe laat je|jij', 'outside your house|door',
    'i know your address', 'ik ken je adres', 'ik wacht ~3 bij je huis', 'ik blijf je ~2 volgen|berichten|appen|bellen',
    'ik stop niet', "i won't|wont stop", "i'll|ill find you", 'ik vind je wel', 'ik weet alles over je',
    'i know everything about you', 'ik weet waar je',
    'ik weet ~1 precies|exact|allemaal ~1 waar|wanneer|welke', 'ik weet precies|exact hoe laat', 'ik weet precies|exact met wie',
    'ik weet ~1 welke bus|route|tram|trein|lessen',
    'ik weet waar u ~1 woont|woon|bent|staat', 'ik weet waar ~2 auto|fiets|scooter ~1 staat', 'kijken of je|u|jij ~1 thuis',
    'i know your schedule|routine|address|route|locker', 'i know which bus|route|train', 'i know when you',
    'ik hou|houd ~1 bij wanneer|waar', 'ik hou|houd ~1 bij met wie', 'je ontkomt niet aan', "you can't|cant hide from me", "you can't|cant escape",
    'je kunt je niet verstoppen', 'ik volg|volgde ~4 naar huis', 'stiekem ~3 naar huis', 'followed|follow ~3 home',
    'new accounts', 'nieuwe accounts', 'ik zie je ~1 elke|iedere ochtend|dag|avond|middag', 'ik wacht ~3 op je|jou ~3 tot je|jij',
    'langs ~1 gereden|gefietst|gelopen ~4 licht|huis|raam', 'ik hou ~1 alles bij wat je|jij', 'al je ~2 accounts gevonden',
    'keep showing up', 'ik blijf ~2 proberen tot je|jij', 'i see you every ~1 morning|day|night|evening', 'ik heb je ~2 keer gebeld|geappt|gebeld',
  ],
  self_harm: [
    'wil|wilde ~2 niet meer leven', 'wil ~2 dood', 'wil|wilde ~2 er ~2 niet meer zijn', 'wil ~1 verdwijnen',
    'wil ~2 niet meer wakker worden', "don't|dont ~1 want to be alive|exist", 'do not ~1 want to be alive|exist',
    'want to disappear forever', "don't|dont want to wake up anymore|again", 'do not want to wake up anymore|again',
    'zie|zag het ~2 niet meer zitten', 'maak er een eind|einde aan', 'een eind|einde aan mijn leven',
    'mezelf ~2 iets|wat aandoen', 'mezelf ~2 snijden|krassen|pijn|gesneden|gekrast', 'in mijn armen|polsen|benen ~1 gekrast|gesneden|krassen|snijden',
    'gekrast|gesneden ~3 armen|polsen', 'zou het merken als ik', 'niemand zou me missen', 'als ik er niet meer ~1 was|ben',
    'heeft allemaal geen zin meer', 'als ik er ~2 niet meer ~1 was|ben',
    'eet|at|gegeten ~4 niks|niets ~4 dun|dunner|mager|afvallen', 'saving ~1 up ~1 my|the pills',
    'voor de|een trein ~2 springen|te springen', 'jumping|jump in front of ~1 a|the train', 'heb|had ~1 me|mezelf ~2 gesneden|gekrast',
    'maak ~2 er ~2 een eind|einde aan', 'better off if i ~2 disappeared|died', 'disappear|disappeared for good',
    'pillen ~4 gespaard|verzameld', 'waarom leef ik ~2 nog', 'afscheidsbrief ~3 klaar', 'suicide note', 'jullie zijn van me af', 'neem ik ze allemaal', 'alle|al mijn pillen ~2 innemen|nemen', 'saved up ~1 pills', 'take all ~1 the|my pills',
    'omdat ik mezelf haat', 'because i hate myself', 'end it tonight|today', 'going to end it', 'ending it tonight',
    'snij|snijd|kras|krast ~1 mezelf', 'het leven zat', 'want to die', 'wanna die', 'kill myself',
    'end my life', 'end it all', "don't|dont want to live", 'do not want to live', 'no reason to live',
    'er een eind|einde aan ~1 maken', 'zin ~3 nog ~1 leven', 'waarom zou ik nog ~1 leven',
    'better off without me', 'iedereen|wereld|jullie|familie|ouders ~3 beter af ~1 zonder mij|me', 'nobody would miss me', 'no one would miss me', 'cut|cutting|hurt|hurting myself',
    'not be here anymore', 'wish i was|were dead', 'wish i wasnt|wasn\'t alive', 'zelfmoord plegen|doen',
    'commit suicide', 'suicidal', 'het|mijn leven is ~1 zinloos', 'life is ~1 pointless|meaningless', 'voel me ~1 zo leeg',
    'nobody would care if i ~1 was|were gone|dead', 'no one would care if i ~1 was|were gone|dead', 'care if i died|disappeared', 'been cutting myself|again',
    'ben ~1 weer ~2 aan het snijden|krassen',
  ],
  sexual_request: [
    'stuur ~3 foto|foto\'s|fotos|pics ~4 naakt|bloot|ondergoed', 'zonder kleren', 'send ~2 nudes|pics',
    'send nudes', 'stuur ~2 nudes', 'wie wil ~3 neuken|seks', 'zin in seks|neuken', 'wanna fuck', 'wil je ~3 seks|neuken',
    'show me your', 'laat ~2 tieten|borsten|kont zien', 'in je ondergoed', 'naked pics|photos', 'dick pic',
    'see ~3 naked|nude', 'pics|photos|video|videos ~3 naked|nude', "filmpje|video|foto|fotos|foto's ~4 onder de douche",
    "filmpje|video|foto|fotos|foto's ~4 naakt|bloot", 'ik betaal goed', 'i pay well', "i'll|ill pay you", 'mijn pik|lul|piemel ~3 snap|snapchat|insta|zien',
  ],
  sexual_body: [
    'lekkere|mooie|strakke|geile|grote ~1 tieten|borsten|kont|billen|reet', 'nice|big|hot ~1 tits|boobs|ass|butt',
    'hot body', 'geil lijf', 'lekkere|strakke|geile ~1 benen|dijen', 'you look hot|sexy', "i'd|id|would smash|bang", 'kont|billen|tieten|borsten ~1 van ~1 de|die|dat|haar', 'je ziet er ~1 sexy|geil ~1 uit', 'lekker|lekkere|strak|strakke|geil|geile ~1 kontje|kont|tietjes|tieten|borsten|billen|lijf|lijfje', 'lekker ding', 'sexy meid',
  ],
  spam: [
    'verdien ~4 vanuit huis|thuis', 'work from home', 'earn ~4 from home', 'dm voor', 'dm me', 'dm for',
    'stuur ~2 dm', 'link in bio', 'check my profile|bio|page', 'koop ~3 volgers|likes|followers',
    'buy ~2 followers|likes', 'prijs gewonnen', 'you have|you\'ve won', 'je hebt ~2 gewonnen', 'klik op',
    'click here', 'click the link', 'gratis iphone', 'free iphone', 'geld verdienen',
    'make money', 'earn ~3 euro|euros|dollar|dollars|pounds ~2 per|a day|week', 'verdien ~3 euro ~2 per dag|week', 'message me now', 'check ~1 mijn profiel|bio|pagina', 'gratis v-bucks|vbucks|robux', 'free v-bucks|vbucks|robux',
    'trading ~1 bitcoin|crypto|forex', 'message her|him|me on whatsapp|telegram', 'link in ~1 mijn|de bio', 'zonder examen',
    'guaranteed returns|profit|profits', 'get|buy ~2 followers|likes', 'laten schrijven', 'slaaggarantie', 'join my telegram|whatsapp', 'onze|mijn webshop', 'my onlyfans', 'mijn onlyfans', 'like en deel', 'deel en win', 'like and share', 'share to win', 'tag ~2 vrienden en win', 'tag ~2 friends to win', 'passief inkomen', 'passive income', 'snel rijk', 'get rich', 'alleen vandaag', 'only today', 'op is op', 'limited offer', 'nu of nooit', 'om te claimen', 'to claim',
  ],
  counter: [
    'als je ~4 zegt|noemt|schrijft|roept', 'if you ~4 say|call|write|tell|telling', 'if you\'re|youre ~3 telling|saying|calling',
    'moet|moeten ~2 stoppen', 'has|have|needs to stop', 'must stop', 'ophouden met', 'stop calling',
    'stop met', 'uitspreken tegen', 'speak out against', 'call out', 'tegen racisme|discriminatie|haat|pesten',
    'against racism|hate|bullying|discrimination', 'niet oké|oke|ok', 'not okay|ok', 'geen respect voor mensen die',
    'no respect for people who', 'siert je niet', 'zegt veel over', 'says a lot about', 'laten|laat zien wat voor',
    'shows what', 'is nooit oké|oke|ok', 'is never okay|ok', 'zeg het tegen', 'tell an adult', 'meld het',
    'report it', 'not stand by', 'niet toekijken', 'geen plek voor haat', 'no place for hate', 'wegkomen met', 'get away with',
  ],
  endorse: [
    'wat zeg je ervan', 'what do you say', 'where is the mistake', 'wat is er mis met', "what's|whats wrong with", 'is het verkeerd om', 'is it wrong to',
    'waar zit de fout', 'ik ben het ~2 eens', 'i agree', 'so true', 'heeft gelijk', 'is right',
  ],
  rumour: ['weet iedereen', 'everyone knows', 'heb ik gehoord', 'i heard', 'naar verluidt', 'zeggen ze', 'ik hoorde'],
  misconduct: [
    'heeft|had iets met een leerling|leerlinge|student', 'relatie met een leerling|leerlinge', 'affair with a student',
    'drinkt ~3 onder de les', 'drinkt ~3 op school', 'drinkt ~3 tijdens de les', 'drunk at school|in class', 'zit aan leerlingen|kinderen',
    'touches|touched students|kids', 'verkoopt|verkopen ~3 gegevens', 'sells|selling ~2 data', 'steekt ~3 in eigen zak',
    'onder invloed', 'sjoemelt met', 'cijfers ~2 vervalst', 'was dronken', 'came drunk',
    'gebruikt|dealt|verkoopt|verkocht drugs', 'uses|deals|sells drugs', 'liegt over', 'is ontslagen omdat', 'fired for',
    'zit|zat|zitten ~2 aan leerlingen|leerlinges|meisjes|jongens|kinderen|kids',
    'sloeg|slaat|slaan ~2 leerlingen|kinderen', 'is ontslagen ~5 omdat',
    'heeft|had ~1 seks ~2 met een ~1 leerling|leerlinge|student|kind', 'sex with a student|pupil', 'sleeps|slept with a student|pupil',
    'verkoopt|verkocht|dealt|dealde ~2 wiet|coke|cocaïne|xtc|pillen|drugs', 'sells|sold|deals|dealt ~1 weed|coke|cocaine|pills|drugs',
    'heeft|had ~3 leerling|leerlinge|leerlingen|kind|kinderen|student ~2 geslagen|geschopt|aangerand|betast|geduwd|mishandeld|bedreigd',
    'hit|slapped|punched|beat|kicked|hits|slaps ~2 student|students|kid|kids|child|children|pupil|pupils',
    'drugs ~1 verkocht|verkoopt|verkochten|dealt|dealde',
    'filmt|filmde|filmen ~2 meisjes|jongens|leerlingen|kinderen ~3 kleedkamer|douche|wc', 'films|filmed ~2 girls|boys|students|kids ~4 locker|shower|changing',
    'paid ~3 off', 'filmt|filmde ~2 stiekem', 'deelt|deelde ~3 drugs|wiet|pillen ~2 uit', 'cijfers ~5 aangepast|veranderd',
    'ontslagen omdat', 'fired because', 'filmt|filmde ~2 in de ~1 kleedkamer|kleedkamers|douche|douches|wc',
    'faked|fakes|falsified|forged ~2 results|grades|exam|exams|marks', 'cheated on|in ~2 exam|exams|test|tests|every', 'cijfers ~2 aanpassen|veranderen|aangepast|veranderd',
    'ervoor betaald', 'changes|changed ~1 grades', 'heeft|had ~4 in elkaar geslagen|getrapt', 'takes|took|accepts ~1 bribes|bribe', 'steekt|stak ~3 in ~1 eigen zak', 'stuurt ~3 leerlingen ~3 berichten|foto',
  ],
  sensitive: [
    'blijven zitten', 'is blijven zitten', 'een 1|2|3|4 voor', 'onvoldoende voor', 'zit in de ggz', 'in therapie',
    'zit bij jeugdzorg', 'is opgenomen', 'is|werd ~1 geschorst', 'van school gestuurd|getrapt', 'was|got ~1 suspended|expelled', 'heeft een eetstoornis', 'staat onvoldoende', 'failed ~2 exam|class|maths|math|english|science', 'held back', 'kept back', 'blijft|blijven|bleef ~2 zitten',
  ],
  curse: [
    'krijg|krijgen|krijgt ~1 de kanker|tering|tyfus|pest|klere|kolere|pleuris|pokken|takke',
    'heb|heeft|hebben|had ~1 de kanker|tering|tyfus|pleuris|klere|kolere aan',
    'de kanker|tering|tyfus|pest|klere|pleuris|pokken ~2 krijgen|krijgt|krijg|kon|kan', 'kanker|kenker|tyfus|tering|pleuris|klere|kolere op', 'kanker|kenker|tyfus|tering|pleuris|klere|kolere toch|maar|nou|gewoon|lekker|jij|ff|even|dan op', 'rot ~1 op', 'rot toch op', 'hou|houd ~1 je bek|kop|smoel|muil',
    'go fuck yourself|yourselves|themselves|himself|herself', 'fuck off', 'fuck you|u', 'screw you',
    'shut the fuck up', 'stfu', 'kiss my ass',
  ],
  exclusion_group: [
    'terug naar ~1 hun|je|jullie ~1 eigen land', 'moeten ~2 terug naar', 'moeten|moet ~3 weg|eruit|verdwijnen',
    'moeten|moet ~3 het|ons|dit land uit', 'moeten|moet ~3 oprotten|opdonderen|opzouten',
    "shouldn't|shouldnt be allowed to", 'should not be allowed to', 'should be banned from', "shouldn't|shouldnt be in",
    'horen|hoort ~1 niet in|op|bij', 'moeten|mogen ~1 niet in de|het|onze|deze', 'horen|hoort ~1 op een ~1 speciale|aparte',
    'niet tussen normale', 'dit is nederland', 'moeten|mogen ~1 niet ~3 school|hier ~1 komen|zijn',
    'mogen|zouden ~2 niet ~3 lesgeven|stemmen|trouwen|werken|wonen', 'zou ~2 verboden moeten worden', 'horen ~2 niet op|in onze|deze', 'go back to ~1 your|their ~1 country',
    'horen hier niet', "don't belong here", 'stuur ze terug', 'send them back', 'eruit met',
    'uit ons land', 'out of our country', 'get out of our', 'omvolking', 'replace us',
  ],
  hypothetical: ['als ik ~4 zou', 'if i ~4 would', 'als ik wakker', 'if i woke'],
  photo_request: ['stuur|stuurt|send ~3 foto|fotos|foto\'s|fotootje|pic|pics|picture|pictures|selfie'],
};
