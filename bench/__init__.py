"""Benchmarks of LeanRails Desktop against baselines measured in the same run.

Run them with ``make bench`` (or ``QT_QPA_PLATFORM=offscreen python -m bench``). Every figure
is compared with a baseline measured on the same machine in the same run, because absolute
times on shared machines drift while ratios hold. ``BENCH_LINKS`` and ``BENCH_REPEAT``
override the catalogue size (10,000) and the number of repetitions.
"""
