import { readFileSync } from 'node:fs';
import { matrix, type Matrix } from '../../../src/core';

/** A matrix as the numpy generator (tests/fixtures/make_core_fixtures.py) stores it. */
export interface StoredMatrix {
  readonly shape: [number, number];
  readonly data: number[];
}

const NON_FINITE: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** Reads tests/fixtures/core-<name>.json, turning the strings "NaN" and "±Infinity" back into numbers. */
export function loadFixture<T>(name: string): T {
  const text = readFileSync(new URL(`../../fixtures/core-${name}.json`, import.meta.url), 'utf8');
  return JSON.parse(text, (_key, value: unknown) =>
    typeof value === 'string' && value in NON_FINITE ? NON_FINITE[value] : value,
  ) as T;
}

export function toMatrix({ shape: [rows, cols], data }: StoredMatrix): Matrix {
  return matrix(rows, cols, data);
}
