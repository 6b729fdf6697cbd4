/**
 * How questions become search terms: the field's synonyms folded onto one spelling, stop words dropped,
 * words reduced to a stem. The library and the customer's questions go through the same steps.
 */

/**
 * Phrases that mean the same in security questionnaires, each rewritten to the canonical token (or two
 * tokens, when the phrase means both: "role-based" is about roles and is RBAC). Earlier entries win where
 * two could match at the same place ("single sign-on" before "sign on").
 */
const SYNONYMS: readonly [string, readonly RegExp[]][] = [
  ['mfa', [/\bmulti[\s-]?factor\b/g, /\btwo[\s-]?factor\b/g, /\b2[\s-]?fa\b/g, /\b2[\s-]?step\b/g, /\btwo[\s-]?step\b/g, /\bmfa\b/g, /\bsecond (?:authentication )?factor\b/g, /\bstrong authentication\b/g]],
  ['sso', [/\bsingle[\s-]?sign[\s-]?on\b/g, /\bsso\b/g, /\bsaml(?:\s*2(?:\.0)?)?\b/g, /\bidentity (?:providers?|management(?: systems?| solutions?)?)\b/g, /\bidp\b/g, /\bfederat\w*/g, /\bokta\b/g, /\bazure ad\b/g, /\bentra\b/g]],
  ['atrest', [/\bat[\s-]rest\b/g, /\bwhen stored\b/g, /\bon disk\b/g, /\bstorage encryption\b/g]],
  ['intransit', [/\bin[\s-]transit\b/g, /\bin motion\b/g, /\btls(?:\s*1\.[0-3])?\b/g, /\bssl\b/g, /\bhttps\b/g, /\bover the network\b/g, /\bover public networks\b/g, /\btransmi\w*/g, /\btravels?\b/g]],
  ['subprocessor', [/\bsub[\s-]?processors?\b/g, /\bthird[\s-]part(?:y|ies)(?: vendors?| suppliers?)?\b/g, /\bsub[\s-]?contract\w*/g, /\bdata processors\b/g, /\byour (?:own )?(?:vendors|suppliers)\b/g]],
  ['signin', [/\blog[\s-]?(?:in|on)s?\b/g, /\bsign[\s-]?(?:in|on)s?\b/g]],
  ['google', [/\bgoogle workspace\b/g, /\bg suite\b/g, /\bgoogle\b/g]],
  ['sdk', [/\bsdks?\b/g, /\b(?:client|language) librar(?:y|ies)\b/g]],
  ['keymanagement', [/\bkey management\b/g, /\bkms\b/g, /\bmanag\w* (?:the |our |its )?(?:encryption )?keys\b/g]],
  ['pentest', [/\bpen(?:etration)?[\s-]?test\w*/g]],
  ['dpa', [/\bdpa\b/g, /\b(?:data )?processing (?:agreements?|addendum|terms)\b/g, /\b(?:gdpr )?article 28\b/g]],
  ['rpo', [/\brpo\b/g, /\brecovery point(?: objective)?\b/g]],
  ['rto', [/\brto\b/g, /\brecovery time(?: objective)?\b/g]],
  ['sla', [/\bsla\b/g, /\bservice level(?: agreement)?\b/g, /\buptime\b/g, /\bavailability (?:commitment|guarantee)\b/g]],
  ['breach', [/\bbreach(?:es)?\b/g, /\b(?:security )?incidents?\b/g]],
  ['card', [/\bcard ?holder data\b/g, /\bcredit cards?\b/g, /\bpayment cards?\b/g, /\bpan\b/g, /\bcard numbers?\b/g]],
  ['pci', [/\bpci[\s-]?dss\b/g, /\bpci\b/g]],
  ['byok', [/\bbring[\s-]your[\s-]own[\s-]keys?\b/g, /\bbyok\b/g, /\bcustomer[\s-]managed keys?\b/g]],
  ['role rbac', [/\brole[\s-]based\b/g, /\brbac\b/g]],
  ['offsite', [/\boff[\s-]?site\b/g, /\bseparate (?:location|site|region)\b/g, /\b(?:different|another|second) (?:location|site|region)\b/g]],
  ['classify', [/\bclassif\w*/g]],
  ['soc2', [/\bsoc ?2(?: type (?:ii|2|1|i))?\b/g]],
  ['iso27001', [/\biso(?:\/iec)? ?27001(?::20\d\d)?\b/g]],
  ['personaldata', [/\bpersonal data\b/g, /\bpii\b/g, /\bpersonally identifiable information\b/g]],
  ['backup', [/\bback(?:ed|ing)?[\s-]?ups?\b/g]],
  ['hosting', [/\biaas\b/g, /\b(?:cloud|infrastructure|hosting)(?: hosting)? providers?\b/g, /\baws\b/g, /\bazure\b/g, /\bgcp\b/g]],
  ['auditlog', [/\baudit (?:logs?|trails?|logging)\b/g, /\blogs? of user (?:actions|activity)\b/g, /\bactivity log(?:s|ging)?\b/g]],
  ['notify', [/\bnotif\w*/g, /\bnotices?\b/g, /\binform(?:ed)?\b/g, /\btell\b/g, /\btold\b/g]],
  ['delete', [/\bdelet\w*/g, /\beras(?:e|ed|ure)\b/g, /\bdestr(?:oy|oyed|uction)\b/g, /\bdispos\w*/g, /\bpurg\w*/g]],
  ['api', [/\bapplication programming interfaces?\b/g, /\bapis?\b/g]],
  ['data', [/\bcontent\b/g]],
  ['pay', [/\bbilling\b/g, /\bpayments?\b/g]],
  ['plan', [/\b(?:subscription|pricing)? ?(?:tiers?|plans?|editions?)\b/g]],
  ['frequency', [/\bhow often\b/g, /\bfrequen\w*/g]],
  ['responsibility', [/\bobligations?\b/g, /\bresponsibilit\w*/g, /\bresponsible\b/g]],
  ['decide', [/\bdecid\w*/g, /\bdetermin\w*/g, /\bchoos\w*/g]],
  ['upload', [/\bupload\w*/g, /\bsen[dt]s?\b/g, /\bsubmit\w*/g]],
  ['type', [/\b(?:kinds?|types?|categories) of\b/g]],
  ['certify', [/\bcertif\w*/g, /\battestations?\b/g]],
  ['store', [/\bstor(?:e|ed|es|age|ing)\b/g]],
  ['retention', [/\bretain\w*/g, /\bretention\b/g, /\bkeep our data\b/g]],
];

/** Words that carry no meaning for matching a question to an answer. */
const STOP = new Set(
  `a an the and or of to in on at for with by from as is are was were be been being do does did doing you your yours we our us it its
  this that these those there their they them any all each every some such what which who whom whose when where why how can could will would
  shall should may might must have has had please provide describe state explain detail details e g eg i ie if not no yes so than then
  also about into within upon via per vendor vendors service services solution platform system application applications product
  organization organisation company team support supports supported offer offers offered available
  use uses used using based integrate integrates ensure perform performed conduct copy most recent latest current make regarding matter matters
  exist exists follow between higher greater within across whether currently place
  confirm indicate specify outline whenever including handle handles handled handling operate operates operated run runs
  obtain obtained maintain maintains maintained apply applies applied permit permits permitted able enter prior after firm basis`.split(/\s+/),
);

/**
 * Phrases that carry no meaning however their words are used elsewhere: "at least annually" is not least
 * privilege. "The Third Party" is how SIG questionnaires name the vendor being assessed, not its suppliers
 * ("third parties", "third-party vendors" still fold to subprocessor).
 */
const FILLER = /\bat least\b|\bin place\b|\bsuch as\b|\bup[\s-]to[\s-]date\b|\bservice providers?\b|\bthe third[\s-]party\b(?![\s-](?:vendors?|suppliers?|providers?|services?)\b)/g;

/** Every synonym in one expression, one named group per canonical token: a single pass over the text. */
const ALL_SYNONYMS = new RegExp(SYNONYMS.map(([, patterns], i) => `(?<s${i}>${patterns.map((p) => p.source).join('|')})`).join('|'), 'g');

/** Lower case, synonyms folded, split into words of letters and digits. */
export function tokenize(text: string): string[] {
  const folded = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(FILLER, ' ')
    .replace(ALL_SYNONYMS, (...args) => {
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      const index = Object.keys(groups).findIndex((name) => groups[name] !== undefined);
      return ` ${SYNONYMS[index][0]} `;
    });
  return folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
}

/** A term as it is indexed and searched: stop words dropped, the word stemmed; null drops it. */
export function processTerm(term: string): string | null {
  // Bare numbers (versions, percentages, hours) say how, not what: "TLS 1.2", "99.9%", "72 hours".
  if (STOP.has(term) || term.length < 2 || /^\d+$/.test(term)) return null;
  return stem(term);
}

/** A light suffix-stripping stemmer: encryption, encrypted and encrypts meet at "encrypt". */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  if (word.length <= 4) {
    const singular = /[^su]s$/.test(word) ? word.slice(0, -1) : word;
    return singular.length > 3 ? trim(singular) : singular;
  }
  const rules: [RegExp, string][] = [
    [/(?<=t)ions?$/, ''],
    [/abilit(?:y|ies)$/, ''],
    [/it(?:y|ies)$/, ''],
    [/able$/, ''],
    [/ies$/, 'y'],
    [/ied$/, 'y'],
    [/ings?$/, ''],
    [/ments?$/, ''],
    [/ness$/, ''],
    [/ed$/, ''],
    [/(?<=[^s])s$/, ''],
  ];
  for (const [suffix, replacement] of rules) {
    if (suffix.test(word)) {
      const stemmed = word.replace(suffix, replacement);
      if (stemmed.length >= 3) return trim(stemmed);
    }
  }
  return trim(word);
}

/** The endings left after a suffix: authenticate and authentication meet at "authentic". */
function trim(word: string): string {
  const bare = word.replace(/e$/, '');
  return bare.length >= 7 ? bare.replace(/at$/, '') : bare;
}

/** The meaningful terms of a text, in order. */
export function terms(text: string): string[] {
  return tokenize(text).flatMap((t) => processTerm(t) ?? []);
}
