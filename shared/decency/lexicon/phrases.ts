/**
 * Multi-word expressions. Pattern syntax: words separated by spaces; `a|b` alternatives; a
 * trailing `*` matches a prefix; `~N` lets up to N other words come between (Dutch puts the verb
 * particle at the end: "steek ik je lek"); `~N,` also lets a comma come between, for the comma that
 * ends a conditional clause ("als ik je zie, ben je er geweest"); a last part `!a|b` says which words
 * may not follow the match. Otherwise a match stays within one clause, and always within one sentence.
 * A space always starts a new slot, so alternatives of several words go in parentheses:
 * `(no one|nobody) cares` (compile.ts expandGroups); `no one|nobody cares` would read "no", "one|nobody", "cares".
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
  | 'hate_trope' // hate without naming the group: the replacement conspiracy ("omvolking"), "zwarte apen"
  | 'hypothetical' // "als ik ... zou", "if I ... would": a thought experiment, not a plan
  | 'photo_request' // "stuur eens een foto", "send a pic": sexual only with sexual words nearby
  | 'grooming_cue' // "how old is she", "insta", "badpak": sexual only with attraction, an adult's age or a photo request
  | 'observed' // "saw you", "ik zag je": stalking only with details of someone's life around it (a place, a routine, clothes)
  | 'farewell' // "gave away my stuff", "you won't hear from me again": a care signal beside another farewell phrase
  | 'farewell_soft' // "thanks for everything", "vergeet me niet": counts only beside a 'farewell' phrase (so it is no trigger)
  | 'stock_insult'; // "if brains were dynamite …", "het IQ van een pinda": an insult said to someone wherever it stands in the sentence

/**
 * What someone who means to end their life writes when saying goodbye, and what a teacher leaving
 * for another school writes too: the soft ones count only beside a final one, and the rule wants two.
 */
export const FAREWELL_FINAL = [
  'laatste keer dat jullie|je|u ~2 van me|mij ~1 horen|hoort', 'laatste wat jullie ~2 van me horen', 'jullie horen ~1 niks|niets meer van me',
  "last time you'll|youll|you ~1 hear from me", "you won't|wont ~2 hear from me ~1 again", 
  'geef|geven ~3 spullen ~2 weg', 'spullen|kleren|games|knuffels|sieraden ~4 weggegeven|weggeven', 'spullen|kleren|games|knuffels|sieraden ~4 weg gegeven',
  'gave|given|giving ~2 away ~3 my ~1 stuff|things|clothes|games|belongings', 'gave|given|giving ~3 stuff|things|clothes|belongings ~1 away',
  'afscheidsbrieven', 'spullen ~2 verdeeld', '(goodbye|bye) ~1 for real|forever', 'niemand ~2 me ~1 meer ~1 te zien', "nobody ~2 have to see me ~1 again|anymore", 'brieven|brief ~4 geschreven ~4 iedereen|jullie', 
  "i'm|im ~1 done ~2 tonight", 'i am ~1 done ~2 tonight', "tonight ~2 i'm|im done", 'tonight ~2 i am done', 'at peace with it', 'finally at peace',
  "can't|cant|cannot ~1 do this anymore", 'kan dit niet meer', 'cut again', 'weer gesneden|gekrast', 'geen last meer van ~1 mij|me',
  "won't|wont have to deal with me",
  "won't|wont ~1 need|have ~1 to worry about me", 'mesjes ~2 uit ~2 puntenslijper|slijper|slijpers', 'pas openmaken als ik ~2 weg|dood ben', 'is het genoeg geweest', 'pillen van ~3 gevonden', 'wie wil ~1 mijn ~3 spullen|kleren|playstation|games|knuffels|sieraden|switch', 'tegen de tijd dat jullie|je ~1 dit lezen', 'by the time you read this', "you won't|wont see me ~1 again",
];
/** Said on any last day too ("thanks for everything", "eindelijk rust", "nice knowing you"): they count only beside a final one. */
export const FAREWELL_SOFT = [
  'nice|good knowing ~2 you', "won't|wont be around ~2 anymore", "won't|wont be around much longer", 'dit is mijn laatste post|bericht',
  'deleting|deleted|delete ~2 all my ~1 socials|accounts', 'mijn accounts|socials ~3 verwijderen|verwijderd|weg', 'hoef ~4 niet meer naar school',
  'klaar met alles', 'moe van alles', 'ik weet wat ik vanavond ga doen', 'nergens meer heen', 'sorry dat ik zo lastig|moeilijk ~1 was|ben', 'sorry for being ~1 such a ~1 burden|pain', 'hoeven|hoeft ~3 geen zorgen meer ~3 maken', 'sorry mum|mom|mam|mama|dad|pap|papa', 'voorgoed weg', 'gone for good', 'is beter zo', "it's|its better this way", 'ben ik er niet meer', 'waarom zou ik nog', 'eindelijk rust', 'tired of everything', 'kan het niet meer', 'het hoeft niet meer', 'hoeft het ~3 niet meer',
  'voelt|voel ~4 rustig|kalm', '(long sleeves|lange mouwen)', 'feel|feels ~3 calm|peaceful', 'heb er vrede mee', 'vrede mee gesloten', "don't|dont look for me", 'zoek ~1 niet naar me|mij',
  'dat ik er ~2 niet meer bij ben',
  'bedankt|dank ~1 voor alles', 'sorry voor alles', 'vergeet me niet', 'ik hou van jullie ~1 allemaal', 'doei allemaal', 'zorg goed voor ~2 mijn',
  'wat er ook gebeurt', 'thanks ~1 for everything', 'thank you ~1 for everything', 'sorry for everything', "don't|dont forget me", 'love you all', 'goodbye everyone|all', 'take care of my',
  'whatever happens', 'letters|letter ~3 to everyone', 'letters|letter ~2 for|to my ~1 family|parents|mum|mom|friends', 'brief|brieven ~2 voor|aan mijn ~1 familie|ouders|moeder|vrienden', 'this is goodbye', 'dit is ~1 afscheid', 'heb|heeft ~2 toch niet meer nodig', '(nobody|no one) ~1 cares|notices', 'niemand ~1 merkt|ziet ~1 het', "it's|its ~2 not your fault", 'it is ~2 not your fault', 'is niet jouw|jullie|jou schuld', 'is niet ~2 jouw|jullie schuld', 'so someone knows', 'zodat iemand het weet',
];

/**
 * Tropes that say "they" for the group: "ze fokken als konijnen", "it's in their culture". Said of a
 * pronoun they are hate too, unless animals are what the sentence is about (the hate rule checks).
 */
export const PRONOUN_TROPES = [
  'fokken|fokt ~1 als ~1 konijnen|ratten|beesten', 'breed|breeding|breeds ~1 like ~1 rats|rabbits|animals|cockroaches',
  'geweld|criminaliteit|stelen|liegen ~4 in hun|het ~1 bloed|genen', 'violence|crime|stealing ~4 in their ~1 blood|genes|dna',
];
/** Fixed tropes that praise as often as they blame ("gastvrijheid zit in hun cultuur", "sailing is in their blood"). */
export const TWO_WAY_TROPES = ['zit in hun ~1 cultuur|aard|bloed|genen !om', "it's|its in their ~1 culture|nature|blood|genes|dna !to"];


/**
 * Passing a clip or photo round ("stuur even door in de groep", "send it to the whole year"): bullying
 * only when the clip shows someone named in a moment of shame (crying, falling, in the changing room).
 */
export const SHARE_PHRASES = [
  'stuur|stuurt|sturen ~4 door', 'doorsturen|doorgestuurd', 'in de ~1 groep|groepsapp|klassenapp|klassengroep|groepschat|jaarlaag ~1 zetten|gooien|sturen|posten|delen',
  'send|post|share|drop ~2 it|this|that ~2 to|in|with ~2 everyone|everybody|group|year|chat|school|comments', 'post it in the comments',
  'naar heel de|het ~1 school|klas|jaarlaag', 'to the whole ~1 school|year|class|group',
];

/**
 * "Funny how the head of year drives a new Tesla right after the trip money went missing 🤔": a new
 * purchase is an accusation only beside money that went somewhere and a wink (defamation.ts).
 */
export const ENRICHMENT_PHRASES = [
  'nieuwe|new ~2 auto|car|tesla|boat|boot|bmw|mercedes|porsche|horloge|watch|keuken|kitchen|sneakers|telefoon|phone|iphone', 'fund|funds|funded ~2 his|her|their ~1 holiday|holidays|vacation|vacations|trips',
];

/** "Waarom moest meneer Smit zo plotseling weg? 👀": accusations only with the writer's wink (defamation.ts). */
export const LEFT_QUESTIONS = [
  'waarom ~8 weg moest|moesten', 'waarom moest|moesten ~8 weg', 'why ~4 had to leave ~3 last|previous|old ~1 school|job',
  'waar is|zijn ~2 geld ~2 nu|gebleven', 'where ~1 is|did|has ~1 the money ~1 gone|go|now',
];

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
    'verbrand|verbranden|verbrandt ~4 in de zon', '(burning|burn|burnt) ~4 in the sun',
    'could murder a|an ~1 pizza|burger|curry|pint|beer|coffee|tea|kebab|chippy', '(going to|gonna|is gonna) kill me !if|when|tonight|tomorrow|morgen|after|at|on|as|the|for|because|cause|cuz',
    'gestolen|gejat|stolen ~1 wordt|worden|werd|is|gets|got',
    'summa|magna ~1 cum laude', 'cum laude',
    'heart attack', 'hartaanval', 'word|wordt|werd ~3 gek van', 'go|goes|going|drive|drives|driving ~2 crazy',
    'dood|doodgaan ~1 van de|het|die hitte|lachen|kou|honger|dorst|verveling|schaamte|stress|warmte|zenuwen', 'verdwijnen|verdwijn|wegzakken|zakken ~1 onder een|de steen|grond', 'zie|zag|zien ~1 het ~2 niet ~1 meer ~1 zitten met', 'play|musical|gig|set|solo ~2 was|is ~1 sick|insane|fire', 'murder on ~1 my|the ~1 nerves|feet|knees', 'die|died|dying of ~1 embarrassment|shame|laughter|boredom|cringe', 'in de gaten met', 'pik|pikt|pikken|pikte ~3 op', 'door de grond ~1 zakken|zakte|zak', 'burn|burned|burnt ~1 out', 'burnout|burnouts', 'bent er geweest met|en|toen|al|ook|dus', 'kreeg|kregen ~3 kogel door ~2 hoofd|kop', 'suicide squad|mission|missions|doors', 'afloop|daarna|toen|vervolgens|we|wij|jullie dronken', 'dronken ~2 koffie|thee|limonade|bier|wijn|chocomel|water|ranja|fris|cola', 'trash talk|talking|talker', 'onnozele kinderen|kinderendag', 'geen vrienden nodig', "if you have no friends", 'ik stop niet voordat|totdat|tot', 'een bom geld|duiten', 'bullet point|points', 'water gun|guns|pistol|pistols', 'drop dead gorgeous|beautiful|gorgeous|on|in', 'shoot your|my|his|her|their shot',
    'ga|gaat|ging|gaan dood van', 'doodgaan van', 'schaam ~2 dood', 'lach ~2 dood', 'lachen ~2 dood',
    'schiet|schieten|schoot op', 'schiet ~3 op', 'schieten ~3 op', 'killing|killed|kill|slay|slayed|slaying it',
    'killing me', 'killed me', 'to death', 'kill time', 'dying to', 'dying of', 'murder that|this beat|song',
    'dood ~1 van schaamte|verveling|ellende|stress|schrik', 'dodelijk saai|vermoeiend', 'doodmoe', 'doodop', 'dood moe', 'in de steek', 'slaat ~2 op',
    'slaat nergens op', 'dead tired', 'dressed to kill', 'killer',
    'song|track|beat|game|goal|trick|show|party|match|concert|mural|painting|drawing|art|view|photo|pic|video|performance|dance|outfit|fit|edit ~2 is|was|looks ~2 sick|insane|fire|killing|crazy',
    'de pijp uit', 'een moord doen', 'moordend', 'moord ~1 zwaar',
    'een beest|monster|moordenaar|killer in|op|met', 'a beast at|on|in', 'een monster in|op', 'hart|harten|heart|hearts|show ~1 gestolen|stolen', 'gestolen|stole|stolen|steals|stealing ~2 hart|harten|heart|hearts|show',
    'is|werd|zijn|was|were|got|get ~1 gestolen|gejat|stolen', 'afval ~4 gooien|weggooien|scheiden|opruimen|prikken|straat', 'the worst at', 'de slechtste in', 'spotted dick', 'dood graag', 'doodgraag', 'bitch please', 'slaat|sla|slaan|sloeg ~4 spijker op ~2 kop', 'spijker op ~2 kop', 'moord zeg ik', 'er kapot van', 'kapot van', 'was|is moord', 'nie|niet lulle|lullen maar poetse|poetsen', 'zelfverdediging', 'bite|bit|biting the bullet', 'zure appel', "i'm|im ~1 dead", 'i am dead', 'ik ben dood', 'ik ga dood', 'sick kickflip|trick|goal|shot|save', 'gestoord|ziek goed|streng|mooi|lekker|hard|snel|grappig|knap|sterk', 'crazy|insane|ridiculously|absurdly talented|skilled|gifted', 'insane|crazy for this ~1 edit|cover|one|song|video|clip', 'als ~1 heks|heksje|duivel|zombie|clown|monster|spook|vampier|piraat ~3 verkleed|verkleedt|verkleden|verkleedde', 'verkleed|verkleedt|verkleden|verkleedde ~2 als ~1 heks|heksje|duivel|zombie|clown|monster|spook|vampier', 'dressed|dress ~1 as ~1 witch|devil|zombie|clown|monster|vampire|ghost', 'sukkel|stommerd|idioot|kluns|oen|dombo|suffie als ik ben', 'savage|beast|monster|animal on the court|field|pitch|ice|track', 'blue|great|coal tit|tits', 'kill yourself|yourselves|myself over', 'elkaar plagen', 'plagen ~1 elkaar',
    'smerig|gestoord|ziek|vies|vet|sick|insane ~1 goed|mooi|lekker|good', 'stichting tegen kanker', 'convicted|jailed|sentenced|veroordeeld ~4 fraud|theft|stealing|murder|assault|fraude|diefstal|moord|mishandeling|robbing|robbery', 'sick|insane|wicked|filthy|nasty ~1 tattoo|trick|goal|shot|move|song|beat|track|outfit|fit|car|bike|skills|photo|pic|view|drawing|performance|play|save|dunk|dance|vibes|edit|video|solo|riff|kicks|shoes|hair|haircut|cut|design|build',
    'sick|insane|cracked|nasty at', 'so sick', 'is|was sick ~1 bro|man|mate|dude', 'ziek|zieke|vieze|smerige ~1 goal|actie|solo|trick|beat|nummer|tattoo|outfit|fiets|auto|schoenen|dans|video|foto|save|pass|assist|dribbel', 'litter|trash|garbage ~3 street|bin|throw|pick', 'stichting kanker', 'cancer|kanker free|vrij', 'kankervrij',
    'shot|shoot|shoots|shooting down ~2 idea|ideas|proposal|plan|suggestion',
    'hang|hangs|hanging|hung out|around|loose|tight', 'hang in there', 'hang|hangs|hanging on|with', 'hang|hangs|hung up on', 'hang|hung up the ~1 phone|call',
    'my|his|her|your|their|our|first|big|huge|secret|celebrity|school ~1 crush|crushes', 'crush|crushing on', 'crushing hard',
    'is|am|are|was|were|feel|feels|felt|feeling hurt', "he's|she's|hes|shes|they're|theyre|i'm|im|we're hurt", 'is|was|got|feel|felt badly|really|so hurt', 'get|gets|got|getting crushed|destroyed|demolished|wrecked|rekt', 'sleep when ~2 dead',
    'feel|feels|felt|feeling attacked', 'hang in', 'stab|stabs|stabbed|stabbing ~2 in the back !of|with', 'mes in de rug', 'heart|heat|panic|asthma|anxiety|personal attack|attacks', 'false flag attack|attacks',
    'pussy hat|hats',
    'after|since|of ~1 the|that ~1 school|mass shooting', 'to fool', 'fool|fooling|fooled you|me|us|them|anyone|anybody|everyone|nobody|people|yourself|himself|herself|themselves',
    'fake news', 'knee jerk', 'melt down', 'shoot|shooting|shot the|a|some|our|their|your|class|team|group|new ~2 photo|photos|pics|picture|pictures|video|videos|film|scene|portrait|portraits|footage|yearbook', 'gross ~1 error|errors|negligence|misconduct|income|profit|margin|weight|domestic', 'school|mass shooting victims|victim|survivors|survivor|drill|drills', 'prayers ~8 shooting',
    'ballonnen|ballon|luchtbed|luchtbedden|zwembandjes|strandbal ~2 opblazen|opgeblazen|blazen', 'opblazen|blaas|blaast ~3 ballonnen|ballon|luchtbed|zwembandjes', 'hang|hanging|hung ~2 letters|posters|pictures|drawings|decorations|banners|flags|lights|bunting|washing|coats', 'burn|burned|burnt|burning the midnight oil', 'shoot ~2 email|message|text|dm|line|mail',
    'pussy willow|willows', 'horny toad|toads', 'ball cock|cocks',
  ],
  neg_emote: [
    'maak|maakt|maken|maakte|maakten ~1 me|mij ~2 ziek|misselijk|kotsmisselijk|onpasselijk|boos|woedend|pissig|kwaad', 'word|wordt ~3 misselijk|kotsmisselijk|onpasselijk van',
    'word|wordt|worden ziek van', 'ben|is|zijn ~2 het zat|beu', 'zat om', 'koken van woede',
    'vullen|vult ~1 me|mij met', 'make|makes|made ~1 me ~2 sick|furious|angry|boil|mad',
    'sick of', 'fed up with', 'sick and tired', 'boil with anger', 'fill ~1 me with',
    'kan|kun|kunnen ~3 niet uitstaan|luchten', "can't|cannot|cant stand",
  ],
  neg_attrib: [
    'sneu|sneue|triest|trieste ~1 mannetje|ventje|figuur|type',
    
    'stuk vreten|chagrijn|ongeluk|onbenul', 'dom|domme|stom|stomme|vals|valse|zuur|zure|vies|vieze ~1 mens|wijf|koe|trut',
    'zuipschuiten|zuipschuit|zuiplappen|zuiplap',
    'drain on ~1 society|us', 'drain on the country', 'kosten ~2 alleen maar geld', 'only cost ~1 us ~1 money',
    'ziek|gestoord|verneukt ~1 in hun|het|zijn|haar|de hoofd|kop', 'sick|fucked|messed ~1 in the head',
    'verpesten|verpest|verpestten|verpestte ~4 school|wijk|buurt|stad|land|straat|klas', 'ruin|ruined|ruining|ruins ~3 every|this|the|our ~1 neighbourhood|neighborhood|country|school|city', 'is|zijn ~2 een ~1 stoornis|afwijking', 'is|zijn ~2 een psychische ziekte|stoornis', 'moeten|moet ~2 genezen worden', 'need|needs ~1 to be cured', 'is|are ~1 a ~1 mental ~1 illness|disorder', 'waste of oxygen|air|space|skin', 'zuurstofverspilling', 'pathetic excuse for a|an', 'te emotioneel|zwak|dom om', 'too emotional|weak|stupid|dumb to', 'brain dead', 'braindead',
    'control ~1 the ~1 media|banks|world|everything',
    'een gevaar voor', 'gevaar voor', 'een bedreiging voor', 'bedreiging voor', 'a danger|threat to',
    'danger|threat to', 'geen ~1 mensen|mens', 'not human', 'niet menselijk', 'minder waard', 'worth less',
    'lesser beings', 'mindere wezens', 'onmenselijke wezens', 'subhuman creatures|beings',
    'waste of space', 'zo leeg als je|jouw ~1 hoofd|kop', 'find ~3 ass with', 'brain of a', 'piece|sack of ~1 shit|garbage|crap|trash', 'what a tool', 'bunch of ~2 clowns|idiots|morons|clueless', 'iq van een', 'intellect van een', 'should have swallowed you', 'hersenloze kip', 'ouwe|oude zak', 'waste of oxygen|air', 'iq of a', 'sit down ~1 clown', 'pizza face', 'sad little man', 'laughing at you behind', 'verspilling van ruimte', 'te veel ~4 in dit|ons land', 'too many ~4 in this|our country',
    'een last voor', 'last voor de maatschappij|samenleving', 'a burden on|to', 'beheersen|controleren alles', 'beheersen|controleren de media|wereld|banken|geldwereld',
    'control the media|world|banks|everything', 'horen|hoort niet te', 'should not be allowed', 'shouldnt be allowed',
    'mogen niet stemmen|studeren|werken', 'houden ~3 klas|les|rest|iedereen ~3 op', 'slow ~3 everyone|everybody|class|us|rest ~1 down', 'leech|leeching|leeches ~1 off', "it's|its ~1 ruined", 'verpesten|verpest|verzieken|verziekt ~2 het|alles ~2 voor', 'hold ~3 class|everyone|everybody back',
    'are a drain', 'zijn een last', 'niet eens een mens', 'not even human', 'belong in the kitchen', 'horen in de keuken',
    'reading comprehension of a|an', 
    'personality of a|an ~1 wet|damp|soggy|brick|potato|rock|plank', 'personality of wet|damp|soggy|cardboard', 'wat een clown|kneus|prutser',
    'spine of a|an ~1 wet|jellyfish|noodle|worm', 'awareness of a|an ~1 goldfish|potato|brick', 
    'uitstraling|persoonlijkheid|charisma van een ~1 natte|dooie|dode ~1 sok|vis|dweil',
  ],
  derog_fixed: [
    ...PRONOUN_TROPES, ...TWO_WAY_TROPES, 'always know|knows where the money is', 'weten ~2 altijd ~2 waar het geld',
    'bring|brings ~2 nothing but ~1 trouble|problems|crime', 'brengen|brengt ~2 (niets dan|niks dan|alleen maar) ~1 problemen|ellende|criminaliteit|overlast', "who|who's|whos ~2 gonna|going ~2 make ~2 sandwiches|sandwich", 'ziek|zieke|gestoord|gestoorde ~1 gedrag',
    // Power tropes: said of a group, they are hate; said of one person ("heeft hier alles in handen") nothing.
    'hebben ~3 overal de macht', 'hebben ~2 alles in handen', 'hebben ~2 de macht',
    'typisch|typical joden|moslims|marokkanen|turken|polen|vrouwen|buitenlanders|allochtonen|zigeuners|surinamers|antillianen|chinezen|jews|muslims|women|gypsies|immigrants|travellers',
    'lock up your ~1 bikes|stuff|things|valuables', "can't|cannot|cant drive", 'typical black|asian|muslim|jewish|mexican|indian|gay ~1 guy|man|woman|girl|person|people', 'they never change', 'man in a dress', 'come here for ~1 benefits', 'komen hier ~2 voor ~1 uitkering', 'zitten achter alles', 'aan de touwtjes ~1 trekken|getrokken|trekt', 'pull|pulling|pulled the strings', 'overal hun ~1 handen|vingers in', 'end up running|controlling ~1 things|everything', 'runs|run the banks', 'moeten genezen worden', 'kunnen ~2 niet autorijden',
    'deugen ~1 niet', 'niet in staat om', 'hun tijd ~1 gehad', 'dragen ~3 niets|niks bij', 'verspilling van belastinggeld', 'uit de buurt blijven', 'moeten ze ~2 buitengooien', 'niet op gewone scholen', 'hou|houd ~1 je fiets|spullen|tas|portemonnee|portemonnees|tassen|geld ~2 vast',
    'zit in hun|het ~1 bloed|genen|dna', "it's|its in their ~1 blood|genes|dna", 'beheersen|controleren|bezitten ~2 banken|media|wereld',
    'control|own ~2 the ~1 banks|media|world', 'run|runs|control|controls|own|owns everything', 'runnen|controleren|bezitten alles',
    "too many ~2 in|at ~1 this|our|my ~1 school|class|country|city|neighbourhood|neighborhood|team|street ~3, that's|thats|this|which ~1 why",
    'too many ~2 in|at ~1 this|our|my ~1 school|class|country|city|neighbourhood|neighborhood|team|street ~3, no wonder',
    'te veel ~2 in|op ~1 deze|onze|mijn|de ~1 school|klas|land|stad|buurt|wijk|team|straat ~3, daarom|vandaar|dus',
    'teveel ~2 in|op ~1 deze|onze|mijn|de ~1 school|klas|land|stad|buurt|wijk|team|straat ~3, daarom|vandaar|dus', 'regelen|regelt ~2 alles met geld',
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
    'zijn ~3 uitgeroeid', 'geen medelijden', 'geen vinger uitsteken', 'niet op een gewone school|klas',
    "never met a|an ~1 who|that wasn't|wasnt|isn't|isnt|didn't|didnt", 'nog nooit een ~2 gezien|ontmoet die niet',
    'zaten ~2 nog ~1 in de bomen', 'terug ~2 naar de apenrots|bomen|jungle', 'terug ~2 naar hun|je|jullie ~1 apenland|bananenland|bananenrepubliek|woestijn|zandbak|hutje|hutten|lemen', 'horen|hoort gewoon|echt|toch|maar in de keuken', 'hoort|horen in de keuken', 'horen|hoort ~2 in een ~1 instelling|gesticht|inrichting|kooi|dierentuin', 'regelen|bepalen|controleren|runnen ~2 alles ~3 achter de schermen', 'slot op je fiets', 'tel je kinderen', 'moeten|moet ~2 van ~1 kinderen|kids ~1 afblijven', 
    
    'touwtjes ~2 in handen', 'terug de boom|bomen in', 'zolang ze het ~2 binnenshuis|thuis houden',
  ],
  threat: [
    'ik prik je ~1 als',
    'bag for your teeth',
    'getting|get|gets ~1 their|your|his|her|ur ~1 teeth ~1 knocked|kicked|smashed', "better hope ~1 i|we ~1 (don't|dont) ~1 see",
    'schiet|schieten ~5 overhoop',
    'breaking|snap|snapping ~1 your|ur|his|her ~1 jaw|nose|teeth', 'burn ~3 mosque|mosques|church|churches|synagogue|synagogues|temple ~1 down', 'steek|steken ~3 moskee|moskeeen|kerk|synagoge ~3 (in de fik|in brand)',
    'je|jouw tanden ~1 liggen ~1 op straat',
    'bring|brings ~1 a ~1 knife|gun|weapon ~2 to !cut|slice|spread',
    'shoot up the ~2 school|assembly|gala|prom|party|disco', 'shoot up the open day',
    'trap|sla|schop ~2 je|jouw ~1 tanden|kop|hoofd|bek ~3 uit|in', "someone's|someones|somebody's ~1 bringing ~1 a gun|knife",
    'shoot up ~1 the|this ~1 school|place|class', 'neem|neemt ~3 een|mijn|m\'n mes|pistool|wapen|vuurwapen ~3 mee', 'bring|bringing ~1 a knife|gun|weapon ~2 to school',
    "break ~1 your ~1 legs|arms|neck|nose|face|jaw|bones", 'breek ~3 je|jouw ~1 benen|armen|nek|neus|kaak|botten',
    'steek|steken|steekt ~3 lek|neer|dood|overhoop', 'schiet|schieten ~3 neer|dood|overhoop|kapot',
    'sla|slaan|slaat|mep|meppen|ram|rammen|trap|trappen ~3 in elkaar', 'sla|slaan|slaat|mep|meppen|ram|rammen|trap|trappen ~3 verrot|kapot|dood|bont',
    'in elkaar slaan|trappen|rammen|meppen|timmeren', 'breek|breken ~2 zijn|haar|je|jouw ~1 benen|armen|nek|neus|kaak', 'neem|neemt|breng|brengt ~5 geweer|mes|pistool|wapen|vuurwapen ~3 mee naar ~1 school', 'ik|we|wij maak|maken ~2 je|jou|hem|haar af', 'maak|maken ik|we|wij ~1 je|jou|hem|haar af', 'ik|we|wij maak|maken ~2 je|jou|hem|haar dood', 'krijgt|krijg ~1 een klap voor ~1 je|jouw|zijn|haar|d\'r|z\'n kop|bek|harses|smoel', 'dan vallen er klappen', 'maak|maken ik|we|wij ~1 je|jou|hem|haar dood',
    'je|jou|hem|haar afmaken', 'nek|nekken ~6 omdraaien|breken', 'breek|breken|brak ~3 nek|nekken|benen|been|arm|armen|kaak|neus|botten|vingers',
    'sla|slaan|slaat|trap|trappen ~3 kop|hoofd|gezicht|tanden|schedel|hersens|hersenen|smoel|bek ~1 in|kapot|eruit', 'put|putting ~1 a bullet in', 'te grazen nemen', 'een lesje leren',
    'verdient|verdienen|deserves|deserve ~2 een|a kogel|kogels|bullet', 'verdient|verdienen|deserves|deserve ~2 een|a bom|bomb',
    'keel|kelen ~6 doorsnijden|doorgesneden|doorsnijd', 'keel|kelen ~6 door te snijden', 'throat|throats ~3 cut|slit', 'leven|levens ~4 beeindigen', 'end ~3 life|lives', 'snap|break|snapped ~2 neck|necks',
    'cut|slit ~3 throat|throats', 'in de fik', 'in brand steken', 'op de brandstapel',
    'burned|burnt at the stake', 'set ~2 on fire', 'een einde ~1 maken aan', 'put an end to',
    'get rid of', 'ontdoen van', 'pijn doen', 'laten lijden', 'make ~2 suffer', 'beat ~2 up',
    'beat the shit out', 'door mijn handen', 'at my hands', 'gruwelijke dood', 'horrible death',
    'overhoop schieten', 'opblazen', 'blow up', 'shoot up', 'school shooting', 'zien lijden',
    "i'll|ill|i'm|im|we'll|we're ~2 put|putting ~1 you|u|him|her|them ~1 in ~2 hospital|coma", 'ik|we|wij hang|hangen je|jou|jullie op', 'hang|hangen ~1 hem|haar|ze ~1 op aan ~2 boom|bomen|paal|lantaarnpaal|doelpaal|galg|touw', 'hang|hangen je|jou|jullie op ~3 aan',
    'beat|punch ~3 face|head|teeth ~1 in', 'bash|bashes|bashed|smash|smashes|cave|caves ~3 skull in', "i'll|ill|gonna|going ~3 crush|cave|smash ~2 skull|skulls|head",
    'see ~2 suffer', 'brain you', 'bash ~2 head', 'van ~2 dak|flat|brug ~3 gooien|gegooid|duwen|geduwd',
    'throw|thrown|push|pushed ~3 off ~2 roof|bridge|building|cliff',
    'prik|prikken|prikt ~3 lek|neer', 'smash ~3 face|head|teeth ~1 in', 'break ~2 his|her|your|ur|their ~1 arm|arms|leg|legs|neck|nose|jaw|fingers',
    'jump|jumping ~1 that|this ~1 kid|boy|girl|guy|dude|teacher', 'stab ~1 whoever|anyone|everyone', 'burn ~4 to the ground',
    "you'll|youll|you ~2 end up in ~1 hospital", 'torch|torched|torching ~3 car|house|home|him|her|you', 'with him|her|you still in it',
    'moet|moeten ~3 in elkaar geslagen|getrapt|geschopt ~1 worden', 'moet|moeten ~3 afgemaakt|vergast|uitgeroeid|gelyncht|neergeschoten ~1 worden',     'de zee in duwen', 'terug de zee in',
    'waiting ~5 with a|my bat|knife|gun|crowbar|hammer', 'iets ontploffen', 'bring|bringing ~1 a knife|gun|weapon ~3 school',
    'sla|slaan|slaat|trap|trappen ~4 tanden ~3 uit', 'draai|draait ~4 nek|nekje om', 'kiri yu', 'mi o kiri',
    'find you and break', 'break every bone', 'bring petrol', "get what's|whats coming", 'make them all pay', 'bring something to school',
    'better pray', 'need an ambulance', 'slap the taste out', 'smash ~1 his|her|your|ur|their ~1 face|head ~1 in', 'brick through ~2 window', 'een kogel krijgen', 'moet ~2 kogel krijgen',
    'kopje kleiner maken', 'tegen de muur zetten', 'aan de ~1 lantaarnpaal|paal ~1 hangen|ophangen', 'op ~1 je|uw|jouw ~1 smoel|bek ~1 slaan|geslagen',
    'getting|get|got jumped', 'jump you', 'smash ~1 your|ur ~1 face|head|teeth',
    'trek|trekken ~3 armen|hoofd|tanden|ogen|kop ~1 eruit|uit', 'steek|steken ~2 huis|auto|school|schoolgebouw|gebouw|tent|boel|kantine|aula ~3 (in de fik|in brand)',
    // The school itself as the target: "ik blaas de school op", "schiet de hele tent overhoop".
    'blaas|blazen|blaast ~2 school|schoolgebouw|gebouw|tent|boel|aula|kantine ~1 op', 'schiet|schieten ~3 school|klas|tent|boel|kantine|aula|gymzaal ~1 overhoop|neer|leeg', 'schiet|schieten ~4 aan flarden|gort',
    'burn ~4 to the ground', 'neem|neemt|meenemen|nemen ~5 jachtgeweer|vuurwapen|machinegeweer ~4 mee', 
  ],
  threat_warning: [
    'meer in brand dan', 'see what happens to your ~1 windows|car|house|bike|tyres|tires', 'banden|autobanden ~3 beter ~2 checken|controleren', 'voor minder ~3 klap|klappen|pak slaag ~1 gehad|gekregen',
    
    
    'list of ~3 people ~4 hurt|kill|shoot|stab', 'lijst ~4 wie ik ~3 pakken|pak|neersteken|neerschieten',
    'je weet niet wie ik ken', "you don't|dont know who i know",
    'oppassen|opletten als ~1 hij|ze ~3 naar ~2 huis|auto|fiets ~1 loopt|fietst|rijdt|gaat',
    
    'say that to my face ~2 see what happens',
    'burn ~4 down with ~2 inside', 'in de fik ~4 met ~2 erin|binnen', 'je ~2 tanden ~2 bij elkaar|bijeen ~1 rapen|zoeken|vegen', 'je ~2 tanden van de straat ~1 rapen|vegen', 'wie weet is het ~1 de|je|jullie|zijn|haar laatste !keer|time|kans|editie|voorstelling|jaar', 'shame if ~4 had ~2 engine|brake|brakes ~1 trouble|failure|problems', 'see what happens when ~3 walk|walks|cycle|cycles|go|goes ~1 home', 'shame|pity|zonde|jammer ~3 if|als ~3 something|iets ~3 happened|happens|gebeurt|gebeurde|overkwam|overkomt', 'zou ~5 niet naar school komen als ik jou|jullie|u', "wouldn't|wouldnt come to school ~4 if i were|was",
    'is het klaar met je|jou', 'gaan|gaat ~1 je|jou ~1 vinden', 'blijf ~2 thuis als je slim bent', 'wordt er ~2 geknald|geschoten',
    'mark my words', 'will make ~3 pay', 'dan ben je dood', 'gaan|zullen ~2 boeten', 'niet bij praten blijft',
    'if you want to live', 'als je wilt blijven leven', 'als je ~1 wil|wilt leven', 'let maar goed op', 'wij|we weten ~2 welke route', "we'll|well find you", 'we will find you',
    'na school ~4 ben je dood', 'morgen ~4 ben je dood', "you're|youre dead after school", 'je bent dood na school',
    'pas maar op', 'pas ~1 op voor', 'kijk maar uit', 'kijk ~1 uit', 'watch your back', 'watch out',
    "you'll|youll regret", 'you will regret', 'je|jij|jullie gaat|gaan eraan', 'let maar op',
    'krijg|krijgt je ~1 klappen|slaag', 'krijgt|krijgen klappen', 'krijg|krijgt je ervan langs', 'iets ergs ~2 gebeuren', 'er gaat ~2 iets gebeuren', 'gaat er ~2 iets gebeuren',
    'ik|we weet|weten waar je|jouw|jij|zijn|haar|hij|zij|hun|u|uw ~2 woont|woon|wonen|staat|slaapt|werkt|parkeert|fietst', 'je bent er geweest', 'je bent dood',
    "you're|youre dead", 'you are dead', 'ik pak je', 'we pakken je', 'ik krijg je', 'we krijgen je',
    "i'll|ill get you", "i'm|im coming for you",
    'je|jouw ~1 ruiten|ramen ~2 eruit|kapot|ingegooid', 'pak rammel|slaag', 'steek|steken ~3 tent|boel ~3 (in de fik|in brand)', 'er ligt|liggen ~2 een ~1 bom|bommen in|op|onder',
    'oppassen|uitkijken als ze|hij ~4 alleen naar huis',
    "don't|dont say you weren't|werent warned",
   
    'maar ~1 oppassen|uitkijken als ik jou|u was',
    'shame if ~2 something|anything happened|happens to your|his|her',
    'wachten ~3 op bij', 'wachten je op', 'wacht je op', "we'll be waiting", 'we wachten je op',
    'dan zal je wat beleven', 'je krijgt klappen', 'klappen krijgen', 'een pak slaag', 'je bent gewaarschuwd',
    "you've been warned", "i'll|ill|gonna|going|we'll ~2 make ~1 you|u ~1 regret !missing|not|skipping|buying|ordering|eating|coming",
    "you'll|youll ~1 get hurt if you ~2 tell|snitch|talk|say", 'you will get hurt if you ~2 tell|snitch|talk|say',
    'dan komt er ~1 een schietpartij', 'school|gebouw|tent ~3 verdient|verdienen ~4 af te branden', 'hoop dat ~3 school|gebouw|tent ~4 afbrandt|ontploft|instort', 'komt er ~2 schietpartij', 'er komt ~2 schietpartij', 'ik weet waar je woont', 'ik weet waar je fiets staat',
    'je|jij bent ~2 morgen|straks|vanavond ~3 dood', 'niet meer heel thuis', 'kijk maar eens achter je', 'ben je nog niet jarig',
    'een lesje te leren', 'ervoor boeten', 'me and the boys ~2 waiting',
    'en je ligt ~2 in het ziekenhuis', 'lig|ligt je ~2 in het ziekenhuis', "you're|youre ~3 dead",
    'watch his|her|their|ur back', 'die|hij|zij ~1 gaat het merken', 'zal|zullen ~3 merken hoe het voelt',
    'gebroken neus|kaak|arm|been|benen ~2 naar huis', 'vinden we ~3 keertje', 
    'getting|get|gets ~3 head|face|teeth ~1 kicked|bashed ~1 in', 'see how brave|tough|hard you are then', 'see what happens to you|him|her', 'hope nothing happens to your|his|her car|house|windows|bike|tyres|tires|family|kids',
    'niks|niets meer te verliezen',
    'wie er ~3 grote mond|bek heeft', 'nog ~2 grote mond|bek heeft|hebt|heeft',
'wordt het geen gezellig gesprek', 'stop being polite', "won't|wont like what happens", 'niet meer rustig naar huis',
    'lopen jullie|je|hij ~1 mank', 'een paar man voor ~2 deur', 'remmen het ~2 doen',
   
   
    
    'wacht maar tot ~10 ben je ~1 de|het ~1 sjaak|lul|pineut|klos',
    'bringing|bring ~3 rifle|shotgun|pistol|handgun ~3 school|office|work|class',
    
    'shoot|shoots|shooting up ~1 this|the|our|that|your ~1 place|school|building|class|campus',
    
    'als|zodra ik je|jou ~4 zie|tegenkom|pak ~2, ben je er geweest', "won't|wont|will not be a drill", 'krijg je|jij ~1 een kogel', 'snij|snijd ik|we ~1 je|jouw|zijn|haar keel door', 'ik|we snij|snijd ~1 je|jouw|zijn|haar keel door', 'trap|schop ~6 uit ~2 rolstoel', 'tot zinken ~1 brengen', 'beat|beats|beating the shit ~1 out of', "i'll|ill|gonna ~6 end him|her|you", 'ill|i\'ll|will|gonna ~2 put|send you in|into ~1 the|a hospital', 'sla|slaan|schop|schoppen ~2 je|jou|hem|haar ~1 het ziekenhuis in', 'als|zodra ik je|jou ~4 zie|tegenkom|pak ~2, ben je dood',
  ],
  die_wish: [
    'laat ze ~1 maar|gewoon|lekker|allemaal ~1 verzuipen|verdrinken', 'laat ze verzuipen|verdrinken',
    'sterf|crepeer ~1 langzaam|eenzaam', 'i hope ~4 die|dies ~1 slowly|painfully', 'die slowly you|u|and', 'hoop|hope ~8 brandende|burning ~1 bus|auto|huis|car|house|vliegtuig|plane', 'hang ~3 from the|a ~1 nearest ~1 tree|lamppost', 'aan de dichtstbijzijnde ~1 boom|lantaarnpaal',
    'verdien|verdient|verdienen ~3 te sterven|lijden|sterf', 'deserve|deserves ~2 to die|suffer|death', 'deserve|deserves ~2 be beaten|hanged|killed|hurt|lynched|gassed', 'aan de hoogste boom ~2 hangen|ophangen|opknopen|opgeknoopt',
    'dood aan', 'death to', 'moet|moeten ~4 kogel krijgen', 'hadden ~4 maar ~2 vergast', 'moeten ~3 vergast ~1 worden', 'beter af ~1 zonder', 'enige oplossing', 'only solution', 'niet illegaal', 'not be illegal',
    'gedecriminaliseerd', 'decriminalised|decriminalized', 'better off without', 'allemaal dood', 'all be dead',
    'zouden ~3 dood zijn', 'would ~3 be dead', 'moet|moeten ~2 dood', 'should ~2 die|be dead',
    'hoop dat ~4 dood|sterft|sterven', 'hoop dat ~4 ongeluk|kanker|tyfus|tering|ziekte ~1 krijgt|krijgen', 'hope ~4 get ~2 accident|cancer|hit', 'hope ~6 gets ~2 cancer|hit|run', 'hope ~3 plane ~2 goes down|crash|crashes', 'hope ~3 plane ~1 crashes', 'hope ~2 your|ur ~1 bus|car|train ~1 crashes|crash', 'hoop dat ~4 onder een|de ~1 bus|trein|auto ~1 komt|komen|loopt|lopen', 'deserves a rope', 'run ~3 over honestly', 'hoop dat ~4 neerstort|verongelukt|verzuipt|verdrinkt',  'in de fik vliegt', 'het gas in', 'kogel door ~2 hoofd|kop', 'somebody|someone needs|should ~2 shoot|kill|stab|hang', 'bullet ~3 head|brain', 'aan het gas', 'to the gas', 'ratten|kakkerlakken|ongedierte|tuig|uitschot|parasieten ~3 opgeruimd|uitgeroeid|vergast ~1 worden', "should've|shouldve ~1 been aborted", 'should have been aborted', 'hadden ~3 geaborteerd ~1 moeten worden', 'hope ~4 dies|die', 'wou dat ~4 dood', 'wish ~4 dead|died',
    'kunnen ~3 de kanker|tering|tyfus krijgen', 'can ~3 get cancer',
    'kogel door de|je ~1 kop|kanis|harses', 'bommetje ~1 onder ~1 de|zijn|haar|je|z\'n ~1 auto', 'een bom onder ~1 de|zijn|haar|je|z\'n ~1 auto', 'be dragged out and shot', 'hang the|all ~1 traitors|politicians|mps', 'klap voor ~1 zijn|z\'n|de|je|haar ~1 kop|harses|bek ~1 verdiend|verdient',
    'horen|hoort ~2 aan een|de lantaarnpaal|lantarenpaal', 
  ],
  suicide_incite: [
    'lange wandeling ~1 van|vanaf ~1 een ~1 hoog|hoge ~1 gebouw|flat|brug|dak !naar|tot|langs', 'long walk off a short pier|bridge|cliff',
    
    'jezelf ~2 opknopen|ophangen', 'knoop|knoopt ~1 jezelf ~2 op',
    'maak|maakt ~1 jezelf ~3 van kant', 'hang|hangt ~1 jezelf op', 'hang|hangt ~1 jezelf maar|toch|gewoon ~1 op', 'kill|kil yourself', 'kys',
    'ga|gaan dood', 'ga toch dood', 'ga ~1 lekker|maar|gewoon|effe|ff ~1 dood', 'val|vallen ~1 toch|maar|lekker|gewoon|effe|ff ~1 dood', 'val dood', 'go die', 'go kill yourself', 'drink bleach',
    'spring ~3 voor de trein', 'spring ~3 van ~1 brug|dak|flat', 'jump off ~2 bridge|cliff|roof|building',
    'snij|snijd ~2 polsen', 'slit|cut ~1 your|ur wrists', 'beter|fijner ~4 als jij|je er ~2 niet meer was|bent', 'better ~4 if you ~2 were|was ~1 gone|dead', 'doe jezelf ~2 wat aan', 'niemand zou je missen', 'nobody would miss you', 'no one would miss you',
    'waarom leef je nog', 'why are you still alive', 'had nooit geboren', 'never been born',
    'neck yourself', 'end yourself', 'hang yourself', 'ga je toch ~1 ophangen', 'ga je ophangen', 'ga je maar|lekker|gewoon|nou|ff|even|effe ~1 ophangen', 'ga jezelf ~1 ophangen', 'niemand gaat je missen', 'nobody will miss you', 'no one will miss you', 'kill jezelf', 'maak jezelf ~1 dood', 'bring jezelf ~1 om',
    'sterf toch|maar', 'should ~2 kms', 'just kms', 'zoals jij ~4 eind aan maken', 'unalive ~1 urself|yourself|yourselves', 'van kant maken', 'niemand zal je missen', 'plezier en ga dood', 'favor and die', 'favour and die',
    
  ],
  exclusion: [
    'ga ~3 alleen eten',
    
    'niemand ~1 invite|inviten',
    'niemand mag ~2 met haar|hem|jou|je ~1 praten', '(nobody|no one) ~4 wants you ~1 here',
    'niemand ~2 zit|zat|zitten ~1 naast|bij|met', 'everyone|everybody|iedereen ~4 report|reporten|rapporteren|blokkeren|block ~2 her|him|haar|hem|account|page|pagina', "(let's|lets) ~1 all ~1 report|block|unfollow", 'allemaal ~3 reporten|rapporteren|ontvolgen', 'only ~3 because|cause|cuz|coz ~1 we ~1 feel sorry',
    'zou je ~2 beter ~2 verdwijnen', 'niemand praat ~1 meer tegen',
    'nobody|niemand wants|wil ~1 them|him|her|jou|je|hem|haar ~3 at|bij|op', 'niemand gaat ~1 naast ~3 zitten',
    'everyone|everybody a favour|favor ~4 stay|stayed|stays ~1 home|away', 'iedereen een plezier ~3 blijf|ga|kom ~2 thuis|weg', 'tegelijk ~1 weglopen', 'always a gap next to',
    'doe de wereld een plezier ~6 niet|nooit meer ~2 opdagen|komen|terugkomen|bestaan|ademen|praten',
    "do the world a favour|favor ~4 never|not|don't|dont ~2 come|show|exist|breathe|speak|talk",
    'van school ~2 gaan|gaat ~4, dan zijn we ~1 allemaal ~1 blij', 'andere school ~4, dan zijn we ~1 allemaal ~1 blij',
    'niemand wil met ~3 gezien worden', "don't|dont bother coming", 'enjoy eating|sitting ~1 alone',
    'niemand wil ~5 jou|je', 'niemand vindt ~1 je|jou ~2 leuk|aardig', 'nobody likes you', 'no one likes you', 'niemand mag je',
    'jij hoort niet bij', 'je hoort er niet bij', "you don't|dont belong", 'ga terug naar je eigen groepje',
    'ga terug naar je', 'iedereen ~5 blokkeren|negeren|buitensluiten', 'niet meer met ~2 praten',
    'praat niet meer met', 'stop talking to', "don't|dont talk to", 'negeren je', 'everyone hates you',
    'iedereen haat je|jou', 'report and spam', 'rapporteren en spammen', 'make her|him|them delete', 'verdwijn gewoon|maar|toch', 'lachen je|jou ~3 uit', 'iedereen heeft een hekel aan je|jou', 'je hebt geen vrienden', 'you have no friends',
    'niemand moet je', 'wil niet naast je', 'wil je er niet bij', 'buiten gesloten', 'uit de groep',
    'niemand ~3 met je|jou', 'nobody wants ~4 you|him|her', 'no one wants ~4 you|him|her',
    'niemand wil ~5 hem|haar', 'niemand wil|wilt ~2 naast|met|bij',
    'praat|praten niemand ~1 meer met', 'niemand praat ~1 meer met', 'nobody talks to', 'niemand wil ~4 in hun|ons|zijn|haar groepje|groep|team',
    'ga ~2 alleen zitten', 'voeg ~3 niet toe', 'niet toevoegen', 'allemaal ~2 blaffen|joelen|lachen als',
    'no one ~4 sit with you', 'nobody ~4 sit with you', 'ugliest|dumbest|fattest kid|girl|boy|lad|person|one', 'ziet eruit als een|de', 'as ugly|stupid|fat|dumb|thick as', 'hoort er ~1 niet bij', 'negeren we|wij', 'we|wij negeren', "don't|dont invite", 'nobody wants the|that ~1 weirdo|freak|loser', 'everyone unfollow|block|ignore', 'iedereen ~1 ontvolgen|unfollowen|blokkeren|negeren',
    "don't|dont ~1 invite", 'niet ~2 uitnodigen',
    'praat niemand ~2 met', 'niemand praat ~2 met', 'op gelezen laten', 'zegt niemand meer iets', 'hoort er ook niet meer bij', 'kan zeker geen ~2 betalen', 'hoort hier niet', 'niemand kwam ~3 feestje|verjaardag|feest', 'laten we ~3 allemaal negeren', 'allemaal negeren',
    'wie is de lelijkste|dikste|domste', 'uitgescholden en geduwd', "let's|lets see her|him cry", 'ratio him|her', 'nobody sit with',
    'weet dat jij stinkt', 'schamen om nog buiten te komen',
    'niemand pakt|kiest|wil ~4 in ~1 zijn|z\'n|haar|ons ~1 team', 'beter een andere school ~2 zoeken',
    'not sitting with him|her|you', 'niet meer ~2 naast hem|haar|jou ~1 zitten', 'plezier en verdwijn', 'favor and disappear|leave', 'groepsapp|groepje|appgroep|feestje|feest zonder', 'group chat|party without',
    
  ],
  humiliation: [
    'zijn|haar ~1 kleren|schoenen ~2 verstoppen', 'nepaccount|fake account ~3 van ~2 gemaakt', 'made a fake account of',
    "rate ~6, (i'll|ill|i will) ~1 (start|go first)",
    
    'threw|chucked|dumped|binned ~3 bag|stuff ~3 in the bin|trash|toilet|bins',
    'nog steeds ~3 in ~1 zijn|haar ~1 bed|broek ~1 plast|plassen|piest', 'lelijkste|dikste|domste|raarste ~3 van ~2 klas|brugklas|school|jaar', 'ugliest|fattest|dumbest ~1 kid|girl|boy|person ~2 in|of', 'remember when ~2 peed|pissed|puked|wet', 'rate ~1 her|his|their ~1 face|body|looks|teeth',
    
    
    ...SHARE_PHRASES,
        'remember when you cried|peed|pissed|puked|wet', 'kijk|moet ~3 die|dat dikke|lelijke|vette op|in|met|bij|daar|naast|van|weer|nou', 'kijk|moet ~3 die|dat dikzak',
    'do us all a favour|favor and', 'nobody ~1 ever ~1 picks|chooses', 'no one ~1 ever ~1 picks|chooses', 'who let the ~1 whale|cow|hippo|elephant ~1 into|in', 'behalve je weet wel wie',
    'save ~1 the vid|video|clip of',
    "doesn't|doesnt|don't|dont fit in ~1 here", 'we prefer it that way',
    'niemand wil|wilt ~1 in de|onze|zijn|haar',
    'nobody invite', 'no one invite', 'twee|2 stoelen nodig',
    'moet je ~5 zien', 'zielig|zielige kind|jongen|meisje|meid|figuur|ventje|mannetje|wicht', 'look at ~2 hair|face|clothes|body', 'net|echt een vogelnest|aap|walvis|varken|koe|nijlpaard|olifant|heks',
    'lijkt wel een', 'met zo\'n lijf|kop|gezicht|neus|lichaam', 'zo dik|lelijk', 'foto van ~4 onderbroek|ondergoed|wc|douche',
    'in zijn|haar onderbroek|ondergoed', 'in de groepsapp',

    'lacht ~2 uit', 'uitlachen', 'iedereen lacht',
    'everyone laughs at you', 'allemaal ~2 lachen|uitlachen als|om', 'zit|zat ~3 alleen te janken|huilen',
    'tas|spullen ~4 in de prullenbak|vuilnisbak|sloot|gracht|vijver|wc', 'als laatste gekozen', 'dat|die dikke varken|koe|walvis',
    'look at ~2 crying', 'crying ~3 again', 'look|looks like a|an ~2 potato|pig|whale|monkey|horse|thumb', 'verstoppen in de kleedkamer', 'zou ik me ook verstoppen', 'spiegel breekt',
    'mirror breaks', 'what a joke', 'wat een grap', 'moet iedereen zien', 'everyone needs to see', 'rate this pic', 'post the video again', 'mislukt kind', 'wordt nooit wat met jou|je|hem|haar',
    
    
  ],
  stalking: [
    'om je ~2 binnen te zien komen',
    'ben je ~3 gevolgd',
    '(messaged|texted|followed|dmed) you on ~3 different accounts',
    'spreadsheet of when', "i'll|ill make another",
    
    'ik weet ~1 precies|exact ~1 welk uur|lokaal|huis|raam', 'zag ~2 je|jouw ~1 slaapkamerlicht ~4 branden|aan',
    'ik loop|liep|fiets|fietste ~6 achter ~4 aan naar huis', 'blocked me ~4 so i made', "i'll|ill make another", 'i know which window|room ~2 is your|yours', 'made ~3 more|new|another ~1 accounts|account ~6 blocked|block', 'dacht je ~2 dat blokkeren', 'stond je ~4 voor het raam',
    'airtag|tracker ~6 mijn ex', 'airtag|tracker ~6 my ex', 'fake account ~6 blocked me', 'nepaccount ~8 geblokkeerd',
    "can't|cant|cannot ignore me forever", 'kan|kunt me niet ~2 blijven negeren', 'ik loop|liep|fiets|fietste ~4 achter je|jou|haar|hem aan', 'i know which|what school you|u ~1 go|attend', 'ik weet op welke school je|jij ~1 zit', 'ik sta ~2 voor je|jouw raam', 'parked outside ~3 every night|day',
    'ik weet dat je elke|iedere', 'i know you ~3 every', 'waar je nu woont', 'ik heb ~4 gevonden ~4 waar je|u|jij|ze|hij', 'ik kom je ~3 opzoeken', "i'll|ill be waiting",
    'ik zie haar|hem ~1 elke|iedere', "i've|ive seen her|him ~4 every", "i'll|ill wait ~3 there|outside", "i'll|ill wait ~3 for her|him", 'walk with her|him',
    'je bent me nog niet kwijt', 'blocked me ~6 but', 'drive|drove|walk|walked past your', 'ik ben je ~4 gevolgd', 'ik stond ~2 weer voor',     "keer ~1 gedm'd|gedmd|geappt|gebeld|gemaild", 'ik zie precies waar', 'snap map', 'socials gevonden', 
    'since you ~3 reply ~4 checked', 'keep commenting ~2 until', 'messaging|commenting|texting|calling|posting|stop ~4 until you answer|reply', 'tot je ~2 met me praat',
    'ik|we ~3 gevolgd', 'ik volg|volgde ~1 je|jou|haar|hem ~3 naar huis|overal', 'i followed you', 'ik weet waar je|jij woont|woon|zit|bent|slaapt|staat',
    'ik weet waar jullie', 'i know where you live|are|sleep', 'ik zie ~4 wanneer je', 'ik zie alles wat je',
    'i see everything you', "i'm|im watching you", 'ik hou je in de gaten', 'ik houd je in de gaten',
    'ik laat je niet met rust', 'je komt niet van me af', "you can't|cant get rid of me", 'nieuw account',
    'new account', 'waarom blokkeer je me', 'why did you block me', 'ik weet met wie je',
    'ik weet hoe laat je', 'i know who you', 'ik sta|wacht|stond ~4 bij|voor je|jouw|haar|zijn huis|deur',
    "i'll|ill keep messaging|texting|calling|following|watching you", 'i will keep messaging|texting|calling|following|watching you',
    'ik heb je|jouw huis ~2 gezien', 'ik weet ~1 hoe laat je|jij', 'outside your house|door',
    'i know your address', 'ik ken je adres', 'ik wacht ~3 bij je huis', 'ik blijf je ~2 volgen|berichten|appen|bellen', 'ik blijf ~3 reageren ~3 onder',
    'ik stop niet', "i won't|wont stop", "i'll|ill find you", 'ik vind je ~1 wel', 'ik vind jou ~1 wel', 'ik weet alles over je',
    'i know everything about you', 'ik weet waar je', 'i will find you', 'i am going to find you', "i'm|im gonna find you",
    'ik weet ~1 precies|exact|allemaal ~1 waar|wanneer|welke', 'ik weet precies|exact hoe laat', 'ik weet precies|exact met wie',
    'ik weet ~1 welke bus|route|tram|trein|lessen',
    'ik weet waar u ~1 woont|woon|bent|staat', 'ik weet waar ~2 auto|fiets|scooter ~1 staat', 'kijken of je|u|jij ~1 thuis',
    'i know your schedule|routine|address|route|locker', 'i know which bus|route|train', 'i know when you',
    'ik hou|houd ~1 bij wanneer|waar', 'ik hou|houd ~1 bij met wie', 'je ontkomt niet aan', "you can't|cant hide from me", "you can't|cant escape",
    'je kunt je niet verstoppen', 'ik volg|volgde ~4 naar huis', 'stiekem ~3 naar huis', 'followed|follow ~3 home',
    'new accounts', 'nieuwe accounts', 'ik zie je ~1 elke|iedere ochtend|dag|avond|middag', 'ik wacht ~3 op je|jou ~3 tot je|jij',
    'langs ~1 gereden|gefietst|gelopen ~4 licht|huis|raam', 'ik hou ~1 alles bij wat je|jij', 'al je ~2 accounts gevonden',
    "so u|you can't|cant block me", "can't|cant block me forever", "can't|cant hide from me", 'wait by the ~2 gate',
    'where i can see u|you', 'been following him|her', 'screenshots of every', 'bedroom light', 'could see from the road',
    "i'm|im not going away", 'emailed you ~2 times', 'check you were home', 'airtag', 'elke pauze sta ik', 'bij het raam van jouw|je', 'bijgehouden wanneer je', 'ik kijk alleen maar', 'achter je aan naar huis',
    'je nieuwe nummer gekregen', 'blokkeren heeft ~2 geen zin', 'bij jullie voordeur', 'wacht ik bij de uitgang', 'stiekem achterna', 'achterna fietsen|lopen|rijden', 'naar huis gevolgd', 'welke kamer van jou|je', 'sta elke avond ~3 bij uw|je|jouw huis',
    'of het licht nog aan', 'bekijk ze elke avond', 'ik blijf komen', 'blijf komen tot', 'ik blijf sturen|appen|berichten|bellen', 'doen alsof je ze niet ziet',
    'locatie ~3 gecheckt|bekeken', 'account|accounts gemaakt om ~3 te volgen',
    'ik weet in welke straat', 'ik volg ~4 na school', 'keep messaging until', "i'll|ill keep messaging|texting|calling",
    'keep showing up', 'ik blijf ~2 proberen tot|totdat je|jij',
    'ik wacht ~1 wel ~1 buiten',
    'i know you leave', 'heb|hebben ~4 gevolgd', 'ik sta ~1 nu ~1 voor|bij ~1 je|jouw ~1 osso|huis|deur|raam|flat|woning',
    'been watching ~2 weeks|months', 'you always take the shortcut|route|same', "can't|cant keep ignoring me", 'neemt|neem ~2 al weken niet meer op',
    'gevolgd naar huis',
    'je|jouw licht ~1 is|brandt ~1 nog ~1 aan', 'your light is ~1 still on', 'i see you every ~1 morning|day|night|evening', 'ik heb je ~2 keer gebeld|geappt|gebeld',
    'drove|drive|driven ~1 past ~3 house|home|place|flat ~1 again', 'outside your work|office|window|room',
    "can't|cant avoid me ~1 forever",
    'i know which gym|house|class|street|car ~6 goes|go|lives|live|drives|drive|parks|park',
    'through ~2 bedroom|kitchen|bathroom window', 'al haar|zijn ~2 accounts ~1 gevonden',
    'zelfde hoek|plek|tijd als altijd',
    'elke|iedere ochtend|middag|avond|dag ~4 te wachten tot',
   
    
  ],
  self_harm: [
    'hoe lang ik dit nog volhoud', 'pillen ~5 liggen ~1 al ~1 klaar', 'geen reden meer om door te gaan', 'disappear ~2 permanently', 'wou dat ik het ~2 was geweest in plaats van', '(wish it was|wish it had been) me instead', "(haven't|havent) ~1 jumped|ended it ~5 yet", '(krassen|snijden) helpt', '(cutting|self harm|self-harm) helps',
    'snij|kras ik ~2 weer ~2 in mijn|mn ~1 arm|armen|been|benen|pols|polsen|huid',
    'overgeven|kotsen ~4 na het eten|na elke maaltijd', 'throw up ~3 after ~1 eating|meals|dinner', 'ana|mia ~1 buddy|buddies|coach', 'kcal ~3 gegeten ~5 te dik|dunner|afvallen', 'hoeveel ~1 paracetamol|pillen|slaappillen ~6 echt werkt',
    'swallow ~3 bottle|pack|box|packet ~2 pills|paracetamol|tablets', "better off if i ~2 (wasn't|wasnt|weren't|werent) ~1 here !at|on|in|for|during|tomorrow|today|when",
    'want|wanna|wish ~4 sleep and not|never ~1 wake up !until|till|before|after|on|for|in|at|when', 'niemand merkt ~1 het ~1 als ik er ~2 niet ~1 ben|was !bij|op|in|tijdens',
    'better off if i ~2 was|were ~1 gone|dead',
    'snijwond|snijwonden|snijwondjes|sneetjes ~3 verbergen|verbergt|verstoppen|verstop', 'hide ~3 my ~1 cuts|cutting',
    'skipping|skipped|skip ~3 lunch|lunches|meals|breakfast|dinner ~10, kilo|kilos|kg|pounds|lbs', 'eet|at|eten ~4 bijna ~1 niks|niets ~10, kilo|kilos|kg',
    'cut again ~3 nobody ~1 cares|notices', 'niemand hoeft te zien wat ik',
    'als ik ~3 niet meer wakker werd', "wish i wouldn't|wouldnt wake up ~1 again|anymore|tomorrow",
    'dak|brug|flat ~5 wil|wilt|willen ~1 springen', 'suicide ~2 looking|sounding|seems|sounds|looks ~1 better|good|appealing', 'zelfmoord ~2 lijkt|klinkt ~2 beter|goed|aantrekkelijk', 'ik ben er ~3 toch niet meer',
    'dat ze|hij zichzelf ~1 snijdt|krast',
    'started self-harming', 'started cutting again', "don't|dont ~1 want to be here ~1 anymore", 'do not want to be here ~1 anymore', 'knife|razor ~2 against|on|into ~1 my ~1 arm|arms|wrist|wrists|skin',
    'stepping|jumping in front of ~1 a|the ~1 train|bus|truck|lorry',
    'goodbye letter|letters|note|notes',
    'maakt me ~2 niet meer uit wat er met me',
    'slapen en nooit meer ~1 opstaan|wakker', 'armen|arm|polsen|benen ~3 opengekrast|opengesneden|kapotgekrast', 'about ending it', 'the blade again', 'hoeveel ~1 paracetamol|pillen|slaappillen ~3 te veel',
    'how many ~2 pills|paracetamol|tylenol ~3 too many', 'waarom ik ~2 nog ~1 zou leven', 'perron ~6 springen', 
    'wil|wilde ~2 niet meer leven', 'wil ~2 dood', 'wil|wilde ~2 er ~2 niet meer zijn', 'wil ~1 verdwijnen',
    'wil ~2 niet meer wakker worden', "don't|dont ~1 want to be alive|exist", 'do not ~1 want to be alive|exist',
    'want to disappear forever', "don't|dont want to wake up anymore|again", 'do not want to wake up anymore|again',
    'zie|zag het ~2 niet meer zitten', 'maak er een eind|einde aan', 'een eind|einde aan mijn leven',
    'mezelf ~2 iets|wat aandoen', 'mezelf ~2 snijden|krassen|pijn|gesneden|gekrast', 'in mijn armen|polsen|benen ~1 gekrast|gesneden|krassen|snijden',
    'gekrast|gesneden ~3 armen|polsen', 'zou het merken als ik', 'niemand zou me missen', 'als ik er niet meer ~1 was|ben',
    'heeft allemaal geen zin meer', 'als ik er ~2 niet meer ~1 was|ben',
    'eet|at|gegeten ~4 niks|niets ~4 dun|dunner|mager|afvallen', 'saving ~1 up ~1 my|the pills',
    'voor de|een trein ~2 springen', 'voor de|een trein spring', 'jumping|jump in front of ~1 a|the train', 'heb|had ~1 me|mezelf ~2 gesneden|gekrast',
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
   
    'niet meer wakker ~1 te worden',
    'spring ik ~2 voor de|een trein',
    'spring ik ~2 van ~1 dak|brug|flat', "i'm|im ending it", "i'll|ill end it", 'in mijn|mn|m\'n ~1 arm|armen|pols|polsen|been|benen|bovenbeen ~1 gekrast|gesneden',
    'dagen ~2 niks|niets ~1 gegeten', 'bij het spoor ~1 stond|staat|sta', 'geen zin meer in ~2 leven',
    'afscheidsbrief ~3 geschreven|schrijven|klaar', 'beter als ik ~2 weg ben|was', 'how to end it', 'unalive myself', 'lose another stone', 'i ~2 disappeared forever', 'nobody would notice if i',
    "won't|wont need it where", 'not wake up tomorrow', 'got the pills sorted', 'wants to die', 'found blades', 'wil ~2 dood ~1 zijn', 'dood wil|wilde', 'niet meer wakker wil|wilde ~1 worden', 'brand ik mezelf', 'mezelf ~3 branden|straffen', 'mezelf ~3 pijn doen', 'tired of living', 'nooit meer wakker worden',
    'verdien het om pijn', 'bonk ~3 hoofd tegen', 'dat ik ~2 verdween',
    'verdien geen eten', 'armen ~2 kapotgemaakt', 'bij het spoor ~1 heb gestaan', 'better if i ~2 was|were gone',
    'weer ~1 gesneden|gekrast vannacht', 'cutting ~6 years|months|weeks|days clean', 'vanavond|vannacht|straks|zo neem ik al|alle ~1 mijn|de ~1 pillen in', 'stockpiled enough ~1 pills', 
    'eet|at|gegeten ~3 dagen ~1 niks|niets ~8 te dik', 'everyone|family|parents|iedereen|familie|ouders ~3 happier|gelukkiger without|zonder me|mij', 
  ],
  sexual_request: [
    'mag mij|me ~2 wel eens laten nablijven', 'betaald ~2 modellenwerk',
    'mooie benen in ~2 rok|rokje',
    
    
    
    'betaal|betalen|pay ~5 voor|for ~1 je|jouw|your ~1 gedragen|worn ~1 sokken|ondergoed|slipje|broekje|gymshirt|gymbroek|panty|legging|leggings|socks|underwear|panties|knickers',
    "(pics|photos|pictures|fotos|foto's|videos) ~4 (girls|girls'|boys|meiden|meisjes|jongens) ~2 (changing room|changing rooms|kleedkamer|kleedkamers|shower|showers|douche|douches)", "(pics|photos|pictures|fotos|foto's|videos) ~4 (changing room|changing rooms|kleedkamer|kleedkamers|douche|douches) ~3 (meiden|meisjes|jongens|girls|boys)",
    'makkelijk|easy ~1 geld|money ~8 pics|foto|fotos|photos|pictures', 'modellen|models ~8 privé|private|prive ~1 shoot|fotoshoot|photoshoot',
    'in bed ~1 willen|wil ~1 liggen', 'rate the girls|boys',
   
    'body ~1 for a ~2 year old', 'like them younger', "what's|whats under ~1 that|your|her ~1 uniform|skirt|dress",
    'private pics', 'easy money ~4 pics',
    'no need to tell ~1 your ~1 parents|mum|mom|dad',
    'wifey material',
    'stuur ~3 foto|foto\'s|fotos|pics ~4 naakt|bloot|ondergoed', 'zonder kleren', 'send ~2 nudes',
    'send nudes', 'stuur ~2 nudes', 'wie wil ~3 neuken|seks', 'zin in seks|neuken', 'wanna fuck', 'wil je ~3 seks|neuken',
    'show me your', 'laat ~2 tieten|borsten|kont zien', 'in je ondergoed', 'naked pics|photos', 'dick pic',
    'see ~3 naked|nude', 'wil|zou ~1 je|jou|haar ~3 naakt|bloot ~2 zien', 'pics|photos|video|videos ~3 naked|nude', "filmpje|video|foto|fotos|foto's ~4 onder de douche",
    "filmpje|video|foto|fotos|foto's ~4 naakt|bloot", 'zonder ~1 die|je|jouw|haar|dat ~1 jurk|jurkje|kleren|bikini|topje|bh|ondergoed',
    'without ~1 your|ur|that|the ~1 dress|clothes|bikini|bra', 'freak in bed',
    'mature for ~1 your|ur|a ~1 age',
   
    'doekoe|geld|betaal|betalen|pay|money|cash ~3 voor|for ~2 pics|feet|voeten', 'something ~1 more ~1 private|spicy',
    'filmpje|foto|fotos|video ~4 in je|jouw|haar|zijn ~1 bikini|ondergoed|bh', 'wil je ~3 sexen|seksen',
    'rate the ~3 girls|boys ~3 body', 'private photos', 'proper body for', 'drop them in the gc', 'iets vuils', 'look|looks mature for', 'je bent ~2 mooi|sexy|volwassen voor je leeftijd', 'als je ouders slapen', 'bh-maat', 'privelesje', 'mooi lijf voor je leeftijd', 'of ik stuur ze naar', 'spreading her|his legs', 'better on your knees', 'bend her|you over', 'asking to get raped', 'laat ~2 tieten|borsten|kont ~2 zien', 'met je naar bed', 'ik betaal goed', 'i pay well', "i'll|ill pay you", 'mijn pik|lul|piemel ~3 snap|snapchat|insta|zien',
    'je hoeft het niemand te vertellen', 'niemand hoeft het te weten', 'ik zeg het tegen niemand', 'ons ~1 geheimpje', 'our little secret',
    'knap|mooi|volwassen|sexy voor je leeftijd', 'ben je alleen thuis', 'are you home alone', 'laat ~2 zien wat je aan|aanhebt', 'show me what ~1 you|youre|ur ~1 wearing',
    'leeftijd maakt niet uit', "age doesn't|doesnt matter", 'drop her|his snap|insta|number|snapchat', 'iemand haar|zijn snap|insta|nummer|snapchat',
    'zou haar|hem ~1 wel willen|pakken',
    'zeg|vertel ~2 niks|niets ~1 tegen je ouders', "don't|dont tell ~1 your|ur ~1 parents|mum|mom|dad", 'ik ben ~1 dertig|veertig|30|34|35|40|45 ~6 ontmoeten',
    'in je ~1 onderbroek|ondergoed|boxer', 'in your ~1 underwear|boxers', 'in my dms ~4 swimsuits|bikinis', 'unedited pics', 'aan je denk als ik in bed',  'doet|deed het met iedereen', 'sleeps around', 'slaapt met iedereen',
    'zou ~4 over ~1 het|de|mijn ~1 bureau|tafel ~1 buigen', 'rokje|rokjes|topje|topjes|decollete ~8 vraagt|vraag ~1 je|ze|zij ~2 erom', 'rokje|rokjes|topje|topjes|decollete ~8 vraagt|vraag ~1 je|ze|zij er ~3 om', 'feet pics', 'stuur|gestuurd|stuurde ~4 van mijn|m\'n|mn ~1 pik|lul|piemel', 'aan jou|je ~3 denken|denk in bed',
    'mag mij|me ~3 laten nablijven ~3 snapt|snap',
    
  ],
  sexual_body: [
    
        'wat ~4 onder hun|haar|je ~1 kleding|gymkleding|kleren|rok|rokje|shirt|uniform',
    'met zo\'n ~1 kontje|kont|lijf|lichaam', 'on your knees for', 'body ~2 made for sin', 'wil ~2 met jou|je|mij|me naar bed', 'betaal|geef ~4 euro ~6 shirt|bh|broek|kleren|top|t-shirt ~2 uitdoet|uittrekt',
    'privefilmpje|privevideo|privefilmpjes ~2 voor me|mij', 'lekker|lekkere wijf|wijfje',
    'lekkere|mooie|strakke|geile|grote ~1 tieten|borsten|kont|billen|reet', 'nice|big|hot ~1 tits|boobs|ass|butt',
    'hot body', 'geil lijf', 'lekkere|strakke|geile ~1 benen|dijen', 'you look hot|sexy', "i'd|id|would smash|bang", 'kont|billen|tieten|borsten ~1 van ~1 de|die|dat|haar', 'je ziet er ~1 sexy|geil ~1 uit', 'lekker|lekkere|strak|strakke|geil|geile ~1 kontje|kontjes|kont|tietjes|tieten|borsten|billen|lijf|lijfje', 'lekker ding', 'sexy meid',
    
    
  ],
  spam: [
    'laten verdienen', 'verdienen|verdiend|verdiende ~2 met crypto|bitcoin|trading|forex|beleggen',
    '(comment|dm|send|post) ~2 your|their ~1 (phone number|postcode|address|card details|bank details)', 'violates|violated ~2 policy|policies|guidelines', 'verify here', 'will be deleted in 24',
    'examenantwoorden|toetsantwoorden ~3 beschikbaar', 'exam answers ~3 available', 'stuur ~1 ons|me ~1 je ~1 inloggegevens|wachtwoord|inlog', 'send ~1 us|me ~1 your ~1 login|password', 'verhogen|vergroten ~1 je bereik', 'contact him|her now', 'bekijk je video hier',
    'guaranteed ~2 gains|profit|profits|returns|winst|rendement', 'check ~1 mijn|my ~1 profiel|bio|profile ~3 korting|discount|deal|tip|aanbieding',
    'schuld|studieschuld|lening|debt|loan ~3 afgelost|wiped|cleared', 'schuld|studieschuld|lening|debt|loan ~3 paid off', 'paid collab|collaboration|partnership', 'dm us for ~2 collab', 'kortingscode|couponcode', 'discount|promo code', 'verifieer|verify|bevestig|confirm ~4 binnen|within 24', 'invested ~4 got|made|earned|returned', 'geïnvesteerd|geinvesteerd ~4 terug|verdiend', 'like ~2 share ~3 tag', 'giving away ~3 macbooks|iphones|ipads|airpods|laptops|ps5',
    'permanently deleted|disabled|suspended|removed', 'violating ~2 community standards|guidelines', 'essay writing service', 'guaranteed ~2 grades|grade|pass|a', 'no plagiarism', 'hot singles',
    'crypto ~1 mentor|coach|trader|specialist', 'eerste ~2 10|50|100|1000|honderd ~3 die deze post delen', 'first ~2 10|50|100|1000|hundred ~3 who share|shares', 'examenantwoorden ~3 te koop', 'exam answers ~3 for sale',
    'ambassador ~1 offer|program|programme', 'collab request', 'check your dms|dm', 'beleggingscoach|beleggingsexpert|forexcoach|cryptocoach', 'contact|message her|him on|via whatsapp|telegram', 'made|earned ~2 $|€ ~4 this|per|a ~1 month|week', 'changed my life ~4 reach out|dm|message', 'gegarandeerd rendement|winst', '100% gegarandeerd',
    'gratis airpods|iphone|ps5|playstation ~4 dm',
    'verdien ~4 vanuit huis|thuis', 'work from home', 'earn ~4 from home', 'dm voor', 'dm me', 'dm for',
    'stuur ~2 dm', 'link in bio', 'check ~1 my profile|bio|page|onlyfans', 'koop ~3 volgers|likes|followers',
    'buy ~2 followers|likes', 'prijs gewonnen', 'you have|you\'ve won', 'je hebt ~2 gewonnen', 'klik op',
    'click here', 'click the link', 'gratis iphone', 'free iphone', 'geld verdienen',
    'make money', 'earn ~3 euro|euros|dollar|dollars|pounds ~2 per|a day|week', 'verdien ~3 euro ~2 per dag|week', 'message me now', 'check ~1 mijn ~1 profiel|bio|pagina', 'gratis v-bucks|vbucks|robux', 'free v-bucks|vbucks|robux',
    'trading ~1 bitcoin|crypto|forex', 'message her|him|me on whatsapp|telegram', 'link in ~1 mijn|de bio', 'zonder examen',
    'guaranteed returns|profit|profits', 'get|buy ~2 followers|likes', 'laten schrijven', 'slaaggarantie', 'join my telegram|whatsapp', 'onze|mijn webshop', 'my onlyfans', 'mijn onlyfans', 'like en deel', 'deel en win', 'like and share', 'share to win', 'tag ~2 vrienden en win', 'tag ~2 friends to win', 'passief inkomen', 'zonder bkr|bkr-toetsing|bkr-check|bkr-registratie', 'passive income', 'betaling ~4 mislukt', 'payment ~3 failed', 'betaal ~1 opnieuw', 'pay again', 'bankpas ~4 uitlenen|lenen|uit', 'u bent geselecteerd', 'je bent geselecteerd', 'you have been selected', "you've been selected", 'claim via', 'claim ~2 cadeaukaart|cadeaubon|giftcard', 'message me to learn', 'from home with', 'verleng nu', 'boete te voorkomen', 'uitschrijving te voorkomen', 'betaal binnen ~2 uur', 'erfenis', 'stuur uw|je ~1 rekeningnummer|bankgegevens|pincode|inloggegevens',
    'dm mij', 'app mij|me|ons', 'stuur ~1 me ~1 een berichtje|dm|appje', 'paysafecard', 'verkoop ~3 accounts', 'leen|leent|uitlenen ~3 bankpas|pinpas',
    'plagiaatcheck|plagiaatscanner|plagiaatcontrole', 'schrijven ~2 voor je|jou', 'geld ~3 verdubbelen', 'double your money', 'betaal ~2 morgen terug',
    'levenslang|lifetime ~2 voor|for', 'banken|banks ~1 haten|hate', 'dit ~1 simpele trucje', 'this ~1 simple trick',
    'telefoon is kapot', 'betaal je morgen terug', 'digid ~3 verloopt|verlopen|geblokkeerd', 'likes ~2 package', 'btc ~3 terug', 'belastingteruggave', 'recht op ~3 teruggave', 'gegevens te bevestigen', 'mijn nieuwe nummer', 'nieuwe nummer ~4 overmaken', 'grow your ~1 page|account', 'send ~2 btc', 'receive ~2 btc', 'is giving back', 'account has been suspended', 'verify your ~1 password|account|details', 'forex program', 'hit her|him up on', 'send ~1 your ~1 bank details', 'snel rijk', 'get rich', 'alleen vandaag', 'only today', 'op is op', 'limited offer', 'nu of nooit', 'om te claimen', 'to claim',
    'kon niet worden bezorgd', 'could not be delivered', 'verzendkosten ~4 opnieuw', 'singles|moms|girls|women ~2 in your area', 'working from home',
    'schendt ~2 communityrichtlijnen|richtlijnen', 'binnen 24 uur verwijderd', 'selling ~6 answers', 'verkoop ~6 antwoorden',
  ],
  counter: [
    'if someone ~2 tells|asks ~1 you', 'tell a teacher|parent|adult', 'never ~2 share|send', 'what to do if', 'als iemand ~3 vraagt ~1 om',
    'als je ~4 zegt|noemt|schrijft|roept', 'if you ~4 say|call|write|tell|telling', 'if you\'re|youre ~3 telling|saying|calling',
    'moet|moeten ~2 stoppen', 'has|have|needs to stop', 'must stop', 'ophouden met', 'stop calling',
    'stop|stoppen met ~1 pesten|discrimineren|discriminatie|racisme|schelden|uitschelden|vloeken|haten|haat|kwetsen|roddels|roddelen|geroddel|treiteren', 'stop|stoppen met ~2 woord|woorden|scheldwoord|scheldwoorden', 'as an insult', 'als scheldwoord|belediging', 'repeating|spreading|herhalen|verspreiden ~1 that|this|die|dat|such ~1 garbage|rubbish|trash|onzin|bullshit|nonsense', 'uitspreken tegen', 'speak out against', 'call out', 'tegen racisme|discriminatie|haat|pesten',
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
    'expres ~2 lagere|lage|hogere|hoge ~1 cijfers', 'geeft ~1 alleen ~1 hoge|lage ~1 cijfers aan', 'dealt al ~2 maanden|jaren|weken',
    'drinkt|dronk ~2 wodka|drank|alcohol|bier ~4 (tijdens de les|in de klas)', 'drinks|drinking ~2 vodka|alcohol|gin ~4 (during lessons|during class|in class|in lessons)', 'sells|selling|sold|deals|dealing|supplies|supplying ~4 steroids|weed|vapes|coke|cocaine',
    'geld gekregen om ~4 verliezen|winnen',
    'gegund|gegeven ~2 aan zijn|haar ~1 zwager|neef|broer|vriendjes|schoonzoon',
    'beats|beat|hits ~1 his|her ~1 wife|husband|kids|children|girlfriend', 'slaat ~1 zijn|haar ~1 vrouw|man|kinderen|vriendin',
    'heeft iets met een ~1 stagiaire|stagiair|leerlinge|leerling|meisje|jongen ~1 van 12|13|14|15|16|17 !geregeld|gedaan|gemaakt|georganiseerd|afgesproken|bedacht', 'is altijd stoned|dronken|high|bezopen|aangeschoten !van', 'scheids|scheidsrechter|ref|referee ~2 betaald|omgekocht|bribed|paid off',
    'follow the money', 'exam|toets ~1 papers|questions|vragen ~2 leak|leaked|leaks|lekken|uitlekken|uitgelekt', 'waarom ~8 nooit ~3 alleen ~6 mag|mogen|mocht', "why ~6 never ~2 allowed ~3 alone with", 
    ...ENRICHMENT_PHRASES, ...LEFT_QUESTIONS,
    'pockets|pocketed|pocketing ~3 money|cash|funds', 'in eigen zak', 'rigged|rigs|rig ~2 election|elections|vote|votes|ballot|ballots', 'stuffed|stuffing the ballots', 'verkiezingen ~2 gemanipuleerd|vervalst', 'touches|touching ~1 the|his|those|young ~1 kids|children|girls|boys|pupils|students !belt|belts|heads|hands|lives|hearts', 'zit|zat|zitten ~2 aan ~1 de ~1 kinderen|meisjes|jongens|leerlingen|spelers', 'get|gets|got|krijgen|krijgt ~3 exam|toets ~1 questions|vragen ~2 early|vooraf', 'get|gets|got|krijgen|krijgt ~3 exam|toets ~1 questions|vragen ~2 van tevoren', 'falsified|faked|forged|manipulated ~3 results|grades|marks|exams', 'going through ~3 lockers|kluisjes', 'nieuwe|new ~3 auto|car|tesla|boat|boot|telefoon|phone|bmw|mercedes|horloge|watch|sneakers ~4 sinds|since|after|na ~6 missing|verdwenen|verdwijnen|vermist|leeg|op|short|tekort|sponsorloop|inzameling|fundraiser|collecte', 'missing|verdwenen|verdwijnen|vermist ~3 after|na|since|sinds|same|zelfde ~6 nieuwe|new ~3 auto|car|tesla|boat|boot|telefoon|phone|bmw|mercedes',
    'pikt|pikte|jat|jatte|steelt|stal ~3 geld uit', 'geld ~6 in haar|zijn|hun eigen zak', 'fakes|faked ~1 sick ~1 days|leave',
    'examencijfers ~4 aangepast|veranderd|vervalst', 'cijfers ~4 vervalst', 'doped ~3 team|players|athletes',
    'police file|record on', 'got|was|been arrested for', 'covered|covering ~1 it ~1 up',
    'weg moest omdat', 'moest ~4 weg omdat',
    'iets ~1 had|heeft met een leerling|leerlinge', 'pakt|neemt|pakte|nam ~1 geld ~4 voor zichzelf', 'geeft ~2 toetsantwoorden ~3 aan',
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
    'iets gehad met een leerling', 'nepdiploma', 'affaire|verhouding ~2 met een|die ~1 leerling|leerlinge|student|jongen|meisje', 'affair|affairs with',
    'sleeping|sleeps|slept with a|an ~3 student|pupil|girl|boy', 'in de doofpot', 'covering|covered|covers it up', 'cover-up', 'cooked the books',
    'pockets|pocketed|pocketing the ~1 money|donations|cash|funds', 'verandert|veranderde|vervalst|vervalste ~2 cijfers', 'hoort|horen ~1 in de gevangenis|cel|bak|bajes',
    'belongs|belong in jail|prison', 'should be in jail|prison', 'met drank op', 'drinks ~3 before|during ~1 class|school|lessons', 'verkoopt|verkocht ~2 toetsantwoorden|antwoorden|examens',
    'sells|sold ~2 answers|exam|exams', 'van de trap ~1 geduwd', 'heeft|had ~2 hem|haar|mij|me|ons|mijn|onze ~2 geslagen|geschopt|betast|mishandeld|opgesloten', 'gebruikt|gebruikte|snuift|snoof ~2 coke|cocaïne|cocaine|drugs|speed|xtc', 'uses|used|snorts ~1 coke|cocaine|meth',
    'met speed|drugs erin', 'relatie ~2 gehad met een ~1 leerling|leerlinge|student', 'leerling|leerlinge|kind ~4 heeft|had ~1 geslagen|geschopt|betast|mishandeld',
    'selling ~1 weed|coke|cocaine|pills|drugs', 'drinkt ~3 tijdens ~1 schooltijd|werktijd|werk|dienst', 'geld ~4 uit de ~2 kas|pot|schoolreiskas|klassenkas ~2 gehaald|gepakt|genomen',
    'cijfers ~5 laten aanpassen|veranderen', 'dossiers ~4 doorstuurde|doorgestuurd|gelekt', 'waar het geld ~3 gebleven', 'onder zijn|haar naam ~3 marktplaats', 'op marktplaats ~3 onder zijn|haar naam', 'geld|subsidiegeld|schoolgeld ~4 gebruikt|uitgegeven voor zijn|haar ~1 eigen', 'fired from ~4 for', 'expres laten zakken', 'brand ~3 gesticht', 'heeft vastgezeten voor', 'in zijn|haar ~1 eigen zak gestoken', 'slaapt met de docent|leraar|juf|meester', 'pest ~3 leerlingen weg', 'touching girls|boys|kids|students', 'got a ~2 year old pregnant', 'dealing drugs', 'leaks ~2 files|records|data', 'films the girls|boys', 'films ~3 toilets|changing', 'hit him|her and the school', 'zit ~3 in de ~1 coke|drugs|drugshandel',
    'hit|slapped|punched|beat|kicked|hits|slaps ~2 student|students|kid|kids|child|children|pupil|pupils',
    'drugs ~1 verkocht|verkoopt|verkochten|dealt|dealde',
    'filmt|filmde|filmen ~2 meisjes|jongens|leerlingen|kinderen ~3 kleedkamer|douche|wc', 'films|filmed ~2 girls|boys|students|kids ~4 locker|shower|changing',
    'paid ~1 him|her|them|someone|the|a ~2 off', 'paid off the|a ~2 inspector|ref|referee|judge|police|cops|official|officials|examiner|inspectors', 'filmt|filmde ~2 stiekem', 'deelt|deelde ~3 drugs|wiet|pillen ~2 uit', 'cijfers ~5 aangepast|veranderd',
    'ontslagen omdat', 'fired because', 'filmt|filmde ~2 in de ~1 kleedkamer|kleedkamers|douche|douches|wc',
    'faked|fakes|falsified|forged ~2 results|grades|exam|exams|marks', 'cheated on|in ~2 exam|exams|test|tests|every', 'cijfers ~2 aanpassen|veranderen|aangepast|veranderd',
    'heeft|had ~1 een strafblad', 'has a criminal record', 'sleeping|slept|sleeps with the|her|his ~1 boss|head|headteacher|principal|director|rector',
    "that's|thats how she|he ~1 got", 'geeft|gaf ~3 hogere|betere cijfers', 'gives|gave ~2 better|higher grades',
    'sells|sold|deals|dealt|verkoopt|verkocht ~1 steroids|steroiden|anabolen|vapes|lachgas', 'in de|zijn|haar ~1 zak ~4 verdwenen',
    'zit|zat|zitten ~2 aan ~1 de ~1 leerlingen|leerlinges|meisjes|jongens|kinderen|kids', 'geld ~3 aangenomen|aannemen|aanneemt ~3 van', 'took|takes|taking money from', 'envelop|envelopje ~2 gekregen', 'expres ~4 laten doodgaan|sterven', 'ervoor betaald', 'changes|changed ~1 grades', 'heeft|had ~4 in elkaar geslagen|getrapt', 'takes|took|accepts ~1 bribes|bribe', 'steekt|stak ~3 in ~1 eigen zak', 'stuurt ~3 leerlingen ~3 berichten|foto',
    'aan ~2 jongetjes|meisjes|kinderen|kindjes|jeugdspelers|pupillen|leerlingen ~1 gezeten', 'heeft ~3 vrouw|ex-vrouw|vriendin|kinderen ~1 geslagen|mishandeld', 'wedstrijd|wedstrijden ~1 verkocht', 'rigged the election', 'stuff|stuffed ballot boxes', 'faked his|her ~1 cancer|illness', 
    'is|been|was sleeping with a|an|the ~1 student|pupil|leerling|sixth', 'in ~1 zijn|z\'n|haar|d\'r ~1 eigen zak ~1 gestoken|steken|steekt', 'toetsen|antwoorden ~4 doorspeelt|doorgespeeld|doorspelen',
  ],
  sensitive: [
    'is|been|got|was sectioned',
    'aan het scheiden', 'schuldhulp|schuldhulpverlening',
    'vechtscheiding', 'zit|zat ~4 thuis met een', 'met een burn|burnout|burn-out',
    'nasty|messy|ugly ~1 divorce', 'gaan|gingen ~1 scheiden', 'in de schuldsanering', 'psychiatric clinic|ward|hospital', 'psychiatrische kliniek|afdeling', 'starting chemo', 'begint ~2 chemo', 'borstkanker', 'breast cancer',
    'blijven zitten', 'is blijven zitten', 'een 1|2|3|4 voor', 'onvoldoende voor', 'zit in de ggz', 'in therapie',
    'zit bij jeugdzorg', 'jeugdzorginstelling|jeugdinstelling|jeugdgevangenis', 'is opgenomen', 'is|werd ~1 geschorst', 'van school gestuurd|getrapt', 'was|got ~1 suspended|expelled', 'heeft een eetstoornis', 'staat onvoldoende', 'failed|failing ~2 exam|exams|test|tests|class|classes|maths|math|english|science|year|subjects|module|mock|mocks|gcse|gcses|finals|quiz|course|paper|biology|chemistry|physics|history|geography|french|german|spanish|dutch|economics|latin|art|music|pe|ict|computing|algebra|calculus|statistics', 'heeft|has|had add', 'opgenomen geweest', 'in foster care', 'foster family|parents|carers', 'is|zit|went|placed|taken|was ~1 in|into care', 'youth care', 'heeft ook add', 'last van add', 'add ~1 vastgesteld|gediagnosticeerd|diagnosed', 'diagnosed with add', 'eating disorder', 'held back', 'kept back', 'blijft|blijven|bleef ~2 zitten',
  ],
  curse: [
    'tief|tyf|tyfus ~1 toch|maar|effe ~1 op',
    'in je|jullie|zijn|haar ~1 reet|kont ~1 steken|schuiven',
    'krijg|krijgen|krijgt ~1 de kanker|tering|tyfus|pest|klere|kolere|pleuris|pokken|takke|cholera',
    'heb|heeft|hebben|had ~1 de kanker|tering|tyfus|pleuris|klere|kolere aan',
    'de kanker|tering|tyfus|pest|klere|pleuris|pokken ~2 krijgen|krijgt|krijg|kon|kan', 'kanker|kenker|tyfus|tering|pleuris|klere|kolere|cholera op', 'kanker|kenker|tyfus|tering|pleuris|klere|kolere toch|maar|nou|gewoon|lekker|jij|ff|even|dan op', 'rot ~1 op', 'rot toch op', 'flikker ~1 op', 'flikker toch op', 'donder ~1 op', 'hou|houd ~1 je bek|kop|smoel|muil',
    'go fuck yourself|yourselves|themselves|himself|herself', 'fuck off', 'fuck you|u', 'screw you',
    'shut the fuck up', 'stfu', 'kiss my ass',
  ],
  exclusion_group: [
    'no ~2 should be allowed ~1 on|in|at|near|into|inside', "shouldn't|shouldnt be ~2 around ~1 kids|children", 'moet|moeten ~3 apart eten|zitten|spelen|lessen|gaan|worden', 'horen|hoort ~1 niet achter',
    'niet bij ~1 kinderen ~1 laten|toelaten', 'uit het onderwijs|bestuur ~1 weren|bannen|verbannen', 'keep them away from ~1 kids|children', "shouldn't|shouldnt be allowed ~2 near", 'invading ~2 replacing', 'great replacement', 'eruit', 'raus', 'hoeven van mij niet ~2 te komen|zijn', 'should ~2 be deported', 'deport them', 'hou|houd ze weg van|bij', 'holocaust|holocaustles ~4 overdreven|verzonnen|nep|hoax', "shouldn't|shouldnt be ~2 near ~1 kids|children", 'horen|hoort ~1 niet|geen ~4 te ~1 geven|werken|staan|lesgeven|zijn|doen|komen|studeren', 'integrate or leave', 'integreren of ~1 oprotten|vertrekken|weggaan|opzouten', 'put|stick ~1 them somewhere else', 'in aparte klassen|scholen ~1 stoppen|zetten|plaatsen', 'greatreplacement',
    'horen|hoort ~1 achter het aanrecht', 'belong|belongs in the kitchen', 'stick to the kitchen', 'hou|houd ze ~1 buiten', 'keep them out', 'moeten ~4 opsluiten|opgesloten', 'should ~2 be locked up',
    'terug naar ~1 hun|je|jullie ~1 eigen land', 'moeten ~2 terug naar', 'moeten|moet ~3 weg|eruit|verdwijnen',
    'moeten|moet ~3 het|ons|dit land uit', 'moeten|moet ~3 oprotten|opdonderen|opzouten',
    "shouldn't|shouldnt be allowed to|in", 'should not be allowed to', 'should be banned from', "shouldn't|shouldnt be in",
    'horen|hoort ~1 niet in|op|bij', 'moeten|mogen ~1 niet in de|het|onze|deze', 'horen|hoort ~1 op een ~1 speciale|aparte',
    'niet tussen normale', 'dit is nederland', 'moeten|mogen ~1 niet ~3 school|hier ~1 komen|zijn',
    'mogen|zouden ~2 niet ~3 lesgeven|stemmen|trouwen|werken|wonen', 'zou ~2 verboden moeten worden', 'horen ~2 niet op|in onze|deze', 'go back to ~1 your|their ~1 country', 'should|must ~2 go back to', 'stealing|steal|steals our ~1 jobs', 'stelen|pikken|inpikken ~3 onze ~1 banen|baantjes|werk|huizen|woningen', 'moeten|moet|zouden|zou ~6 gedeporteerd|opgesloten|weggedaan|teruggestuurd|uitgezet|afgevoerd|verbannen|uitgeroeid ~1 worden', 'zouden|moeten ~3 in kampen', 'stemrecht ~2 kwijt|afnemen|afpakken', 'gaan ~3 eindelijk ~1 opsluiten',
    'horen hier niet', "don't belong here", 'stuur ze terug', 'send them back', 'terug in|op hun ~1 bootje|boot|bootjes|rubberboot|rubberbootje', 'send|ship|deport all ~2 back', 'eruit met',
    'uit ons land', 'out of our country', 'get out of our',
    'pas je aan of|anders ~2 rot|oprotten|vertrekken|wegwezen', 'aanpassen of oprotten|opzouten|vertrekken',
    'horen|hoort ~1 niet voor de klas|groep', 'horen|hoort ~1 niet ~3 op een ~1 christelijke|gewone|normale ~1 school',
    'terug ~1 achter het aanrecht', 'terug naar de keuken',
  ],
  hate_trope: [
    'brengen|brengt ~1 alleen ~1 messen|ziektes|criminaliteit|ellende', 'eigen volk eerst', 'groomers gonna groom', 'go back to ~1 morocco|turkey|africa|syria|poland|pakistan|somalia !for|on|with|next|this|in|to|soon|someday|one|again|and', 'ga|gaan ~1 terug naar ~1 marokko|turkije|afrika|syrie|polen|somalie !voor|op|met|volgend|deze|in|om|ooit|weer|en|op',
    'groomers ~2 teaching|near|around ~2 our ~1 kids|children', '(trans|gay|lgbt|lgbtq|queer|pride) ~2 groomers', 'women|girls|vrouwen|meiden ~8 kitchen where they ~1 belong',
    
    'ga|rot|oprotten ~3 terug naar je|jouw eigen land', 'go back to your ~1 own ~1 country',
    'welfare queen|queens',
    'same|certain|bepaalde|dezelfde ~1 families|family|familie|mensen|people ~3 own|owns|control|controls|run|runs|bezitten|controleren|runnen ~4 banks|banken|media', 'kijk|check|look ~3 naar|at ~1 de|the ~1 achternamen|namen|surnames|names ~2 van|of ~1 de|the ~1 daders|verdachten|suspects|perpetrators|attackers|bankers', "cultures|culturen ~4 not|aren't|arent|niet ~2 compatible|verenigbaar",
    'go|send ~2 back to the jungle !gym|room|book|cruise|ride|themed|party|trail|level|area|biome|temple|zone|world', 'ga|gaan ~2 terug naar de jungle|apenrots !tocht|kamer|feest|baan|biome|tempel|wereld',
    'omvolking', 'white genocide', 'die|jullie|vuile|vieze|stomme zwarte|bruine apen|aap|apies', 'those|you|dirty|filthy black|brown monkeys|apes', 'witte genocide', 'kalergiplan', 'kalergi plan',
    'wij|we ~4 minderheid in ~1 eigen|ons ~1 land', 'we ~4 minority in ~1 our own ~1 country|land',
  ],
  hypothetical: ['als ik ~4 zou', 'if i ~4 would', 'als ik wakker', 'if i woke'],
  grooming_cue: [
    '(prive|privé) verder',
    'hoe oud ben|zijt ~1 je|jij|ge', 'how old are you|u', '(so|really|very|heel|zo|erg) ~1 mature|volwassen for|voor',
    'keep this between us', '(blijft|houden|hou) ~2 tussen ons', 'prive chatten', 'chat ~1 privately|in private',
    'leeftijd is maar een getal', 'age is just a number',
    'how old is|are she|he|they|that|the|this', 'hoe oud is|zijn ze|zij|hij|die|dat|het|deze', 'insta|instagram|snap|snapchat',
    'badpak|badpakken|bikini|bikinis|zwempak|swimsuit|swimsuits|swimwear|ondergoed|underwear|lingerie',
    'zwemles|zwemlessen|zwemkamp|zwemmen|zwembad|swimming|swim|pool', 'single', 'strakke|strak|shorts|legging|leggings|cheerleaders|cheer',
    'niet tegen je ouders|papa|mama|moeder|vader|mam|pap ~1 zeggen|vertellen', "don't|dont tell your ~1 parents|mum|mom|dad", 'ons ~1 geheimpje|geheim', 'our ~1 little ~1 secret',
    'lijkt|lijk ~2 ouder dan', 'look|looks ~2 older than', 'volwassen voor je leeftijd', 'mature for your age',
  ],
  observed: [
    'you looked ~3 walking|leaving|jogging|cycling|waiting|running|getting', 'je zag er ~3 uit toen|terwijl',
    'always parks|leaves|walks|cycles|sits', 'altijd ~3 parkeert|fietst|vertrekt',
    'saw|spotted|clocked ~1 you|u|ya|your|her|him', 'seen|watched ~1 you|u|your|her|him', 'been watching|following ~1 you|your|her|him',
    "i|i've|ive ~1 see|watch ~1 you|u|your|her|him", 'watching your|her|his', "i'm|im watching", 'i see ~1 her|him|you',
    'zag|gezien|gespot|spotte je|jou|jullie|u|haar|hem', 'ik ~1 je|jou|u|haar|hem ~5 zie|zag|gezien|gespot|zien',
    'zie ik je|jou|haar|hem', 'ik zie ~1 je|jou|haar|hem', 'kijken|kijk ~2 hoe laat ze|hij|je|jij|u', 'kijken|kijk ~2 wanneer ze|hij|je|jij|u',
  ],
  farewell: FAREWELL_FINAL,
  farewell_soft: FAREWELL_SOFT,
  stock_insult: [
    'go ask for the manager', 'zo slim als een ~1 pak melk|baksteen|plank|deur|deurmat|stoeptegel',
    'like a ~2 being strangled', '(proper|such a|total) karen',
    'je moeder ~3 doorslikken|doorgeslikt', 'hersenen|hersens|brein|brains|brain ~4 ingeleverd|thuisgelaten|vergeten|left', 'de reden dat er ~3 gebruiksaanwijzing|gebruiksaanwijzingen|waarschuwing|waarschuwingen|instructies|shampoo-instructies', 'the reason ~4 (instructions|warning labels|warning label)', 'ga ~4 terug naar (groep|de kleuterklas|de peuterspeelzaal)',
    "(you're|youre|ur|you are) a joke|disgrace|embarrassment !machine|book|books|teller|master|genius|legend|shop", 'emptier than your|ur ~1 head|skull', 'drop|dropped ~1 you on your|ur ~1 head', 'basement dweller|dwellers', 'go touch grass', '2|two brain cells', "mom|mum|mother|mama ~1 (should have|shouldve|should've) ~1 swallowed", 'you absolute|utter ~1 walnut|melt|muppet|donut|spoon|knob|plank|numpty|wally|clown', 'ok boomer', 'brainless|mindless ~1 sheep|sheeple|drone|drones|npc|npcs',
    'als hersens|hersenen ~1 dynamiet|buskruit|inkt|belasting ~1 waren', 'if brains were ~1 dynamite|gunpowder|ink|taxes', 'left my crayons at home',
    'dropped on your|his|her ~1 head as a ~1 baby|kid|child', 'als baby op je|zijn|haar ~1 hoofd', 'ongewapend bent|is',
    'backbone|ruggengraat ~1 of|van ~1 a|een ~1 jellyfish|kwal|slak|worm|regenworm', 'zou ~3 verdwalen in zijn|haar ~1 eigen', 'get lost in his|her ~1 own',
    'brein|hersencapaciteit|iq|verstand ~1 van een ~1 dweil|boterham|theezakje|goudvis|pinda|garnaal|kamerplant|mug|vlieg|erwt|walnoot|baksteen|tafelpoot|deurmat|aardappel|kip|ezel|schaap|plank|steen|cavia',
    '(iq|brain cells|brains) ~1 of a ~1 mop|goldfish|peanut|pea|houseplant|rock|potato|brick|squirrel|toddler|gnat|fly|plank|doorknob|walnut|sheep|chicken|hamster',
    'zero|no|0 brain cells', 'lights are on but ~1 nobody|no one ~2 home', 'hadden ~2 beter een hond|kat|goudvis ~2 nemen', 'mijn hond|kat|goudvis ~2 articuleert|praat|zingt|speelt|verdedigt|schrijft ~1 beter',
    'my dog|cat|goldfish ~2 sings|plays|talks|writes|defends|teaches ~1 better', 'als domheid pijn deed|doet', 'hersencapaciteit van een', 'depth of a puddle',
    'diepgang van een ~1 plas|plasje', 'if stupidity|stupid ~1 hurt|hurts|was|were', 'if brains were', 'like a thumb with', 'nog geen scheet', 'voor een tafelpoot',
  ],
  photo_request: ['stuur|stuurt|send ~3 foto|fotos|foto\'s|fotootje|pic|pics|picture|pictures|selfie|snap|snapje|snaps', 'stuur ~2 er meer', 'send ~2 more'],
};
