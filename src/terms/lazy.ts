/**
 * Schemas built when first used, not when their module is loaded (issue 8 item 8, light to
 * load): a command that meets no plan file and no amendment never builds the terms' schemas.
 * What is built is kept (memoized): the schemas are immutable and depend on nothing but the
 * terms' declarations.
 */

/** An object with one enumerable property per key, its value built by `build(key)` when first read and kept from then on. */
export function lazyRecord<K extends string, V>(keys: readonly K[], build: (key: K) => V): Readonly<Record<K, V>> {
  const record = {} as Record<K, V>;
  for (const key of keys) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = build(key);
        Object.defineProperty(record, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return record;
}
