/** The sequential scale under its first name: heatFill(t) is sequentialFill(t) (see colour-scale.ts). */
export { sequentialFill as heatFill, inkOn } from './colour-scale';
