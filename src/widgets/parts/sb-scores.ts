/**
 * Legacy, kept only for the two widgets that still import from here (ScalingExplorer, ModelScaling): the helpers
 * moved to word-choice.ts and dot-product.ts, the number format to src/widgets/format.ts (here with the 2 decimals
 * these widgets print), the argmax to src/model/argmax.ts. Delete this file once those imports point at the new homes.
 */
import { fixed as fixedDecimals } from '../format';

export { argmax as indexOfMax } from '../../model/argmax';
export { extentWithZero, span } from './dot-product';

/** x with 2 decimals (or `digits`), never "-0.00". fixed(-0.0001) → '0.00' */
export function fixed(x: number, digits = 2): string {
  return fixedDecimals(x, digits);
}
