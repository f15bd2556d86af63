import { describe, expect, it } from 'vitest';
import { answerPosition } from '../../../src/model/answer';

describe('answerPosition', () => {
  it.each([
    [[0.1, 0.7, 0.2], [2, 1, 0], 1],
    [[0.1, 0.7, 0.2], [0, 2, 0], 1],
    [[0.5, 0.5], [1, 0, 1], 0],
  ])('decoded %j over words %j → position %i (first occurrence on ties)', (decoded, ids, position) => {
    expect(answerPosition(decoded, ids)).toBe(position);
  });
});
