import { describe, expect, it } from 'vitest';
import { boxNote } from '../../src/render/format-number.js';
import { runInProcess } from '../helpers/run-in-process.js';

describe('what Top-2 and Bottom-2 are', () => {
  it('is said where an item is on 0-10, whose Bottom-2 (0-1) is no detractor share, and not where every scale is short', () => {
    expect(boxNote([{ min: 1, max: 5 }, { min: 1, max: 10 }])).toBeNull();
    expect(boxNote([{ min: 1, max: 5 }, { min: 0, max: 10 }])).toContain('on 0-10: 9-10 and 0-1');
  });

  it('is under the Items table of the terminal and of HTML, with the NPS among the items', async () => {
    const table = await runInProcess(['report', 'fixtures/formats/survey.csv']);
    expect(table.stdout).toMatch(/recommend \(NPS\)[^└]*└[^\n]*\nTop-2, Bottom-2: each scale's two highest and two lowest points \(on 0-10: 9-10 and 0-1; the NPS's detractors are 0-6\)\n/);
    const page = await runInProcess(['report', 'fixtures/formats/survey.csv', '-f', 'html']);
    expect(page.stdout).toContain('</table><p class="small">Top-2, Bottom-2: each scale&#39;s two highest and two lowest points');
  });
});
