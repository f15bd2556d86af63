import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../scripts/check-node.mjs';

describe('nodeVersionProblem', () => {
  it.each(['22.13.0', '22.20.1', '23.0.0', '24.21.0', '30.1.2'])('accepts Node %s', (version) => {
    expect(nodeVersionProblem(version)).toBeUndefined();
  });

  it.each(['20.20.2', '22.11.9', '22.12.0', '18.0.0', '22.0.0'])(
    'names the required version to Node %s',
    (version) => {
      expect(nodeVersionProblem(version)).toBe(
        `This site needs Node.js >= 22.13 (you have ${version}). Install Node 24 (see .nvmrc), e.g. \`nvm install\`, or https://nodejs.org.`,
      );
    },
  );
});
