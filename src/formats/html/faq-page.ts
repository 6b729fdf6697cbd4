import type { SiteAnswer, SiteFaq, SiteModel } from '../../documents/site';
import { esc, fillHtml } from './escape';
import { fill, type Strings } from '../../text/strings';
import { inlineHtml } from './inline';

// Answers are plain text with links already made; there is no heading of the site for them to point at.
const noAnchors = () => undefined;

/**
 * The FAQ page's body: a list of every question linking to its answer, then the answers in library order,
 * each under its question as a heading whose id is the answer's id. No <details>: answers stay open, so
 * they print, are found by the browser's search, and a link to one lands on its text in every browser.
 */
export function faqBody(site: SiteModel, faq: SiteFaq): string {
  const t = site.strings;
  const questions = faq.answers.map((a) => `<li><a href="#${esc(a.id)}">${esc(a.question)}</a></li>`).join('\n');
  const contact = `<a href="${esc(site.company.contactHref)}">${esc(site.company.securityContact)}</a>`;
  return [
    `<h1>${esc(t.siteFaqHeading)}</h1>`,
    `<p class="lead">${fillHtml(t.siteFaqLead, { company: esc(site.company.name) })}</p>`,
    `<p class="meta">${esc(questionCount(t, faq.answers.length))} · ${esc(t.lastReviewed)} <time datetime="${esc(site.reviewDate)}">${esc(site.reviewDateText)}</time> · ${fillHtml(t.siteAlsoAs, { file: '<a href="faq.json">faq.json</a>' })}</p>`,
    `<nav class="questions" aria-label="${esc(t.siteQuestionList)}"><ol>\n${questions}\n</ol></nav>`,
    faq.answers.map((a) => answerHtml(a, t)).join('\n'),
    `<p>${fillHtml(t.siteNotAnswered, { contact })}</p>`,
  ].join('\n');
}

function questionCount(t: Strings, count: number): string {
  return count === 1 ? t.siteQuestionOne : fill(t.siteQuestions, { count });
}

function answerHtml(answer: SiteAnswer, t: Strings): string {
  const text = answer.paragraphs.map((lines) => `<p>${lines.map((runs) => inlineHtml(runs, noAnchors)).join('<br>')}</p>`).join('\n');
  const refs = [
    answer.controls.length ? `${esc(t.siteControls)}: ${answer.controls.map((c) => `<a href="index.html#${esc(c.anchor)}">${esc(c.area)}</a>`).join(', ')}` : '',
    answer.subprocessors.length ? `${esc(t.siteSubprocessors)}: ${answer.subprocessors.map((s) => `<a href="index.html#${esc(s.anchor)}">${esc(s.name)}</a>`).join(', ')}` : '',
    answer.caiq.length ? `CAIQ v4: ${esc(answer.caiq.join(', '))}` : '',
  ].filter(Boolean);
  return [
    `<div class="answer">`,
    `<h2 id="${esc(answer.id)}">${esc(answer.question)}</h2>`,
    // Libraries use n/a for questions that take no yes or no ("Who is the contact?") as well as for what does
    // not apply; a "Not applicable" over the first kind would mislead, and the answer's own words say which.
    ...(answer.short === 'n/a' ? [] : [`<p class="short">${esc(t.siteShortAnswer)} <strong>${esc(answer.shortText)}</strong></p>`]),
    text,
    ...(refs.length ? [`<p class="refs">${refs.join(' · ')}</p>`] : []),
    `</div>`,
  ].join('\n');
}

/** The index's pointer to the FAQ page. */
export function faqTeaser(site: SiteModel, faq: SiteFaq): string {
  const t = site.strings;
  const link = `<a href="${esc(faq.page)}">${esc(t.siteReadFaq)}</a>`;
  return `<section aria-labelledby="faq"><h2 id="faq">${esc(t.siteFaqHeading)}</h2>\n<p>${fillHtml(t.siteFaqTeaser, { questions: esc(questionCount(t, faq.answers.length)), link })}</p></section>`;
}
