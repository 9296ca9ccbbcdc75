/**
 * `npm run apikey -- <role> [label]`: prints a new random API key and the API_KEYS entry that grants it (the key's
 * SHA-256 with the role and label). Give the key to its holder, add the entry to API_KEYS; the server never
 * stores the key itself (src/auth/api-keys.ts).
 */
import { newApiKey, ROLES } from '../src/auth/api-keys';
import type { Role } from '../src/auth/api-keys';

const [role = 'editor', label] = process.argv.slice(2);
if (!(ROLES as readonly string[]).includes(role) || (label !== undefined && /[,\s]/.test(label))) {
  console.error(`usage: npm run apikey -- <${ROLES.join('|')}> [label without spaces or commas]`);
  process.exit(2);
}
const { key, entry } = newApiKey(role as Role, label);
console.log(`key (give to the client, shown once): ${key}`);
console.log(`API_KEYS entry (add to the server's API_KEYS, comma-separated): ${entry}`);
