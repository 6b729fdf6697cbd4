import type { FeedEntry, FeedModel } from '../../documents/feed';
import { fill } from '../../text/strings';
import { esc, fillHtml } from './escape';
import { uuidFor } from './uuid';

/** Where the feed and the page are published; relative links when the site's URL is not known. */
export interface FeedLinks {
  /** The site's base URL ending in `/`, when `site.url` is set. */
  base?: string;
}

const xml = esc;

/**
 * The Atom 1.0 feed (RFC 4287) of subprocessor changes. Ids are name-based UUIDs of the company's
 * website and the review date, so an entry keeps its id in every later build; no clock is read.
 */
export function atomFeed(feed: FeedModel, links: FeedLinks): string {
  const base = links.base ?? '';
  const page = `${base}index.html#subprocessor-list`;
  const t = feed.strings;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(feed.language)}">`,
    `  <id>urn:uuid:${uuidFor(`${feed.website}#subprocessor-changes`)}</id>`,
    `  <title>${xml(fill(t.feedTitle, { company: feed.company }))}</title>`,
    `  <subtitle>${xml(fill(t.feedSubtitle, { company: feed.company }))}</subtitle>`,
    `  <updated>${timestamp(feed.updated)}</updated>`,
    `  <author><name>${xml(feed.company)}</name>${feed.securityContact.includes('@') ? `<email>${xml(feed.securityContact)}</email>` : ''}<uri>${xml(feed.website)}</uri></author>`,
    ...(links.base ? [`  <link rel="self" type="application/atom+xml" href="${xml(`${base}feed.xml`)}"/>`] : []),
    `  <link rel="alternate" type="text/html" href="${xml(page)}"/>`,
    ...feed.entries.flatMap((entry) => entryXml(feed, entry, page)),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

function entryXml(feed: FeedModel, entry: FeedEntry, page: string): string[] {
  const t = feed.strings;
  const counts = [
    entry.added.length ? fill(t.feedAddedCount, { count: entry.added.length }) : '',
    entry.removed.length ? fill(t.feedRemovedCount, { count: entry.removed.length }) : '',
    entry.changed.length ? fill(t.feedChangedCount, { count: entry.changed.length }) : '',
  ].filter(Boolean);
  const summary = fill(t.feedSummary, { changes: counts.join(', '), previous: feed.date(entry.previousDate), effective: feed.date(entry.effective) });
  return [
    '  <entry>',
    `    <id>urn:uuid:${uuidFor(`${feed.website}#subprocessor-changes/${entry.reviewDate}`)}</id>`,
    `    <title>${xml(fill(t.feedEntryTitle, { date: feed.date(entry.reviewDate) }))}</title>`,
    `    <updated>${timestamp(entry.reviewDate)}</updated>`,
    `    <published>${timestamp(entry.reviewDate)}</published>`,
    `    <link rel="alternate" type="text/html" href="${xml(page)}"/>`,
    `    <summary type="text">${xml(summary)}</summary>`,
    `    <content type="html">${xml(contentHtml(feed, entry))}</content>`,
    '  </entry>',
  ];
}

/** The entry's body as HTML, escaped once here and once more as the feed's XML text. */
function contentHtml(feed: FeedModel, entry: FeedEntry): string {
  const t = feed.strings;
  const none = (value: string) => esc(value || t.feedNone);
  const list = (title: string, items: string[]) => (items.length ? `<h3>${esc(title)}</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '');
  return [
    `<p>${esc(fill(t.feedEffective, { date: feed.date(entry.effective) }))}</p>`,
    list(t.feedAdded, entry.added.map((s) => `<strong>${esc(s.name)}</strong>: ${esc(s.purpose)} (${esc(s.location)})`)),
    list(t.feedRemoved, entry.removed.map((s) => `<strong>${esc(s.name)}</strong>: ${esc(s.purpose)}`)),
    list(t.feedChanged, entry.changed.map((c) => `<strong>${esc(c.title)}</strong>: ${c.fields.map((f) => fillHtml(t.feedFromTo, { field: esc(f.field), before: none(f.before), after: none(f.after) })).join('; ')}`)),
  ].join('');
}

function timestamp(date: string): string {
  return `${date}T00:00:00Z`;
}
