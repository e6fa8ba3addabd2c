/** Text a user searches for, as a LIKE/ILIKE pattern part: its own % _ and \ match themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
