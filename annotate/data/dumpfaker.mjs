// Prints the first and last names of every locale of @faker-js/faker as
// JSON (mkgivennames.py reads it). Run from the folder holding the
// unpacked package (faker/package).
import { allLocales } from './faker/package/dist/index.js';
const out = {};
for (const [code, loc] of Object.entries(allLocales)) {
  const p = loc.person;
  if (!p) continue;
  const flat = (v) => (v == null ? [] : Array.isArray(v) ? v : Object.values(v).flat());
  out[code] = { first: flat(p.first_name), last: flat(p.last_name) };
}
console.log(JSON.stringify(out));
