/**
 * The message ids a full sync has listed but not fetched yet, each remembered with the
 * messages.list page it came from. A sync hands ids over in whole chunks, so a page's last
 * ids wait for the next page's; the page of the oldest id still waiting is where a stopped
 * sync must list again from, so that none of them is skipped.
 */
export class ListedIds {
  private readonly pages: { pageToken: string | null; ids: string[] }[] = [];

  /** The ids of one page; `pageToken` null for the first page. */
  add(pageToken: string | null, ids: readonly string[]): void {
    if (ids.length > 0) this.pages.push({ pageToken, ids: [...ids] });
  }

  get size(): number {
    return this.pages.reduce((total, page) => total + page.ids.length, 0);
  }

  /** The oldest `count` ids (all, when fewer wait), in the order they were listed. */
  take(count: number): string[] {
    const taken: string[] = [];
    while (taken.length < count && this.pages.length > 0) {
      const first = this.pages[0]!;
      taken.push(...first.ids.splice(0, count - taken.length));
      if (first.ids.length === 0) this.pages.shift();
    }
    return taken;
  }

  /** The page the oldest waiting id was listed on (null: the first page); undefined when none waits. */
  oldestPage(): string | null | undefined {
    return this.pages[0]?.pageToken;
  }
}
