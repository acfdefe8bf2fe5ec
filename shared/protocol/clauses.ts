// The school's protocol clause IDs, as ../shared/protocol/clauses.md fixes them. Every flag, decision,
// reminder and report cites these; keep them stable.
export const CLAUSES = {
  A1: { nl: 'Geen sociale media tijdens de les zonder toestemming', en: 'No social media in class without permission' },
  A2: { nl: 'Medewerkers tijdens de les alleen met onderwijsdoel', en: 'Staff in class only with an educational goal' },
  A3: { nl: 'Geen vertrouwelijke of schadelijke informatie', en: 'No confidential or harmful information' },
  A4: { nl: 'Ieder is verantwoordelijk voor wat hij publiceert', en: 'Everyone is responsible for what they publish' },
  A5: { nl: 'Wat gepubliceerd is, blijft openbaar', en: 'What is published stays public' },
  A6: { nl: 'Geen foto, film of geluid zonder toestemming', en: 'No photo, film or sound without consent' },
  A7: { nl: 'Privégegevens afschermen', en: 'Shield private profile data' },
  A8: { nl: 'Platforms zonder volledige controle: generieke pagina', en: 'Platforms without full control: generic page' },
  A9: { nl: 'Platforms met volledige controle: zorgvuldig redigeren', en: 'Platforms with full control: edit carefully' },
  A10: { nl: 'Fatsoensnormen: niet pesten, kwetsen, stalken, bedreigen, zwartmaken of grof taalgebruik', en: 'Decency: no bullying, hurting, stalking, threats, defamation or coarse language' },
  B1: { nl: 'Generiek, schoolgebonden profiel, vooraf besproken met leidinggevende', en: 'Generic school-bound profile, agreed with the line manager' },
  B2: { nl: 'Anderen kunnen op je pagina plaatsen', en: 'Others can post on your page' },
  B3: { nl: 'Actief modereren; pagina opheffen als die niet meer nodig is', en: 'Moderate actively; archive pages no longer needed' },
  B4: { nl: 'Officiële standpunten van de school volgen', en: "Follow the school's official positions" },
  B5: { nl: 'Dreigt het te ontsporen: direct contact met leidinggevende', en: 'Threatens to derail: contact the line manager at once' },
  B6: { nl: 'Bij twijfel: overleg met leidinggevende', en: 'In doubt: ask the line manager' },
  C1: { nl: 'Persoonlijke pagina: geen vertrouwelijke informatie', en: 'Personal page: no confidential information' },
  C2: { nl: 'Vermeld dat je medewerker bent', en: 'Say you are a staff member' },
  C3: { nl: 'Meningen zijn persoonlijk', en: 'Opinions are personal' },
  S1: { nl: 'Medewerkers: plichtsverzuim, personeelsdossier', en: 'Staff: dereliction of duty, personnel file' },
  S2: { nl: 'Maatregelen medewerkers', en: 'Measures for staff' },
  S3: { nl: 'Leerlingen: verwijtbaar gedrag, leerlingendossier', en: 'Students: culpable behaviour, student file' },
  S4: { nl: 'Maatregelen leerlingen', en: 'Measures for students' },
  S5: { nl: 'Mogelijk strafbare uitingen: aangifte', en: 'Possibly criminal statements: police report' },
  O1: { nl: 'Alleen steekproefsgewijs toezicht', en: 'Only random spot checks' },
  O2: { nl: 'Afwijkingen vooraf schriftelijk goedgekeurd door directie', en: 'Deviations approved in writing by the board' },
  O3: { nl: 'Niet voorzien: directie beslist', en: 'Not covered: the board decides' },
} as const;

export type ClauseId = keyof typeof CLAUSES;
export const CLAUSE_IDS = Object.keys(CLAUSES) as ClauseId[];
