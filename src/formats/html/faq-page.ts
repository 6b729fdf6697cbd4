import type { SiteAnswer, SiteFaq, SiteModel } from '../../documents/site';
import { esc } from './escape';
import { inlineHtml } from './inline';

// Answers are plain text with links already made; there is no heading of the site for them to point at.
const noAnchors = () => undefined;

/**
 * The FAQ page's body: a list of every question linking to its answer, then the answers in library order,
 * each under its question as a heading whose id is the answer's id. No <details>: answers stay open, so
 * they print, are found by the browser's search, and a link to one lands on its text in every browser.
 */
export function faqBody(site: SiteModel, faq: SiteFaq): string {
  const count = faq.answers.length;
  const questions = faq.answers.map((a) => `<li><a href="#${esc(a.id)}">${esc(a.question)}</a></li>`).join('\n');
  return [
    `<h1>Frequently asked questions</h1>`,
    `<p class="lead">The answers ${esc(site.company.name)} gives to the questions security reviews and questionnaires ask most, from the same approved library we fill questionnaires from.</p>`,
    `<p class="meta">${count} ${count === 1 ? 'question' : 'questions'} · Last reviewed <time datetime="${esc(site.reviewDate)}">${esc(site.reviewDateText)}</time> · Also as <a href="faq.json">faq.json</a></p>`,
    `<nav class="questions" aria-label="Questions"><ol>\n${questions}\n</ol></nav>`,
    faq.answers.map(answerHtml).join('\n'),
    `<p>Not answered here? Write to <a href="${esc(site.company.contactHref)}">${esc(site.company.securityContact)}</a>.</p>`,
  ].join('\n');
}

function answerHtml(answer: SiteAnswer): string {
  const text = answer.paragraphs.map((lines) => `<p>${lines.map((runs) => inlineHtml(runs, noAnchors)).join('<br>')}</p>`).join('\n');
  const refs = [
    answer.controls.length ? `Controls: ${answer.controls.map((c) => `<a href="index.html#${esc(c.anchor)}">${esc(c.area)}</a>`).join(', ')}` : '',
    answer.subprocessors.length ? `Subprocessors: ${answer.subprocessors.map((s) => `<a href="index.html#${esc(s.anchor)}">${esc(s.name)}</a>`).join(', ')}` : '',
    answer.caiq.length ? `CAIQ v4: ${esc(answer.caiq.join(', '))}` : '',
  ].filter(Boolean);
  return [
    `<div class="answer">`,
    `<h2 id="${esc(answer.id)}">${esc(answer.question)}</h2>`,
    // Libraries use n/a for questions that take no yes or no ("Who is the contact?") as well as for what does
    // not apply; a "Not applicable" over the first kind would mislead, and the answer's own words say which.
    ...(answer.short === 'n/a' ? [] : [`<p class="short">Short answer: <strong>${esc(answer.shortText)}</strong></p>`]),
    text,
    ...(refs.length ? [`<p class="refs">${refs.join(' · ')}</p>`] : []),
    `</div>`,
  ].join('\n');
}

/** The index's pointer to the FAQ page. */
export function faqTeaser(faq: SiteFaq): string {
  const count = faq.answers.length;
  return `<section aria-labelledby="faq"><h2 id="faq">Frequently asked questions</h2>\n<p>Our answers to ${count} ${count === 1 ? 'question' : 'questions'} that security reviews often ask: <a href="${esc(faq.page)}">read the FAQ</a>.</p></section>`;
}
