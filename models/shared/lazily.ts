/** `read` run the first time the value is asked for, and only then: a sweep with nothing to check reads nothing. */
export function lazily<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= read());
}
