/**
 * What persist.ts writes and the lazily loaded stored.ts checks. A module of its own so that
 * neither imports the other: persist.ts stays free of zod/mini, stored.ts free of the stores.
 */
export const STORAGE_KEY = 'ben-jij-bij1';
/** Bump when the stored shape changes: older data is then treated as foreign. */
export const FORMAT = 1;
