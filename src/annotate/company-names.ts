/**
 * The closing words of a company's name ("Exxon Corp.", "America Online Inc.", "Royal Dutch Shell
 * PLC"): one list for every rule that tells a company by its name (the entity rules, the story's
 * entity merge, "the company" as a speaker, the clusterer's entity terms).
 */
export const COMPANY_SUFFIX_WORDS = String.raw`Corp\.?|Corporation|Inc\.?|Co\.?|Company|Ltd\.?|Group|Holdings|PLC|plc|LLC|AG|SA`;

/** A company's name: words, then a space and one of those closing words. */
export const COMPANY_NAME_END = new RegExp(`\\s(?:${COMPANY_SUFFIX_WORDS})$`);
