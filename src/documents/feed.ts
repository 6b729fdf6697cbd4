import { diffSnapshots, type ItemChange } from '../diff/compare';
import type { Config } from '../load/types';
import type { SubprocessorData } from '../model/data-files';
import { addDays } from './notice';
import { documentDate, documentStrings } from './package';
import type { Strings } from '../text/strings';

/** The public subprocessor list of one review date, as the site of that date published it. */
export interface PublishedList {
  reviewDate: string;
  subprocessors: SubprocessorData[];
}

/** One review date whose public list changed against the date before it. */
export interface FeedEntry {
  reviewDate: string;
  previousDate: string;
  /** The day the change takes effect: the review date plus the DPA's notice period. */
  effective: string;
  added: SubprocessorData[];
  removed: SubprocessorData[];
  changed: ItemChange[];
}

/** The subprocessor change feed, newest entry first. */
export interface FeedModel {
  company: string;
  /** The feed's language (`xml:lang`) and its words. */
  language: string;
  strings: Strings;
  /** Long dates in the feed's language, by ISO date. */
  date: (isoDate: string) => string;
  website: string;
  securityContact: string;
  /** The newest entry's date, or the review date when nothing has changed yet: never the clock. */
  updated: string;
  entries: FeedEntry[];
}

/**
 * Compares each review date's published list with the one before it. `history` may hold several
 * lists of a date (revisions, in order); the last one stands for the date. Pure.
 */
export function feedModel(config: Config, history: readonly PublishedList[]): FeedModel {
  const byDate = new Map<string, PublishedList>();
  for (const list of history) byDate.set(list.reviewDate, list);
  const dates = [...byDate.keys()].sort();
  const entries: FeedEntry[] = [];
  for (let i = 1; i < dates.length; i++) {
    const before = byDate.get(dates[i - 1])!;
    const after = byDate.get(dates[i])!;
    const snapshot = (l: PublishedList) => ({ label: l.reviewDate, reviewDate: l.reviewDate, company: config.company.name, subprocessors: l.subprocessors, controls: [], sections: null, answers: null });
    const { added, removed, changed } = diffSnapshots(snapshot(before), snapshot(after)).subprocessors;
    if (added.length + removed.length + changed.length === 0) continue;
    entries.push({ reviewDate: after.reviewDate, previousDate: before.reviewDate, effective: addDays(after.reviewDate, config.legal.subprocessorNoticeDays), added, removed, changed });
  }
  entries.reverse();
  return {
    company: config.company.name,
    language: config.document.language,
    strings: documentStrings(config),
    date: (isoDate) => documentDate(config, isoDate),
    website: config.company.website,
    securityContact: config.company.securityContact,
    updated: entries[0]?.reviewDate ?? config.document.reviewDate,
    entries,
  };
}
