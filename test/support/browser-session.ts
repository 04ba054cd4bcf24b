/**
 * A minimal browser for HTTP tests: keeps cookies per host (honouring Path and Max-Age=0),
 * follows redirects by hand so each hop can be checked, and submits forms.
 */
export interface Page {
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

/** Form fields; an array is a field sent once per value. */
export type Form = Record<string, string | readonly string[]>;

interface StoredCookie {
  value: string;
  path: string;
}

export class BrowserSession {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name)?.value;
  }

  /** One request, no redirect following. */
  async request(
    url: string,
    init: { method?: string; form?: Form; headers?: Record<string, string> } = {},
  ): Promise<Page> {
    const target = new URL(url);
    const headers: Record<string, string> = { ...init.headers };
    const cookies = [...(this.jar.get(target.host) ?? new Map<string, StoredCookie>()).entries()]
      .filter(([, cookie]) => target.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`);
    if (cookies.length > 0) headers.cookie = cookies.join("; ");
    let body: string | undefined;
    if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      // A repeated field (checkboxes of one name) is sent once per value, as a browser does.
      const fields = new URLSearchParams();
      for (const [name, value] of Object.entries(init.form))
        for (const one of Array.isArray(value) ? value : [value]) fields.append(name, one);
      body = fields.toString();
    }
    const response = await fetch(target, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      headers,
      body,
      redirect: "manual",
    });
    this.store(target.host, response.headers.getSetCookie());
    return { url: target.toString(), status: response.status, headers: response.headers, body: await response.text() };
  }

  /** Follows redirects (at most 10) and returns every page on the way, the last one last. */
  async navigate(url: string, init: { method?: string; form?: Form } = {}): Promise<Page[]> {
    const pages: Page[] = [];
    let next: { url: string; init: typeof init } | null = { url, init };
    while (next && pages.length < 10) {
      const current: Page = await this.request(next.url, next.init);
      pages.push(current);
      const location = current.headers.get("location");
      next =
        current.status >= 300 && current.status < 400 && location
          ? { url: new URL(location, current.url).toString(), init: {} }
          : null;
    }
    return pages;
  }

  private store(host: string, setCookies: string[]): void {
    const cookies = this.jar.get(host) ?? new Map<string, StoredCookie>();
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      const path = attributes.find((attribute) => /^path=/i.test(attribute))?.slice(5) ?? "/";
      const expired = attributes.some(
        (attribute) => /^max-age=0$/i.test(attribute) || /^expires=Thu, 01 Jan 1970/i.test(attribute),
      );
      if (expired || value === "") cookies.delete(name);
      else cookies.set(name, { value, path });
    }
    this.jar.set(host, cookies);
  }
}

/** The value of a hidden form field, e.g. the CSRF token. */
export function formField(html: string, name: string): string | undefined {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  return match?.[1] === undefined ? undefined : unescapeHtml(match[1]);
}

/**
 * Signs in to SafeIntro at `appUrl` through the real consent flow: SafeIntro → the
 * emulator's consent page → Allow (as `account`) → SafeIntro's callback → the status page.
 * It starts at `start` (default /auth/google), and every scope stays ticked but those in
 * `untick`. When SafeIntro needs a refresh token it does not get, it sends the browser to
 * Google's consent page a second time: that page is answered the same way.
 */
export async function connectGmail(
  browser: BrowserSession,
  appUrl: string,
  account: string,
  options: { untick?: readonly string[]; start?: string } = {},
): Promise<Page[]> {
  const pages = await browser.navigate(`${appUrl}${options.start ?? "/auth/google"}`);
  const consent = pages.at(-1);
  if (!consent || !isConsentPage(consent))
    throw new Error(`no consent page: ${consent?.status} ${consent?.body.slice(0, 200)}`);
  for (let round = 0; round < 2; round++) {
    const page = pages.at(-1);
    if (!page || !isConsentPage(page)) break;
    pages.push(...(await answerConsentPage(browser, page, account, options.untick ?? [])));
  }
  return pages;
}

/** The emulator's consent page (Google's, in tests): a form with the consent id. */
export function isConsentPage(page: Page): boolean {
  return page.status === 200 && page.body.includes('name="consent_id"');
}

/** Allow, as `account`, with every scope ticked but those in `untick`; the pages up to where that leads. */
export async function answerConsentPage(
  browser: BrowserSession,
  consent: Page,
  account: string,
  untick: readonly string[],
): Promise<Page[]> {
  const action = /<form[^>]*action="([^"]+)"/.exec(consent.body)?.[1];
  if (!action) throw new Error("the consent page has no form");
  const fields: Record<string, string | string[]> = {};
  for (const match of consent.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    fields[match[1] ?? ""] = unescapeHtml(match[2] ?? "");
  }
  fields.scope = [...consent.body.matchAll(/<input type="checkbox" name="scope" value="([^"]*)" checked>/g)]
    .map((match) => unescapeHtml(match[1] ?? ""))
    .filter((scope) => !untick.includes(scope));
  const target = new URL(unescapeHtml(action), consent.url).toString();
  return browser.navigate(target, { form: { ...fields, account, decision: "allow" } });
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
