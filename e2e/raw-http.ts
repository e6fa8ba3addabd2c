import http from "node:http";

/**
 * Requests no browser would send: from a loopback source address of our choosing (what
 * `curl --interface 127.0.0.2` does), with any headers, or without Origin.
 */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(
  url: string,
  opts: { from?: string; method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? "GET", localAddress: opts.from, headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

/** A form as multipart/form-data, the way a browser encodes it. */
export async function multipart(fields: Record<string, string>): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const encoded = new Request("http://form.invalid", { method: "POST", body: form });
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type")! };
}

const decodeEntities = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * The hidden fields React renders into a server-action form (the action's id and bound state), which a
 * browser without JavaScript posts back: a server action called over plain HTTP.
 */
export async function actionFormFields(baseURL: string, path: string, from?: string): Promise<Record<string, string>> {
  const page = await rawRequest(`${baseURL}${path}`, { from });
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(page.body)?.[1] ?? "";
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) fields[decodeEntities(m[1]!)] = decodeEntities(m[2] ?? "");
  if (!Object.keys(fields).some((k) => k.startsWith("$ACTION"))) throw new Error(`no server-action form on ${path}`);
  return fields;
}

/** Posts the login form as a browser without JavaScript would, from `from`, with any extra headers. */
export async function postLoginForm(
  baseURL: string,
  opts: { from: string; username: string; password: string; headers?: Record<string, string> },
): Promise<RawResponse> {
  const fields = await actionFormFields(baseURL, "/login", opts.from);
  const { body, contentType } = await multipart({ ...fields, username: opts.username, password: opts.password });
  return rawRequest(`${baseURL}/login`, {
    from: opts.from,
    method: "POST",
    body,
    headers: { "content-type": contentType, origin: baseURL, ...opts.headers },
  });
}

export const sessionCookieSet = (res: RawResponse) => (res.headers["set-cookie"] ?? []).some((c) => c.startsWith("authjs.session-token="));
