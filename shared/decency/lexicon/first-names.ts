/**
 * Common first names of pupils, parents and staff in the Netherlands (Dutch, Frisian, Turkish,
 * Moroccan, Surinamese and English names), so a name written in lower case, as pupils write, is
 * still a person: "milan heeft adhd", "zoë had een 2,8". Names that are also everyday words in
 * Dutch or English are left out (will, mark, bill, rose, hope, grace, floor, roos, merel, mees,
 * bas, max, dan, ken, can, job, lot, piet, iris, amber, jade, puck, isis, daisy, poppy, ids,
 * lieve, ties, mats, jack, holly, ruby, jordan, oscar, robin, rosa, fleur, mason):
 * capitalised, those are found as names anyway; lower case, they are the word.
 */
export const FIRST_NAMES = `
  daan sem lucas levi finn noah liam luuk milan jesse bram thijs thomas ruben tim tom lars gijs
  stijn teun sven jens cas stan rens jurre julian siem boaz guus olivier hugo jayden dex
  otis jake tijn pepijn joep koen jelle bart niels wouter jeroen sander dennis kevin rick joris
  jasper ruud pieter kees klaas henk wim gerrit dirk hans peter paul erik marco martijn maarten jan
  joost roel ricardo romano youri dylan jordy nino senna sil mick luca sam tygo vince quinten
  jochem fedde hidde wessel mart douwe floris hendrik willem bastiaan sebastiaan timo mika jim
  jorrit arjen menno mitchell thom twan yannick zeger berend hylke sjoerd tjeerd wietse
  emma julia mila tess sophie zoe sara nora evi anna noor liv lotte eva saar nina fenna lieke 
  sanne femke anouk lisa linda laura kelly demi romy britt maud vera veerle elin ella jasmijn hanna
  hannah lara lina mia noa sarah sofie tessa yfke zara esmee isabel isabella luna olivia chloe
  amy emily jessica esther anne karin marieke ingrid annemarie mirjam petra monique sandra ellen
  wendy ilse inge kim manon joyce naomi quinty yara jolien marloes lynn fay mirthe jip
  janneke mara nienke hester carlijn daphne denise bente benthe sterre liz elise elisa eline
  amira lize fleurtje lotje sanna fiene jette juul kiki lana livia luus nova pien suus
  tamara tara annick annelies astrid bianca chantal danielle ilona jolanda mariska miranda
  mohammed mohamed muhammad ahmed yusuf youssef ibrahim hamza bilal ayoub ilias amir rayan zakaria
  mustafa hassan anass soufiane yasin emre efe burak mert kerem mehmet omar ali adam younes
  mehdi nassim imran ismail khalid karim samir tarik yassine achraf anouar
  fatima aya yasmina nour hiba salma imane meryem elif zeynep esra busra ayse melek hira malak
  dounia naima kenza ilham yasmin sanae hajar khadija zainab ikram soumaya leyla selin ecem
  james john michael david daniel matthew ryan tyler ethan jacob josh joshua logan owen
  aiden connor callum kyle jamie harry charlie alfie george archie kai brandon austin
  chris steve tommy danny mike oliver henry arthur louis freddie theo leo alex
  sophia charlotte amelia ava isla evie freya sienna phoebe megan lauren rachel rebecca katie
  lucy ellie molly abby jess emilia maya izzy leah rhys liv kayla harvey kian reece aaliyah
  niamh aoife ciara sean conor declan siobhan
`;

/** The same names as a set, for the name marking and the personal-data rule. */
export const FIRST_NAME_SET: ReadonlySet<string> = new Set(FIRST_NAMES.trim().split(/\s+/));
