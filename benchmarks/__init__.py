"""crmdesk benchmarks: each ``bench_<area>.py`` exposes ``run(ctx) -> list[Row]``."""
