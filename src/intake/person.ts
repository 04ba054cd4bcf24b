/** Someone named in a message's headers or text: either part may be unknown. */
export interface Person {
  name: string | null;
  email: string | null;
}
