// The signed-in user's JWT. Kept in sessionStorage: it lives as long as this tab and is not shared with others.

const KEY = 'textMessagingCenter.token';

export function token() {
  return sessionStorage.getItem(KEY);
}

/** Stores a pasted token; refuses text that is not a readable JWT (the server checks the signature). */
export function signIn(pasted) {
  const candidate = pasted.trim().replace(/^Bearer\s+/i, '');
  const claims = claimsOf(candidate);
  if (!claims) throw new Error('That is not a JWT: paste the whole token (three parts separated by dots).');
  if (claims.exp && claims.exp * 1000 < Date.now()) throw new Error('That token has expired: ask for a new one.');
  sessionStorage.setItem(KEY, candidate);
}

/**
 * A development sign-in link (./run prints them) carries the token in the address: "#token=...". It is taken as if
 * pasted, and removed from the address bar and the history at once.
 */
export function takeTokenFromAddress() {
  const match = location.hash.match(/^#token=([^&]+)/);
  if (!match) return;
  history.replaceState(null, '', `${location.pathname}${location.search}#/inbox`);
  signIn(decodeURIComponent(match[1]));
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** Who the token says the user is (upn = the employee's login id) and their groups; the server decides, this only shapes the page. */
export function user() {
  const claims = claimsOf(token() ?? '') ?? {};
  const groups = Array.isArray(claims.groups) ? claims.groups : [];
  return { login: claims.upn ?? claims.preferred_username ?? claims.sub ?? '', isAdministrator: groups.includes('Administrator') };
}

function claimsOf(jwt) {
  const parts = jwt.split('.');
  if (parts.length !== 3) return null;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}
