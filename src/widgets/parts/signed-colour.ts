/** The diverging scale under its first home: signedFill and signedLimit live in colour-scale.ts (palette variables). */
export { signedFill, signedLimit } from './colour-scale';
