import type { Request, Response } from "express";

/** A form or JSON body as string fields only (anything else is dropped). */
export function stringFields(body: unknown): Record<string, string | undefined> {
  const fields: Record<string, string | undefined> = {};
  if (typeof body !== "object" || body === null) return fields;
  for (const [name, value] of Object.entries(body)) if (typeof value === "string") fields[name] = value;
  return fields;
}

/** The query string exactly as sent, repeated parameters kept (Express's parser would merge them). */
export function rawQuery(request: Request): URLSearchParams {
  const index = request.originalUrl.indexOf("?");
  return new URLSearchParams(index === -1 ? "" : request.originalUrl.slice(index + 1));
}

export function rawPath(request: Request): string {
  return request.originalUrl.split("?")[0] ?? "/";
}

/** Lets the call log name the user and units of a request handled by the route. */
export function noteCall(response: Response, user: string | null, units: number): void {
  response.locals.user = user;
  response.locals.units = units;
}

export function headerMap(request: Request): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers))
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  return headers;
}

/** HTTP Basic client credentials, which Google's token endpoint accepts. */
export function basicCredentials(request: Request): { clientId: string; clientSecret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString();
  const colon = decoded.indexOf(":");
  if (colon === -1) return undefined;
  return {
    clientId: decodeURIComponent(decoded.slice(0, colon)),
    clientSecret: decodeURIComponent(decoded.slice(colon + 1)),
  };
}
