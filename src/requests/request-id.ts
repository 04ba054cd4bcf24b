/**
 * Whether a string has the form of a PostgreSQL uuid. Request ids come from addresses: one of
 * any other form names no request, and is answered as such rather than sent to the database
 * (which would refuse it with an error).
 */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
