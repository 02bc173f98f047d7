/**
 * Advisory-lock namespaces (the first key of PostgreSQL's two-key form), so a
 * conversation's turn lock can never collide with a document's update lock.
 * The second key is `hashtext(name)`: a collision only serialises two unrelated
 * keys for a moment, it never lets two holders of one key in together.
 */
export const LOCK_SPACE = {
  migrations: 0x466f_0001,
  documents: 0x466f_0002,
  turns: 0x466f_0003,
} as const;
