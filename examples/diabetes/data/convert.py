#!/usr/bin/env python3
"""Writes diabetes.csv (with a header) from the two files scikit-learn ships for its diabetes data set.

Usage: python3 convert.py [DATA_FOLDER]
DATA_FOLDER defaults to the folder of Debian's python3-sklearn package:
/usr/lib/python3/dist-packages/sklearn/datasets/data (diabetes_data_raw.csv.gz, diabetes_target.csv.gz).
The raw (unscaled) features are used, not the mean-centred ones load_diabetes() returns.
"""
import csv
import gzip
import os
import sys

COLUMNS = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]


def number(text):
    """The value as written, without a float's trailing '.0' or exponent noise."""
    value = float(text)
    return str(int(value)) if value == int(value) else repr(value)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages/sklearn/datasets/data"
    with gzip.open(os.path.join(folder, "diabetes_data_raw.csv.gz"), "rt", encoding="ascii") as f:
        features = [line.split() for line in f if line.strip()]
    with gzip.open(os.path.join(folder, "diabetes_target.csv.gz"), "rt", encoding="ascii") as f:
        targets = [line.strip() for line in f if line.strip()]
    if len(features) != len(targets) or any(len(row) != len(COLUMNS) for row in features):
        sys.exit("unexpected shape: %d feature rows, %d targets" % (len(features), len(targets)))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "diabetes.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(COLUMNS + ["progression"])
        for row, target in zip(features, targets):
            writer.writerow([number(v) for v in row] + [number(target)])
    print("wrote %s: %d rows" % (out, len(features)))


if __name__ == "__main__":
    main()
