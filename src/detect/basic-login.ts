import { looksLikePlaceholder } from './placeholders';

/** A user name, a colon and a password of at least six characters, all printable ASCII. */
const PRINTABLE_LOGIN = /^[\x20-\x7e]{0,200}:[\x20-\x7e]{6,200}$/;

/**
 * RFC 7617: Basic credentials are base64("user-id:password"), and so is the `auth` of a Docker
 * registry login; a real one decodes to printable text with a colon. A password equal to the user
 * name (test:test) or a placeholder is a sample, not a login.
 */
export function encodesLogin(credentials: string): boolean {
  const login = Buffer.from(credentials, 'base64').toString('latin1');
  if (!PRINTABLE_LOGIN.test(login)) return false;
  const user = login.slice(0, login.indexOf(':'));
  const password = login.slice(login.indexOf(':') + 1);
  return password !== user && !looksLikePlaceholder(password) && !looksLikePlaceholder(login);
}

export function basicCredentials(user: string, password: string): string {
  return Buffer.from(`${user}:${password}`).toString('base64');
}
