/**
 * Spellings that are a strong word in one language and an everyday word in the other. Their role
 * counts only when the text is in the role's language (decided by function words; a text with as
 * many Dutch as English function words keeps both readings). Found by intersecting the lexicon
 * with a Dutch and an English dictionary and keeping the pairs whose meanings differ; loanwords
 * that mean the same in both (idiot, homo, trash, respect) are not here.
 */

/** English slang, slurs and verbs whose spelling is a common Dutch word. */
export const EN_ONLY = `
  hoe hoes slag slags men worst rage room stand live save hang gas beat shot punch gun prat
  douche douches cum die dies dick
`;

/** Dutch roles whose spelling is a common English word. */
export const NL_ONLY = `
  dove slim vies boos christen pot potten want looser loosers
`;

/** Strong words that are also first names: written with a capital and not after an article, a name ("Dick wants to know …", "Janet vraagt …"). */
export const NAME_HOMOGRAPHS = `dick janet fanny willy randy`;

/** Compounds and idioms the dictionaries miss; read as themselves, never split. */
export const EXTRA_REAL_WORDS = `pijpenstelen pijpensteel deadass kankerinstituut klootschieten delen deelt gedeeld welcum kregen`;
