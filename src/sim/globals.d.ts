/**
 * The engine is checked against the ES library alone (tsconfig.sim.json: no DOM, no worker, no Node globals).
 * The one host facility it uses is declared here: structuredClone is not in the ES library, but every runtime
 * the engine runs in (the web worker, the page, Node ≥ 17) provides it, and it is deterministic.
 */
declare function structuredClone<T>(value: T): T;
