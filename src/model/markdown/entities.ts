import { decodeHTMLStrict } from 'entities';
import { CONTROL_CHARACTERS } from '../../text/control';

/**
 * Decodes HTML character references in prose: numeric ones and all 2,231 names of HTML5, each only with its
 * closing semicolon, as CommonMark requires; an unknown name stays as written, so nothing is lost.
 * NUL, surrogates and out-of-range code points become U+FFFD; control characters are dropped, for the same
 * reason the source scan removes them.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return decodeHTMLStrict(text).replace(CONTROL_CHARACTERS, '');
}
