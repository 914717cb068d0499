// The longest text Vouch imports: a caption, comment, bio or name of at most 30,000
// characters (UTF-16 code units, as JavaScript counts). Instagram allows 2,200 characters in
// a caption or a comment and even 2,200 of the longest emoji sequences (11 units each) fit;
// YouTube's 10,000-character comments fit too. Anything longer is not a real post: every
// importer refuses it with the file, record and field (ingest/field-schemas.ts), so no
// audit, page or figure has to cope with a text of megabytes.
export const MAX_TEXT_LENGTH = 30_000;
