/**
 * A seeded random source and weighted picks, so every bench run seeds the same 100,000 petitions and figures from
 * two runs compare.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: tiny, fast and good enough for test data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  digits(count: number): string {
    let s = '';
    for (let i = 0; i < count; i++) s += String(this.int(0, 9));
    return s;
  }
}

/** A list of [value, weight] pairs, picked in proportion to the weights. */
export class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];
  private readonly sum: number;

  constructor(pairs: readonly (readonly [T, number])[]) {
    if (pairs.length === 0) throw new Error('a weighted list needs at least one value');
    this.values = pairs.map(([value]) => value);
    let running = 0;
    this.cumulative = pairs.map(([, weight]) => (running += weight));
    this.sum = running;
  }

  pick(random: Random): T {
    const target = random.next() * this.sum;
    // Linear scan: the lists are short (channels, natures, categories).
    for (let i = 0; i < this.cumulative.length; i++) {
      if (target < (this.cumulative[i] as number)) return this.values[i] as T;
    }
    return this.values[this.values.length - 1] as T;
  }
}
