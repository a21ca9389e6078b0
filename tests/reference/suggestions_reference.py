"""Reference values for suggestDimensions on fixtures/suggest/two-blocks-of-unnamed-items.csv:
for each expected group, the mean pairwise Pearson r of its items and the standardized alpha
k·r̄ / (1 + (k − 1)·r̄); and on fixtures/suggest/battery-row-answered-by-few-rows.csv, the question
Q1_1 … Q1_3 whose third row 5 rows answered: its mean r of the one pair answered together by 10
rows or more (Q1_1, Q1_2), the alpha of its three items from it. Run: python3 tests/reference/suggestions_reference.py > tests/reference/suggestions-reference.json"""
import csv
import json
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
rows = list(csv.DictReader(open(ROOT / 'fixtures/suggest/two-blocks-of-unnamed-items.csv')))
groups = {'pq': ['pq_1', 'pq_2', 'pq_3'], 'first': ['Q1', 'Q2', 'Q3'], 'second': ['Q4', 'Q5', 'Q6']}
out = {}
for name, items in groups.items():
    r = [np.corrcoef([float(row[a]) for row in rows], [float(row[b]) for row in rows])[0, 1] for a, b in combinations(items, 2)]
    mean_r = float(np.mean(r))
    k = len(items)
    out[name] = {'items': items, 'meanR': mean_r, 'alpha': k * mean_r / (1 + (k - 1) * mean_r)}
few = list(csv.DictReader(open(ROOT / 'fixtures/suggest/battery-row-answered-by-few-rows.csv')))
pairs = []
for a, b in combinations(['Q1_1', 'Q1_2', 'Q1_3'], 2):
    both = [(float(row[a]), float(row[b])) for row in few if row[a] != '' and row[b] != '']
    if len(both) >= 10:
        pairs.append(np.corrcoef([x for x, _ in both], [y for _, y in both])[0, 1])
mean_r = float(np.mean(pairs))
out['few'] = {'items': ['Q1_1', 'Q1_2', 'Q1_3'], 'meanR': mean_r, 'alpha': 3 * mean_r / (1 + 2 * mean_r)}
print(json.dumps(out, indent=2))
