import slugify from 'slugify';

/** The longest slug in a file name: with the rest of an edition's name it stays far below 255 bytes. */
export const FILE_SLUG_MAX = 80;

/**
 * A name as it appears in file names: letters transliterated to ASCII ("Société" -> "Societe",
 * "Müller" -> "Muller"), every other run of characters one hyphen. The one function that names files,
 * so a document, its zip and its archive entry always spell a name the same way.
 */
export function slug(name: string, options: { lower?: boolean; fallback?: string; max?: number } = {}): string {
  // slugify spells "&" as "and"; in a company name it is punctuation ("Acme & Co" -> "Acme-Co").
  const text = slugify(name.replace(/&/g, ' '), { strict: true, lower: options.lower ?? false, trim: true });
  const short = text.replace(/-+/g, '-').slice(0, options.max ?? text.length);
  return short.replace(/^-|-$/g, '') || (options.fallback ?? 'company');
}
