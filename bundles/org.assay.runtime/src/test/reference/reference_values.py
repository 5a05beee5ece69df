#!/usr/bin/python3
"""Reference values for org.assay.runtime's metric tests, computed with scikit-learn and SciPy (Debian packages
python3-sklearn, python3-scipy). Run it to regenerate ReferenceValues.java's numbers:
    /usr/bin/python3 bundles/org.assay.runtime/src/test/reference/reference_values.py
The inputs are drawn with a fixed seed and printed as Java literals, so the Java tests use exactly these arrays."""
import numpy as np
from scipy import stats
from sklearn import metrics

rng = np.random.default_rng(20261127)

def java_ints(a): return "{" + ", ".join(str(int(x)) for x in a) + "}"
def java_doubles(a): return "{" + ", ".join(repr(float(x)) for x in a) + "}"

# 3-class classification
n = 40
y = rng.integers(0, 3, n)
logits = rng.normal(size=(n, 3)) + np.eye(3)[y] * 1.2
p = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
p = np.round(p, 6); p = p / p.sum(axis=1, keepdims=True)
pred = p.argmax(axis=1)
print("int[] Y3 =", java_ints(y) + ";")
print("double[][] P3 = {" + ", ".join(java_doubles(r) for r in p) + "};")
print("accuracy", repr(metrics.accuracy_score(y, pred)))
print("macro precision", repr(metrics.precision_score(y, pred, average="macro", zero_division=0)))
print("macro recall", repr(metrics.recall_score(y, pred, average="macro", zero_division=0)))
print("macro f1", repr(metrics.f1_score(y, pred, average="macro", zero_division=0)))
print("per-class f1", [repr(v) for v in metrics.f1_score(y, pred, average=None, zero_division=0)])
print("roc auc ovr macro", repr(metrics.roc_auc_score(y, p, multi_class="ovr", average="macro")))
print("log loss", repr(metrics.log_loss(y, p)))

# binary with tied scores
yb = rng.integers(0, 2, 30)
sb = np.round(rng.uniform(size=30), 1)
print("int[] YB =", java_ints(yb) + ";")
print("double[] SB =", java_doubles(sb) + ";")
print("binary roc auc", repr(metrics.roc_auc_score(yb, sb)))

# regression
t = rng.normal(10, 3, 25); q = t + rng.normal(0, 1, 25)
print("double[] T =", java_doubles(t) + ";")
print("double[] Q =", java_doubles(q) + ";")
print("mae", repr(metrics.mean_absolute_error(t, q)))
print("rmse", repr(float(np.sqrt(metrics.mean_squared_error(t, q)))))
print("r2", repr(metrics.r2_score(t, q)))

# drift
a = rng.normal(0, 1, 200); b = rng.normal(0.3, 1.2, 150)
print("double[] A =", java_doubles(a) + ";")
print("double[] B =", java_doubles(b) + ";")
ks = stats.ks_2samp(a, b, method="exact")
print("ks statistic", repr(float(ks.statistic)), "p", repr(float(ks.pvalue)))
# psi with reference-quantile bins (numpy linear quantiles), upper bin for values equal to an edge
edges = np.quantile(a, np.arange(1, 10) / 10)
def shares(v): return np.bincount(np.searchsorted(edges, v, side="right"), minlength=10) / len(v)
e, c = np.maximum(shares(a), 1e-4), np.maximum(shares(b), 1e-4)
print("psi", repr(float(np.sum((c - e) * np.log(c / e)))))
r = np.array([30, 50, 20]); k = np.array([25, 40, 35])
chi2, pval, dof, _ = stats.chi2_contingency(np.vstack([r, k]), correction=False)
print("chi2", repr(float(chi2)), "p", repr(float(pval)))
