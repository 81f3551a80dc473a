/**
 * `make` behind a cache: the first call with a key makes the value, later calls with the same key get that one.
 * For work that many elements would otherwise each repeat on the same input (200 cards on a page).
 */
export function memo<Key, Value>(make: (key: Key) => Value): (key: Key) => Value {
  const made = new Map<Key, Value>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}
