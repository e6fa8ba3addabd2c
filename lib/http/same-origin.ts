import { isSameOriginAction } from "./action-origin";

/**
 * NOTE: the imports and the JSON record endpoints are POSTs carrying the session cookie. They follow
 * the server actions' rule (lib/http/action-origin.ts): the Origin names this host or, from a browser
 * that sent none, Fetch Metadata says same-origin; a request with neither is another client's, refused.
 */
export function isSameOrigin(request: Request): boolean {
  return isSameOriginAction(request.headers);
}
