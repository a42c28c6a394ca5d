/** byKey sorts like a stable Array.prototype.sort by a numeric key, whether or not the list was in order. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { byKey, firstAtOrAfter } from "../src/core/order.js";

test("byKey gives what a stable sort by the key gives, in place", () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat())), (pairs) => {
      const expected = [...pairs].sort((a, b) => a[0] - b[0]);
      const list = [...pairs];
      expect(byKey(list, (p) => p[0])).toBe(list);
      expect(list).toEqual(expected);
    }), { numRuns: 2000 });
});

test("a list already in order is left as it is, ties included", () => {
  const a = { k: 1 }, b = { k: 1 }, c = { k: 2 };
  const list = [a, b, c];
  byKey(list, (x) => x.k);
  expect(list[0]).toBe(a);
  expect(list[1]).toBe(b);
  expect(byKey([3, 1, 2], (x) => x)).toEqual([1, 2, 3]);
});

test("firstAtOrAfter finds the first item whose key is at or after the offset, as a linear scan does", () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 60 }), (keys, at) => {
      const sorted = [...keys].sort((a, b) => a - b).map((start) => ({ start }));
      const linear = sorted.findIndex((x) => x.start >= at);
      expect(firstAtOrAfter(sorted, at, (x) => x.start)).toBe(linear < 0 ? sorted.length : linear);
    }), { numRuns: 2000 });
});
