import type { Position } from '../diagnostics';
import type { Answer } from '../load/types';

/** Where a field of an answer was written (`reviewed`, `controls[1]`), or the entry's start. */
export function answerPlace(answer: Answer, field: string): Position {
  return answer.positions.of(field, answer.at);
}

/** The answers of the library, as loaded (with their places). */
export function libraryOf(content: { answers?: readonly Answer[] }): readonly Answer[] {
  return content.answers ?? [];
}
