// Engine and UI benchmarks (`npm run bench`). Placeholder until the engine lands.
console.log('no benchmarks yet');
