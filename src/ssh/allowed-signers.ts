import { ED25519, publicKeyFromBlob } from './ssh-key';

// The allowed_signers file of `ssh-keygen -Y verify` (ssh-keygen(1), "ALLOWED SIGNERS"): one key per line,
// `principals [options] keytype base64-key [comment]`, `#` comments and blank lines ignored.

/** One line of an allowed_signers file. */
export interface AllowedSigner {
  line: number;
  /** Comma-separated patterns with `*`, `?` and `!` negation, as OpenSSH matches them. */
  principals: string;
  keyType: string;
  /** The 32-byte key for ssh-ed25519 lines; null for other key types, which never match a package signature. */
  key: Buffer | null;
  /** The `namespaces="..."` option, or null when the line allows every namespace. */
  namespaces: string[] | null;
  certAuthority: boolean;
  validAfter: Date | null;
  validBefore: Date | null;
}

/** Reads an allowed_signers file; lines it cannot read come back as problems with their number. */
export function parseAllowedSigners(text: string): { signers: AllowedSigner[]; problems: { line: number; detail: string }[] } {
  const signers: AllowedSigner[] = [];
  const problems: { line: number; detail: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const fields = splitFields(trimmed);
    if (!fields || fields.length < 3) {
      problems.push({ line, detail: 'expected "principals [options] key-type base64-key"' });
      return;
    }
    const [principals, ...rest] = fields;
    const options = isKeyType(rest[0]) ? '' : (rest.shift() as string);
    const [keyType, base64] = rest;
    if (!keyType || !isKeyType(keyType) || !base64) {
      problems.push({ line, detail: 'expected "principals [options] key-type base64-key"' });
      return;
    }
    const parsed = parseOptions(options);
    if ('problem' in parsed) {
      problems.push({ line, detail: parsed.problem });
      return;
    }
    const key = keyType === ED25519 ? publicKeyFromBlob(Buffer.from(base64, 'base64')) : null;
    if (keyType === ED25519 && !key) {
      problems.push({ line, detail: 'its ssh-ed25519 key is not a valid base64 Ed25519 key' });
      return;
    }
    signers.push({ line, principals: unquote(principals), keyType, key, ...parsed });
  });
  return { signers, problems };
}

/** Whether a line vouches for `key` signing as `principal` in `namespace` at `now`. */
export function allows(signer: AllowedSigner, principal: string, key: Buffer, namespace: string, now: Date): boolean {
  if (signer.certAuthority || !signer.key?.equals(key)) return false;
  if (signer.namespaces && !signer.namespaces.some((pattern) => matchPattern(namespace, pattern))) return false;
  if (signer.validAfter && now < signer.validAfter) return false;
  if (signer.validBefore && now > signer.validBefore) return false;
  return matchPatternList(principal, signer.principals);
}

/** OpenSSH's match_pattern_list: a negated pattern that matches wins, otherwise any positive match. */
export function matchPatternList(value: string, list: string): boolean {
  let matched = false;
  for (const raw of list.split(',')) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    if (!matchPattern(value, pattern)) continue;
    if (negated) return false;
    matched = true;
  }
  return matched;
}

function matchPattern(value: string, pattern: string): boolean {
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`, 's').test(value);
}

function isKeyType(field: string | undefined): boolean {
  return field !== undefined && /^(ssh-|ecdsa-|sk-|rsa-)/.test(field);
}

/** Splits on blanks outside double quotes; null for an unterminated quote. */
function splitFields(line: string): string[] | null {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    if (!quoted && /\s/.test(char)) {
      if (current) fields.push(current);
      current = '';
    } else current += char;
  }
  if (quoted) return null;
  if (current) fields.push(current);
  return fields;
}

function unquote(value: string): string {
  return value.replace(/"/g, '');
}

type Options = Pick<AllowedSigner, 'namespaces' | 'certAuthority' | 'validAfter' | 'validBefore'>;

function parseOptions(options: string): Options | { problem: string } {
  const result: Options = { namespaces: null, certAuthority: false, validAfter: null, validBefore: null };
  if (options === '') return result;
  for (const option of options.match(/(?:[^,"]|"[^"]*")+/g) ?? []) {
    const [name, ...valueParts] = option.split('=');
    const value = unquote(valueParts.join('='));
    const lower = name.toLowerCase();
    if (lower === 'cert-authority') result.certAuthority = true;
    else if (lower === 'namespaces') result.namespaces = value.split(',');
    else if (lower === 'valid-after' || lower === 'valid-before') {
      const date = parseTime(value);
      if (!date) return { problem: `${name}="${value}" is not a time like 20260626 or 202606261200Z` };
      if (lower === 'valid-after') result.validAfter = date;
      else result.validBefore = date;
    } else return { problem: `unknown option ${JSON.stringify(name)}` };
  }
  return result;
}

/** YYYYMMDD[HHMM[SS]][Z]: UTC with Z, otherwise local time, as ssh-keygen reads it. */
function parseTime(value: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(Z?)$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', z] = match;
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  return z ? new Date(Date.UTC(...parts)) : new Date(...parts);
}
