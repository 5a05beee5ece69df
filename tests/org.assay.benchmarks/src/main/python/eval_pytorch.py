"""PyTorch leg of `tests/benchmarks/run eval`: the same MLP, the same rows, the same loop as Assay's leg.

Started by EvalBenchmark with a folder holding what Assay's leg used: `layers.txt` (the dense layers' sizes, e.g.
"30 32 16 2", and the activation), `dense<i>.weight` / `dense<i>.bias` (float32, little-endian, PyTorch's [out, in]
layout), `x.bin` (one batch, float32 row-major) and `labels.bin` (int32). Scores ROWS rows as whole batches (softmax
probabilities, argmax, correct count), one warm-up and RUNS measured runs with THREADS intra-op threads (and, when
CHUNK is given and not 0, each batch in chunks of CHUNK rows), writes the
batch's predicted classes to `pytorch-predicted.bin` (int32) and its probabilities of class 1 to
`pytorch-probability1.bin` (float32), and prints, last,
`pytorch: rows=N threads=N median_s=X rows_per_s=N correct=N version=V times=S,S,…` (the measured runs, seconds).
Usage: eval_pytorch.py FOLDER ROWS RUNS THREADS [CHUNK]
"""
import os
import sys
import time

import numpy as np
import torch


def main():
    folder, rows, runs, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    chunk = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    torch.set_num_threads(threads)
    with open(os.path.join(folder, "layers.txt")) as f:
        sizes = [int(v) for v in f.readline().split()]
        activation = f.readline().strip()
    act = {"relu": torch.nn.ReLU, "tanh": torch.nn.Tanh, "sigmoid": torch.nn.Sigmoid, "gelu": torch.nn.GELU}[activation]
    layers = []
    for i in range(len(sizes) - 1):
        dense = torch.nn.Linear(sizes[i], sizes[i + 1])
        weight = np.fromfile(os.path.join(folder, "dense%d.weight" % i), dtype="<f4").reshape(sizes[i + 1], sizes[i])
        bias = np.fromfile(os.path.join(folder, "dense%d.bias" % i), dtype="<f4")
        with torch.no_grad():
            dense.weight.copy_(torch.from_numpy(weight))
            dense.bias.copy_(torch.from_numpy(bias))
        layers.append(dense)
        if i < len(sizes) - 2:
            layers.append(act())
    model = torch.nn.Sequential(*layers).eval()
    x = torch.from_numpy(np.fromfile(os.path.join(folder, "x.bin"), dtype="<f4").reshape(-1, sizes[0]))
    labels = torch.from_numpy(np.fromfile(os.path.join(folder, "labels.bin"), dtype="<i4").astype(np.int64))
    batch = x.shape[0]
    times = []
    correct = 0
    predicted = None
    for run in range(runs + 1):
        start = time.perf_counter()
        correct = 0
        with torch.inference_mode():
            for done in range(0, rows, batch):
                if chunk:
                    # the batch in chunks of CHUNK rows, as Assay's leg cuts it
                    parts = [torch.softmax(model(part), dim=1) for part in torch.split(x, chunk)]
                    probabilities = torch.cat(parts)
                else:
                    probabilities = torch.softmax(model(x), dim=1)
                predicted = probabilities.argmax(dim=1)
                correct += int((predicted == labels).sum())
        times.append(time.perf_counter() - start)
    measured = sorted(times[1:])
    median = measured[len(measured) // 2]
    predicted.numpy().astype("<i4").tofile(os.path.join(folder, "pytorch-predicted.bin"))
    probabilities[:, 1].numpy().astype("<f4").tofile(os.path.join(folder, "pytorch-probability1.bin"))
    with open("/proc/self/maps") as maps:
        blas = sorted({line.split()[-1] for line in maps if "blas" in line.split()[-1]})
    print("pytorch BLAS: %s" % (", ".join(blas) or "none loaded"))
    print("pytorch: rows=%d threads=%d median_s=%.4f rows_per_s=%d correct=%d version=%s times=%s"
          % (rows, torch.get_num_threads(), median, round(rows / median), correct, torch.__version__,
             ",".join("%.4f" % t for t in times[1:])))


if __name__ == "__main__":
    main()
