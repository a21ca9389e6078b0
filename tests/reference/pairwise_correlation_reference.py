"""Reference values for pairwiseCorrelation: Pearson's r over the rows where both variables are
answered (pairwise deletion, as R's cor(use = "pairwise.complete.obs")), by scipy.stats.pearsonr.
Run: python3 tests/reference/pairwise_correlation_reference.py > tests/reference/pairwise-correlation-reference.json"""
import json

import numpy as np
from scipy.stats import pearsonr

rng = np.random.default_rng(20261203)
cases = []
for n, missing in [(12, 0.0), (40, 0.2), (200, 0.35)]:
    a = rng.integers(1, 6, n).astype(float)
    b = np.clip(a + rng.integers(-2, 3, n), 1, 5).astype(float)
    a[rng.random(n) < missing] = np.nan
    b[rng.random(n) < missing] = np.nan
    both = ~np.isnan(a) & ~np.isnan(b)
    cases.append({
        'a': [None if np.isnan(v) else v for v in a],
        'b': [None if np.isnan(v) else v for v in b],
        'pairs': int(both.sum()),
        'r': float(pearsonr(a[both], b[both]).statistic),
    })
print(json.dumps(cases, separators=(",", ":")).replace("},{", "},\n{"))
