/**
 * The stored graph model in code (cypher/README.md describes it as stored): vocabulary, id formats, partial
 * dates. `seed/` and `src/` both import it; it imports nothing from either.
 */
export * from './vocabulary';
export * from './ids';
export * from './dates';
export * from './rows';
export * from './search-scope';
