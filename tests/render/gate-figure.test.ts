import { describe, expect, it } from 'vitest';
import { gateFigure } from '../../src/render/format-number.js';
import { gateVerdict } from '../../src/render/gate-verdict.js';

describe('a gate figure as the gates print it', () => {
  it('is six significant digits, a sum\'s last bit of rounding not shown', () => {
    expect(gateFigure(2.3874999999999997)).toBe('2.3875');
    expect(gateFigure(-12.5)).toBe('-12.5');
    expect(gateFigure(-30.48601108, 10)).toBe('-30.486');
  });

  it('has as many digits as tell it from its threshold where six would show it as the threshold', () => {
    // A cold trial: "nps < -30.486" failed on "actual -30.486", which read as equality.
    expect(gateFigure(-30.48601108, -30.486)).toBe('-30.48601');
    expect(gateFigure(0.57249999, 0.5725)).toBe('0.57249999');
    // Equal to the threshold: shown as it.
    expect(gateFigure(-30.486, -30.486)).toBe('-30.486');
    expect(gateVerdict({ expression: 'nps < -30.486', actual: -30.48601108, pass: false, n: 1358 })).toBe('actual -30.48601, n 1358');
  });
});
