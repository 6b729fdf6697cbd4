import type { FeedEntry, FeedModel } from '../../documents/feed';
import { longDate } from '../../text/dates';
import { esc } from './escape';
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
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:uuid:${uuidFor(`${feed.website}#subprocessor-changes`)}</id>`,
    `  <title>${xml(feed.company)} subprocessor changes</title>`,
    `  <subtitle>Subprocessors added, removed or changed at each review of the ${xml(feed.company)} security package, with the date each change takes effect.</subtitle>`,
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
  const counts = [
    entry.added.length ? `${entry.added.length} added` : '',
    entry.removed.length ? `${entry.removed.length} removed` : '',
    entry.changed.length ? `${entry.changed.length} changed` : '',
  ].filter(Boolean);
  const summary = `${counts.join(', ')} since ${longDate(entry.previousDate)}; takes effect on ${longDate(entry.effective)}.`;
  return [
    '  <entry>',
    `    <id>urn:uuid:${uuidFor(`${feed.website}#subprocessor-changes/${entry.reviewDate}`)}</id>`,
    `    <title>Subprocessor changes of ${longDate(entry.reviewDate)}</title>`,
    `    <updated>${timestamp(entry.reviewDate)}</updated>`,
    `    <published>${timestamp(entry.reviewDate)}</published>`,
    `    <link rel="alternate" type="text/html" href="${xml(page)}"/>`,
    `    <summary type="text">${xml(summary)}</summary>`,
    `    <content type="html">${xml(contentHtml(entry))}</content>`,
    '  </entry>',
  ];
}

/** The entry's body as HTML, escaped once here and once more as the feed's XML text. */
function contentHtml(entry: FeedEntry): string {
  const list = (title: string, items: string[]) => (items.length ? `<h3>${esc(title)}</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '');
  return [
    `<p>Takes effect on ${esc(longDate(entry.effective))}, after the notice period of the Data Processing Agreement.</p>`,
    list('Added', entry.added.map((s) => `<strong>${esc(s.name)}</strong>: ${esc(s.purpose)} (${esc(s.location)})`)),
    list('Removed', entry.removed.map((s) => `<strong>${esc(s.name)}</strong>: ${esc(s.purpose)}`)),
    list('Changed', entry.changed.map((c) => `<strong>${esc(c.title)}</strong>: ${c.fields.map((f) => `${esc(f.field)} from “${esc(f.before || 'none')}” to “${esc(f.after || 'none')}”`).join('; ')}`)),
  ].join('');
}

function timestamp(date: string): string {
  return `${date}T00:00:00Z`;
}
