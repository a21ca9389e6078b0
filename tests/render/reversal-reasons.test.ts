import { describe, expect, it } from 'vitest';
import type { ItemSummary } from '../../src/analysis/report.js';
import { itemsNotes } from '../../src/render/items.js';
import { directed, type ReversalReason, type Scale } from '../../src/survey/scale.js';

// The legend reads why an item was reversed as it was decided (Scale.reversedBy), never the words
// of its evidence: a sentence reworded changes no reading.

const oneToFive: Scale = { kind: 'numeric', min: 1, max: 5, labels: null, labelSet: null, reversed: false };

describe('the reason a scale is reversed', () => {
  it('is on a reversed scale only, and goes when the scale is turned back', () => {
    const turned = directed(oneToFive, true, 'wording');
    expect(turned).toEqual({ ...oneToFive, reversed: true, reversedBy: 'wording' });
    expect(directed(turned, true, 'config')).toEqual({ ...oneToFive, reversed: true, reversedBy: 'config' });
    expect(directed(turned, false)).toEqual(oneToFive);
    expect('reversedBy' in directed(turned, false, 'config')).toBe(false);
  });

  it('names the legend under the Items table, whatever the evidence says', () => {
    const item = (by: ReversalReason | undefined): ItemSummary => ({ column: `item ${by}`, scale: by === undefined ? { ...oneToFive, reversed: true } : directed(oneToFive, true, by), scored: { mean: 3, ci: null } }) as unknown as ItemSummary;
    const legend = (items: ItemSummary[]) => /a reversed item \((.*): see its evidence\)/.exec(itemsNotes({ items }).join('\n'))?.[1];
    expect(legend([item('wording'), item('frequency'), item('wording')])).toBe('worded the other way round; counting how often a bad thing happens');
    expect(legend([item('header-ends'), item('codes'), item('grade')])).toBe('its scale named the other way round in its header; its codes running from best to worst; a grade, 1 the best');
    expect(legend([item('effort'), item('problem'), item('config')])).toBe('effort, its top box the least; a problem, yes the worst answer; set so in the config');
    expect(legend([item('negative-quality'), item('effort-labels'), item('labelled-ends')])).toBe('its answers saying how much of a bad quality; labels of effort, more the worse; its labels naming the best answer first');
    expect(legend([item('coded-labels'), item('survey-file')])).toBe('its coded labels running from best to worst; its codes running from best to worst in the survey file');
    // A report of an earlier satisfy has no reason.
    expect(legend([item(undefined)])).toBe('read so by detection');
    // The scale turned round on any range, not only 1-5.
    expect(itemsNotes({ items: [item('wording')] }).join('\n')).toContain('its lowest point counted as its highest');
  });
});
