// The map rules live with the domain queries (src/model/peta.ts); re-exported for the map code.
export * from '#model/peta.ts';
