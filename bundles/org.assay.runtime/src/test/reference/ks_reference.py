#!/usr/bin/env python3
"""Reference p-values of the two-sample Kolmogorov-Smirnov test for KolmogorovSmirnovReferenceTest, computed with
SciPy's scipy.stats.ks_2samp (two-sided, method 'auto': exact when neither sample exceeds 10,000 values) and, for the
asymptotic branch, scipy.stats.kstwo.sf(d, round(n1*n2/(n1+n2))), which is what ks_2samp computes for larger
samples. Regenerate with:
    python3 bundles/org.assay.runtime/src/test/reference/ks_reference.py > bundles/org.assay.runtime/src/test/reference/ks_reference.txt
Lines: exact|first sample|second sample|statistic|p-value  or  asymp|d|n1|n2|p-value  (values comma-separated)."""
import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261130)
print(f"# scipy {scipy.__version__}, numpy {np.__version__}")

def exact(a, b):
    r = stats.ks_2samp(a, b, alternative="two-sided", method="auto")
    print("exact|" + ",".join(repr(float(x)) for x in a) + "|" + ",".join(repr(float(x)) for x in b)
          + "|" + repr(float(r.statistic)) + "|" + repr(float(r.pvalue)))

exact(np.round(rng.normal(0, 1, 20), 6), np.round(rng.normal(0.5, 1, 20), 6))        # equal sizes
exact(np.round(rng.normal(0, 1, 30), 6), np.round(rng.normal(0.3, 1.5, 47), 6))      # unequal sizes
exact(np.round(rng.normal(0, 1, 200), 6), np.round(rng.normal(0.3, 1.2, 150), 6))    # the size of a test split
exact(rng.integers(0, 6, 40).astype(float), rng.integers(1, 7, 35).astype(float))     # many ties
exact(np.arange(60.0), np.arange(60.0) + 100)                                         # disjoint, equal sizes: p ~ 1e-34
exact(np.arange(80.0), np.arange(50.0) + 100)                                         # disjoint, unequal sizes
exact(np.round(rng.normal(0, 1, 500), 6), np.round(rng.normal(1.5, 1, 400), 6))      # far apart: p far below 1e-16
exact(np.round(rng.normal(0, 1, 7), 6), np.round(rng.normal(0, 1, 3), 6))            # tiny samples
for d, n1, n2 in [(0.01, 20000, 15000), (0.03, 20000, 15000), (0.05, 12000, 800), (0.2, 12000, 800),
                  (0.5, 11000, 60), (0.15, 50000, 120), (0.4, 10001, 10001), (0.9, 20000, 12)]:
    en = round(n1 * n2 / (n1 + n2))
    print(f"asymp|{d!r}|{n1}|{n2}|{float(stats.kstwo.sf(d, en))!r}")
