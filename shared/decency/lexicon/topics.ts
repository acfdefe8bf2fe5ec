/**
 * Words for the school-page categories that are not about insulting someone: sexual talk, care
 * signals, accusations, confidential facts, spam.
 */
export const SEXUAL = `
  neuken neukt neuk geneukt pijpen pijpt gepijpt beffen vingeren aftrekken afrukken rukken
  tieten tietjes memmen nudes noodz nudez nudies nudie naaktfoto naaktfoto's naaktfotos dickpic dickpics
  kutje pikje pornografie porno geil geile horny sexchatten sexchat seksen sexen milf
  fuck-me blowjob handjob tits titties boobs nudes nude porn porno dickpic horny
  cum cumming pussy
`;

/** Sexual only with a request, a person or a body: "seks" in a sex-education lesson is fine. */
export const SEXUAL_WEAK = `sexting sexten seks sex naakt bloot kleren sexy lekker lekkere lekkere strakke kont
  borsten lichaam lijf foto foto's fotos pics pic photo photos naked undressed bikini lingerie`;

export const BODY = `tieten tietjes borsten kont billen reet lijf lichaam benen lul pik
  tits boobs ass butt body`;

export const SELF_HARM = `zelfmoord suicide suicidaal zelfbeschadiging zelfdoding automutilatie kms unalive sewerslide
  suicide suicidal selfharm self-harm kys`;

/** Accusations of crimes or misconduct: the core of defamation (zwartmaken). */
export const CRIME = `
  steelt stelen stal gestolen gejat jat jatten dief dievegge dieven diefstal fraude fraudeert
  fraudeur oplichter oplicht opgelicht verduisterd verduistert corrupt omgekocht smeergeld
  dronken straalbezopen stomdronken ladderzat zuipt alcoholist verslaafd pedo pedofiel pedofielen misbruik misbruikt aangerand
  aanrandt aanranden intimideert verkracht crimineel vervalst vervalsen sjoemelt steekpenningen
  steals stole stolen stealing thief thieves fraud embezzled embezzles embezzling corrupt bribed bribes predator
  nonce nonces kinderlokker kinderlokkers cokehandel drugshandel kindermisbruik strafblad misbruikte molesteert molesteerde betast betastte winkeldiefstal shoplifting shoplifted
  drunk pedo pedophile paedophile molests molested molesting abused abuses harasses harassed
  drugsdealer drugsdealers cocaine cocaïne meth drugsgebruiker
  verduistering oplichterij afpersing afperst chanteert omkoping witwassen witwast
  smokkelt heler heling inbreker mishandelt bezopen verkrachter stalkt
  abusing abuser abusers molester embezzlement bribery blackmails blackmailed blackmailing extortion
  laundering launders smuggles burglar burglary assaulted assaulting rapist drug-dealer
  shoplifts
`;

/** Health, care and grades: confidential when told about a named person. */
export const SENSITIVE = `
  eetstoornis anorexia boulimia dyslexie dyscalculie adhd autisme autistisch depressie
  depressief angststoornis paniekaanvallen psycholoog psychiater therapie ggz jeugdzorg jeugdzorginstelling jeugdinstelling
  pleeggezin pleegouders voogd medicatie medicijnen ritalin zwanger abortus soa hiv kanker
  epilepsie diabetes suikerziekte opgenomen ziekenhuis kliniek zorgtraject rugzakje
  onvoldoende onvoldoendes gezakt doubleren gedoubleerd leerlingdossier geschorst schorsing
  anorexia bulimia dyslexia adhd autism depression depressed anxiety therapist
  therapy psychiatrist medication antidepressants antidepressiva ssri pregnant abortion hiv epilepsy diabetes rehab grades
`;

export const SPAM = `
  verdien verdienen verdiend gratis volgers likes kopen koop bestel winnen win gewonnen prijs
  prijzen winnaar klik link bio dm pm investeer investeren investering bitcoin crypto forex
  rendement passief inkomen vanuit thuis actie aanbieding korting cadeaubon iphone claim claimen
  giveaway verloten verloting promo promotie goedkoop goedkope onlyfans vbucks v-bucks robux webshop
  earn earning money free followers follower likes buy cheap win winner won prize prizes click
  link bio dm invest investment bitcoin crypto forex profit income passive giveaway promo
  discount offer cash
`;

/** Words that spell out contact data ("nul zes …", "apenstaartje hotmail punt com"). */
export const SPELLED_CONTACT = `apenstaartje dot com nul zero`;

/** Looks and body: the stuff of mocking someone ("moet je haar kapsel zien", "met zo'n lijf"). */
export const APPEARANCE = `kapsel haar haren lijf lichaam gezicht kop neus oren tanden beugel puisten
  puistjes acne kleren schoenen gewicht dik dikke vet vette lelijk lelijke mager
  hair face nose teeth body clothes weight fat ugly skinny`;

/** Sex education and similar: explicit words are subject matter there, not harassment. */
export const SEX_EDUCATION = `voorlichting seksuele seksualiteit biologie les lessen relaties
  education lesson lessons biology health`;

/** Link shorteners hide where a link goes; spam uses them. t.co is left out: X wraps every link. */
export const SHORTENERS = `bit.ly tinyurl.com goo.gl ow.ly is.gd buff.ly t.ly cutt.ly rebrand.ly
  shorturl.at tiny.cc rb.gy s.id bl.ink lnkd.in shorte.st adf.ly`;
