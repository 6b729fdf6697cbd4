import { accentContrast } from './accent-contrast';
import { answerCaiqDuplicate, answerCaiqFormat } from './answer-caiq';
import { answerDuplicateQuestion } from './answer-duplicate-question';
import { answerFormulaStart } from './answer-formula-start';
import { answerShortContradiction } from './answer-short-contradiction';
import { answerStale } from './answer-stale';
import { answerUnknownControl } from './answer-unknown-control';
import { answerUnknownSubprocessor } from './answer-unknown-subprocessor';
import { authorMarker } from './author-marker';
import { controlWithoutFrameworks } from './control-frameworks';
import { danglingColon } from './dangling-colon';
import { imageInvalid, imageSize } from './image-size';
import { fontInvalid, missingGlyph } from './missing-glyph';
import { reviewDateFuture, reviewDateStale } from './review-date';
import type { LintRule } from './rule';
import { secret } from './secret';
import { subprocessorNearDuplicate } from './subprocessor-duplicates';
import { svgInvalid, svgReference } from './svg';

/** Every content check, in the order they run. */
export const lintRules: readonly LintRule[] = [
  danglingColon,
  authorMarker,
  secret,
  missingGlyph,
  fontInvalid,
  reviewDateFuture,
  reviewDateStale,
  imageSize,
  imageInvalid,
  svgInvalid,
  svgReference,
  subprocessorNearDuplicate,
  controlWithoutFrameworks,
  accentContrast,
  answerStale,
  answerDuplicateQuestion,
  answerUnknownControl,
  answerUnknownSubprocessor,
  answerCaiqFormat,
  answerCaiqDuplicate,
  answerShortContradiction,
  answerFormulaStart,
];
