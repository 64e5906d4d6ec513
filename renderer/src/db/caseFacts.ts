// The shipped upgrades (schema.ts) and the repositories read registration's clock facts from here; the rule is pure.
export { registeredCaseFacts } from '../domain/caseFacts';
