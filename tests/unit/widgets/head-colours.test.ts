import { describe, expect, it } from 'vitest';
import { HEAD_ROLES, headRoles, loadPretrained, MODEL_SHAPE, POINTER } from '../../../src/model';
import { HEADS, headByKey, headKey, roleSentence } from '../../../src/widgets/parts/head-colours';

describe('HEADS', () => {
  it('lists every head of the model once, layer by layer, each with its own colour', () => {
    expect(HEADS.map((h) => h.key)).toEqual(['L1H1', 'L1H2', 'L1H3', 'L1H4', 'L2H1']);
    expect(HEADS).toHaveLength(MODEL_SHAPE.heads.reduce((s, c) => s + c, 0));
    expect(new Set(HEADS.map((h) => h.colour)).size).toBe(HEADS.length);
    expect(HEADS.every((h) => /^var\(--head-\d\)$/.test(h.colour))).toBe(true);
  });

  it('carries the measured roles, which headRoles still gives for the committed weights', () => {
    const measured = headRoles(loadPretrained());
    HEADS.forEach((h, i) => {
      expect(h.role).toBe(HEAD_ROLES[i]);
      expect(measured[i]!.role).toBe(h.role.role);
    });
    expect(headByKey(headKey(POINTER))?.role.role).toBe('referent');
    expect(headByKey('L3H1')).toBeUndefined();
  });

  it('says a role with its statistic in words', () => {
    expect(roleSentence(HEADS[0]!.role)).toBe(
      'adjective: 0.50 — mean weight of the pronoun on the adjective, 5.6× an even spread',
    );
  });
});
