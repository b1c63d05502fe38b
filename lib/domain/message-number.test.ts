import {
  dammCheckDigit,
  formatMessageNumber,
  generateMessageNumber,
  isValidMessageNumber,
  parseMessageNumber,
  type RandomInt,
} from './message-number.ts';

function scriptedRng(values: number[]): RandomInt {
  let i = 0;
  return (min, max) => {
    const value = values[i++];
    if (value === undefined || value < min || value >= max) throw new Error(`unexpected draw [${min}, ${max})`);
    return value;
  };
}

describe('Damm check digit', () => {
  it('matches the published example (572 → 4)', () => {
    expect(dammCheckDigit('572')).toBe(4);
  });
});

describe('generateMessageNumber', () => {
  it('draws a non-zero first digit, nine more digits and appends the check digit', () => {
    const draws: [number, number][] = [];
    const rng: RandomInt = (min, max) => {
      draws.push([min, max]);
      return draws.length === 1 ? 5 : 0;
    };
    // Table walk for 5000000000: 0→9→2→4→6→5→3→1→7→8→9, so the check digit is 9.
    const number = generateMessageNumber(rng);
    expect(draws[0]).toEqual([1, 10]);
    expect(draws.slice(1)).toEqual(Array.from({ length: 9 }, () => [0, 10]));
    expect(number).toHaveLength(11);
    expect(number).toBe('50000000009');
    expect(isValidMessageNumber(number)).toBe(true);
  });

  it('produces the check digit computed by hand', () => {
    // Table walk for 1234567890: 0→3→5→4→0→9→6→1→6→4→6, so the check digit is 6.
    expect(generateMessageNumber(scriptedRng([1, 2, 3, 4, 5, 6, 7, 8, 9, 0]))).toBe('12345678906');
  });

  it('uses crypto randomness by default', () => {
    const a = generateMessageNumber();
    expect(a).toMatch(/^[1-9]\d{10}$/);
    expect(isValidMessageNumber(a)).toBe(true);
  });
});

describe('formatting and parsing', () => {
  it('groups the digits for dictation', () => {
    expect(formatMessageNumber('12345678906')).toBe('123-456-789-06');
    expect(() => formatMessageNumber('1234')).toThrow(RangeError);
  });

  it('accepts spaces and dashes', () => {
    expect(parseMessageNumber('123-456-789-06')).toBe('12345678906');
    expect(parseMessageNumber(' 123 456 789 06 ')).toBe('12345678906');
    expect(parseMessageNumber('123–456–789–06')).toBe('12345678906');
  });

  it('rejects a wrong check digit, wrong length, leading zero or letters', () => {
    expect(parseMessageNumber('123-456-789-02')).toBeNull();
    expect(parseMessageNumber('1234567890')).toBeNull();
    expect(parseMessageNumber('012345678901')).toBeNull();
    expect(parseMessageNumber('123-456-789-0a')).toBeNull();
    expect(isValidMessageNumber('00000000000')).toBe(false);
  });
});

describe('error detection', () => {
  // Park–Miller generator: a fixed, reproducible sample of 200 numbers.
  let seed = 20_251_204;
  const lcg: RandomInt = (min, max) => {
    seed = (seed * 48_271) % 2_147_483_647;
    return min + (seed % (max - min));
  };
  const sample = Array.from({ length: 200 }, () => generateMessageNumber(lcg));

  it('catches every single-digit substitution', () => {
    const undetected: string[] = [];
    let checked = 0;
    for (const number of sample) {
      for (let pos = 0; pos < number.length; pos++) {
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === number[pos]) continue;
          const mutated = number.slice(0, pos) + String(digit) + number.slice(pos + 1);
          if (isValidMessageNumber(mutated)) undetected.push(mutated);
          checked++;
        }
      }
    }
    expect(checked).toBe(200 * 11 * 9);
    expect(undetected).toEqual([]);
  });

  it('catches every adjacent transposition of different digits', () => {
    const undetected: string[] = [];
    let checked = 0;
    for (const number of sample) {
      for (let pos = 0; pos < number.length - 1; pos++) {
        if (number[pos] === number[pos + 1]) continue;
        const swapped = number.slice(0, pos) + number[pos + 1] + number[pos] + number.slice(pos + 2);
        if (isValidMessageNumber(swapped)) undetected.push(swapped);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1500);
    expect(undetected).toEqual([]);
  });
});
