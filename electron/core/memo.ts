// Remembering a pure function of a string, for readers that meet the same few hundred texts over and
// over (unit names, responsibility clauses): a plan names the same units task after task.

/**
 * `read`, answering from memory for a text it has read before. Results are shared between callers,
 * so they must not be changed. Bounded: when full, it forgets everything and starts afresh.
 */
export function memoize<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      result = read(text);
      if (results.size >= limit) results.clear();
      results.set(text, result);
    }
    return result;
  };
}
