import slugify from 'slugify';

/**
 * A name as it appears in file names: letters transliterated to ASCII ("Société" -> "Societe",
 * "Müller" -> "Muller"), every other run of characters one hyphen. The one function that names files,
 * so a document, its zip and its archive entry always spell a name the same way.
 */
export function slug(name: string, options: { lower?: boolean; fallback?: string } = {}): string {
  // slugify spells "&" as "and"; in a company name it is punctuation ("Acme & Co" -> "Acme-Co").
  const text = slugify(name.replace(/&/g, ' '), { strict: true, lower: options.lower ?? false, trim: true });
  return text.replace(/-+/g, '-').replace(/^-|-$/g, '') || (options.fallback ?? 'company');
}
